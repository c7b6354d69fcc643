// The Allow statements that grant exactly the denied request, shaped by the action's resource types, and — for a
// caller's own policy — what the call needs besides (lib/iam/dependent-actions.ts): iam:PassRole scoped to the
// service with iam:PassedToService in the JSON, s3:PutObjectAcl for a canned ACL, the KMS key of an SSE-KMS object,
// the rest of an image pull. Used by the identity, boundary, session, SCP and VPC endpoint playbooks.
import { dnsSuffix } from '../arn';
import { dependenciesOf, kmsNeedForS3, passedToServiceFor, passRoleNeed } from '../iam/dependent-actions';
import type { PolicyStatement } from '../model';
import type { Ctx, DeniedAction } from './context';
import { serviceHint } from './facts';
import { addUnique } from './notes';
import { oneOrMany, sid } from './policy';

/**
 * Why no policy can name the denied action — it has no service prefix, no service has its prefix, or its service's
 * reference (loaded) has no such action — as the note to show instead of a policy; null when a policy can name it. A policy with a misspelt
 * action grants nothing and looks like a fix.
 */
export function actionProblem(ctx: Ctx): string | null {
  const p = ctx.primary;
  if (!p) return null;
  const m = /^([a-z0-9-]+):([A-Za-z0-9]+)\*?$/.exec(p.action);
  if (!m) return ctx.t('note.badAction', { action: p.action });
  if (!p.info && ctx.iam.hasService(m[1] ?? '')) return ctx.t('note.unknownAction', { action: p.action });
  // A prefix no service has (an emulator's `unknown:Action`, a typo): a policy naming it grants nothing either.
  if (!p.info && !p.unavailable && !ctx.iam.hasService(m[1] ?? '')) return ctx.t('note.unknownService', { action: p.action, service: m[1] ?? '' });
  return null;
}

/** The resources a statement for this action needs: the denied one and the action's other required types. */
export function resourcesOf(d: DeniedAction): string[] {
  return [d.resource.arn, ...d.resource.companions];
}

export interface Statements {
  statements: PolicyStatement[];
  notes: string[];
  placeholders: string[];
}

/** `s3.us-east-1.amazonaws.com`: the kms:ViaService value of a service in a region. */
export function viaServiceValue(ctx: Ctx, service: string, region: string | null): string {
  return `${service}.${region ?? 'REGION'}.${dnsSuffix(ctx.partition)}`;
}

/**
 * A service that uses a key for the caller (RDS, EBS) makes a grant for itself: kms:CreateGrant only when the grant is
 * for an AWS resource, so the caller cannot hand the key to anyone else. The condition key exists only on the grant
 * calls, so it needs its own statement (on kms:DescribeKey it would never match). True when it added the condition.
 */
export function forAwsResourceOnly(ctx: Ctx, statement: PolicyStatement): boolean {
  if (!ctx.facts.kmsUnusable || statement.Action !== 'kms:CreateGrant') return false;
  statement.Condition = { ...statement.Condition, Bool: { 'kms:GrantIsForAWSResource': 'true' } };
  return true;
}

/** The key of a KMS call the message does not name: in the request's region and the key owner's account. */
export function kmsKeyArn(ctx: Ctx, out: string[]): string {
  const primary = ctx.primary;
  const region = primary?.resource.region ?? ctx.facts.regionHint;
  const account = primary?.resource.account ?? ctx.facts.principal.account;
  addUnique(out, [...(region ? [] : ['REGION']), ...(account ? [] : ['ACCOUNT_ID']), 'KEY_ID']);
  return `arn:${ctx.partition}:kms:${region ?? 'REGION'}:${account ?? 'ACCOUNT_ID'}:key/KEY_ID`;
}

/** The repository of an image pull, from the registry host in the text when it names one. */
function repositoryArn(ctx: Ctx, out: string[]): string {
  const text = `${ctx.facts.finding.message}`.slice(0, 20_000);
  const m = /\b(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([a-z0-9][a-z0-9._/-]{0,255})/.exec(text);
  if (m) return `arn:${ctx.partition}:ecr:${m[2]}:${m[1]}:repository/${m[3]!.replace(/[:@].*$/, '')}`;
  const region = ctx.facts.regionHint;
  const account = ctx.facts.principal.account;
  addUnique(out, [...(region ? [] : ['REGION']), ...(account ? [] : ['ACCOUNT_ID']), 'REPOSITORY_NAME']);
  return `arn:${ctx.partition}:ecr:${region ?? 'REGION'}:${account ?? 'ACCOUNT_ID'}:repository/REPOSITORY_NAME`;
}

/** What the text shows the call also did: set a canned ACL, use an SSE-KMS key, pull an image. */
function callClues(ctx: Ctx): { acl: boolean; sseKms: boolean; imagePull: boolean } {
  const text = ctx.facts.text;
  const op = (ctx.facts.finding.operation ?? '').toLowerCase();
  const s3Write = /^s3:(putobject|putobjectacl|copyobject)$/i.test(ctx.primary?.action ?? '') || /^(putobject|copyobject|createmultipartupload|uploadpart)$/.test(op);
  return {
    acl: s3Write && /--acl\b|x-amz-acl|\bACL\s*[=:]|\bCannedAcl|\bacl:\s*['"]/i.test(text),
    sseKms: ctx.facts.clues.sseKms,
    imagePull: /docker pull|pull access denied|CannotPullContainer|CannotPullECRContainer|failed to pull|ImagePull|manifest (?:inspect|unknown)/i.test(text),
  };
}

/** iam:PassedToService for a denied iam:PassRole: from the operation, the called API or the role's name. */
function passedToService(ctx: Ctx, d: DeniedAction): string | null {
  const f = ctx.facts;
  const roleName = d.resource.arn.includes(':role/') ? d.resource.arn.slice(d.resource.arn.lastIndexOf('/') + 1) : null;
  return passedToServiceFor(f.finding.operation, serviceHint(f.finding.message), roleName);
}

/**
 * Allow statements for the denied action(s) — and, with `dependencies`, for what the call needs besides — as
 * identity-based, boundary, session, SCP or endpoint statements (no Principal).
 */
export function allowStatements(ctx: Ctx, dependencies: boolean): Statements {
  const { t, facts } = ctx;
  const primary = ctx.primary;
  const out: Statements = { statements: [], notes: [], placeholders: [] };
  if (!primary) return out;
  for (const d of [primary, ...ctx.others]) {
    const statement: PolicyStatement = {
      Sid: sid('Allow', d.action.replace(':', ' ')),
      Effect: 'Allow',
      Action: d.action,
      Resource: oneOrMany(resourcesOf(d)),
    };
    if (d.action.toLowerCase() === 'iam:passrole') {
      // Always in the JSON: a PassRole grant without iam:PassedToService hands the role to any service.
      const svc = passedToService(ctx, d);
      statement.Condition = { StringEquals: { 'iam:PassedToService': svc ?? 'PASSED_TO_SERVICE' } };
      if (svc) out.notes.push(t('note.passRole.denied', { service: svc }));
      else {
        addUnique(out.placeholders, ['PASSED_TO_SERVICE']);
        out.notes.push(t('note.passRole.addCondition'));
      }
    }
    // The key was used by another service for this request: only through that service (the grant it makes too).
    if ((d === primary || facts.kmsUnusable) && /^kms:/i.test(d.action) && facts.viaService) {
      statement.Condition = { StringEquals: { 'kms:ViaService': viaServiceValue(ctx, facts.viaService, d.resource.region ?? facts.regionHint) } };
      if (!(d.resource.region ?? facts.regionHint)) addUnique(out.placeholders, ['REGION']);
      if (d === primary) out.notes.push(t('note.kms.viaService', { service: facts.viaService }));
    }
    if (forAwsResourceOnly(ctx, statement)) out.notes.push(t('note.kms.grantForAwsResource'));
    out.statements.push(statement);
    addUnique(out.placeholders, d.resource.placeholders);
  }
  if (primary.unavailable) out.notes.push(t('note.dataUnavailable', { action: primary.action }));
  else if (!primary.info) out.notes.push(t('note.unknownAction', { action: primary.action }));
  if (primary.resource.wildcardOnly) out.notes.push(t('note.wildcard', { action: primary.action }));
  if (primary.resource.companions.length) out.notes.push(t('note.companions', { action: primary.action }));
  if (primary.resource.anyType) out.notes.push(t('note.anyType', { action: primary.action, service: primary.info?.serviceName ?? primary.action.split(':')[0]! }));
  if (facts.athena) out.notes.push(t(facts.athena === 'read' ? 'note.athena.read' : 'note.athena.write'));
  if (facts.operationNote && facts.finding.operation) {
    out.notes.push(t(`note.${facts.operationNote}`, { operation: facts.finding.operation, action: primary.action }));
  }
  if (!dependencies) return out;
  const need = passRoleNeed(primary.action);
  if (need) {
    // The role passed belongs to the caller's account (PassRole cannot hand over another account's role).
    const account = facts.principal.account;
    const role = `arn:${ctx.partition}:iam::${account ?? 'ACCOUNT_ID'}:role/PASSED_ROLE_NAME`;
    out.statements.push({
      Sid: sid('PassRoleTo', need.passedToService.split('.')[0] ?? 'Service'),
      Effect: 'Allow',
      Action: 'iam:PassRole',
      Resource: role,
      Condition: { StringEquals: { 'iam:PassedToService': need.passedToService } },
    });
    addUnique(out.placeholders, account ? ['PASSED_ROLE_NAME'] : ['ACCOUNT_ID', 'PASSED_ROLE_NAME']);
    out.notes.push(t(need.always ? 'note.passRole' : 'note.passRole.optional', { service: need.passedToService, action: primary.action }));
  }
  for (const dep of dependenciesOf(primary.action, callClues(ctx))) {
    const statement: PolicyStatement = { Sid: sid('Allow', ...dep.actions.map((a) => a.split(':')[1] ?? a)), Effect: 'Allow', Action: oneOrMany(dep.actions), Resource: '*' };
    if (dep.on === 'same') statement.Resource = oneOrMany(resourcesOf(primary));
    else if (dep.on === 'repository') statement.Resource = repositoryArn(ctx, out.placeholders);
    else if (dep.on === 'kms-key') {
      statement.Resource = kmsKeyArn(ctx, out.placeholders);
      const region = primary.resource.region ?? facts.regionHint;
      statement.Condition = { StringEquals: { 'kms:ViaService': viaServiceValue(ctx, 's3', region) } };
      if (!region) addUnique(out.placeholders, ['REGION']);
    }
    out.statements.push(statement);
    out.notes.push(t(dep.note, { action: primary.action }));
  }
  return out;
}

export { kmsNeedForS3 };
