// The answer to an explicit deny, for every layer that can deny (REVIEW.md §1). Never an Allow (no Allow overrides a
// deny) and never a rewritten copy of the denying statement: its Resource, NotResource and Action stay as the owner
// wrote them. First, how to meet the condition the guardrail probably tests; then, as the last option and the
// owner's decision, the smallest addition to the existing statement — a Condition that exempts exactly the denied
// principal by its full ARN on aws:PrincipalArn — with the risk named where the principal is shared or the layer
// guards privilege escalation. Session policies and denies of anonymous callers get no exemption at all.
import { isAnonymousPrincipal } from '../arn';
import type { DenyEdit, Fix, MatchedStatement } from '../model';
import type { Ctx } from './context';
import type { Layer, LayerPlaybook } from './layers/types';
import { addUnique, callerNote, joinNotes, placeholderNote } from './notes';
import { callerPlaceholders, principalArnPatterns, unknownCallerArn } from './policy';
import { actionProblem } from './statements';

/** A condition the text shows the denying statement tests, so the advice can say how to meet it first. */
type Guard = 'mfa' | 'region' | 'secure-transport' | 'encryption' | 'source-vpce' | 'org' | 'tags' | 'instance-type' | 'boundary-required';

const GUARD_WORDS: Array<[Guard, RegExp]> = [
  ['mfa', /aws:MultiFactorAuth(?:Present|Age)|\bMFA\b/],
  ['region', /aws:RequestedRegion/],
  ['secure-transport', /aws:SecureTransport/],
  ['encryption', /s3:x-amz-server-side-encryption|kms:EncryptionContext/],
  ['source-vpce', /aws:SourceVpce?\b/],
  ['org', /aws:PrincipalOrgID|aws:ResourceOrgID|aws:PrincipalOrgPaths/],
  ['tags', /aws:RequestTag\/|aws:TagKeys|aws:ResourceTag\/|aws:PrincipalTag\//],
  ['instance-type', /ec2:InstanceType/],
  ['boundary-required', /iam:PermissionsBoundary/],
];

/** Words in a role's or session's name that say many people or pipelines use it. */
const SHARED_ROLE = /github|gitlab|bitbucket|\bci\b|[-_]ci[-_]|cicd|pipeline|deploy|terraform|atlantis|jenkins|buildkite|circleci|codebuild|codepipeline|spacelift|cdk-/i;

/** Conditions the statement probably tests, from the text, or from what such guardrails usually require. */
function guardsFor(ctx: Ctx, layer: Layer): { guards: Guard[]; probable: boolean } {
  // Conditions a decoded message (or a quoted policy) shows the denying statement tests.
  const shown = GUARD_WORDS.filter(([, re]) => re.test(ctx.facts.text)).map(([g]) => g);
  if (shown.length) return { guards: shown, probable: false };
  const action = (ctx.primary?.action ?? '').toLowerCase();
  // Organizations that let developers create roles usually require their permissions boundary on every new one.
  if (/^iam:(createrole|createuser|putrolepermissionsboundary|putuserpermissionsboundary)$/.test(action) && layer !== 'session' && layer !== 'resource') {
    return { guards: ['boundary-required'], probable: true };
  }
  return { guards: [], probable: false };
}

function guardNote(ctx: Ctx, layer: Layer): string | null {
  const { guards, probable } = guardsFor(ctx, layer);
  if (!guards.length) return null;
  const what = guards.map((g) => ctx.t(`note.guard.${g}`)).join(ctx.lang === 'ja' ? '、' : '; ');
  return ctx.t(probable ? 'note.guard.probably' : 'note.guard.lead', { what });
}

/** Why the caller is one that many people or pipelines share, or null. */
function sharedRoleNote(ctx: Ctx): string | null {
  const p = ctx.facts.principal;
  if (p.permissionSet && p.roleName) return ctx.t('note.deny.sharedPermissionSet', { role: p.roleName, ps: p.permissionSet });
  const kind = ctx.workload?.kind;
  const ciWorkload = kind === 'github-actions' || kind === 'codebuild' || kind === 'cdk' || kind === 'cloudformation';
  const name = p.roleName ?? p.userName ?? '';
  if (name && (ciWorkload || SHARED_ROLE.test(name) || SHARED_ROLE.test(p.sessionName ?? ''))) return ctx.t('note.deny.sharedRole', { role: name });
  return null;
}

export interface DenyFixOptions {
  /** Where the denying statement lives, when known (the named policy, the bucket, the role its policies hang on). */
  attachTo: string | null;
  /** Placeholders already in attachTo. */
  placeholders?: string[];
  /** Extra sentences of the layer (who edits SCPs, what a boundary guards), after the edit's own. */
  layerNotes?: string[];
}

/** The explicit-deny fix of a layer: meet the condition first, else the owner adds an exemption to the statement. */
export function denyFix(ctx: Ctx, playbook: LayerPlaybook, options: DenyFixOptions): Fix {
  const { t, tv, facts } = ctx;
  const layer = playbook.layer;
  const primary = ctx.primary;
  const named = facts.finding.policyType === layer ? facts.policyArn : null;
  const matched = denyingStatement(ctx, layer);
  const policyWhere = named ? `${tv(`layer.${layer}`)} ${named}` : tv(`layer.${layer}`);
  const where = matched?.sid ? t('note.deny.whereSid', { where: policyWhere, sid: matched.sid }) : policyWhere;
  const placeholders = [...(options.placeholders ?? [])];
  const base = { target: playbook.target, who: playbook.owner(facts), attachTo: named ?? options.attachTo, policy: null };
  const guard = guardNote(ctx, layer);
  if (!primary) return { ...base, note: joinNotes(ctx, [t('note.deny.noAction', { where })]), placeholders, edit: null };

  const p = facts.principal;
  const problem = actionProblem(ctx);
  if (problem) return { ...base, note: joinNotes(ctx, [problem]), placeholders, edit: null };
  const noExemption = (note: string): Fix => ({
    ...base,
    note: joinNotes(ctx, [guard, note, ...(options.layerNotes ?? []), placeholderNote(ctx, placeholders)]),
    placeholders,
    edit: null,
  });
  // The session's creator sets its policy: exempting your own role in it deletes it.
  if (layer === 'session') return noExemption(t('note.deny.session'));
  if (p.kind === 'root') return noExemption(t('note.deny.root', { action: primary.action }));
  if (p.kind === 'service' && p.raw) return noExemption(t('note.deny.servicePrincipal', { service: p.raw }));
  if (layer === 'resource' || layer === 'rcp' || layer === 'vpce') {
    if (isAnonymousPrincipal(facts.finding.principal)) return noExemption(t('note.deny.anonymous'));
    // The message does not say who called: no exemption can be keyed on a caller nobody has named yet.
    if (!facts.finding.principal) return noExemption(t('note.deny.unnamed'));
  }

  let patterns = principalArnPatterns(p);
  if (patterns) addUnique(placeholders, p.placeholders);
  else {
    patterns = [unknownCallerArn(ctx.partition, p.account)];
    addUnique(placeholders, callerPlaceholders(p.account));
  }
  const exact = patterns.length === 1 && !/[*?]/.test(patterns[0] ?? '');
  const value = patterns.length === 1 ? (patterns[0] ?? '') : patterns;
  // A statement that already exempts principals on aws:PrincipalArn with ArnNotLike keeps its operator: an exact
  // ARN matches under ArnNotLike too, and one list is what its owner maintains.
  const operator = exact && !exemptionList(matched?.statement, 'ArnNotLike').length ? 'ArnNotEquals' : 'ArnNotLike';
  const edit: DenyEdit = { action: primary.action, addCondition: { [operator]: { 'aws:PrincipalArn': mergedExemption(matched?.statement, operator, value) } } };
  if (matched?.sid) edit.sid = matched.sid;
  const principalName = p.roleArn ?? p.policyArn ?? patterns[0] ?? '';
  const escalation = layer === 'boundary' && /^(iam|sts):/i.test(primary.action);
  const notes = [
    guard,
    t(guard ? 'note.deny.edit.last' : 'note.deny.edit', { where, action: primary.action }),
    t('note.deny.exempts', { principal: principalName }),
    exact || !p.roleName ? null : t('note.deny.pathPattern', { role: p.roleName }),
    sharedRoleNote(ctx),
    layer === 'identity' ? t('note.deny.identityShared') : null,
    escalation ? t('note.deny.boundaryEscalation', { principal: principalName, action: primary.action }) : null,
    ...(options.layerNotes ?? []),
    callerNote(ctx),
    t('note.deny.deliberate'),
    placeholderNote(ctx, placeholders),
  ];
  return { ...base, note: joinNotes(ctx, notes), placeholders, edit };
}

/**
 * The Deny statement the text says matched this request in this layer (an Access Troubleshooter answer, a decoded
 * message): the fix names it by its Sid, and reads its own Condition when the policy document was pasted too.
 */
function denyingStatement(ctx: Ctx, layer: Layer): MatchedStatement | null {
  const all = ctx.facts.finding.matchedStatements ?? [];
  const denies = all.filter((m) => m.effect !== 'Allow' && (m.policyType === layer || m.policyType === null));
  const uri = ctx.facts.policyArn;
  return denies.find((m) => m.sid && uri && m.policyUri === uri) ?? denies.find((m) => m.sid) ?? null;
}

/**
 * The exemption's value, aimed at the statement when its document is known: a statement that already exempts
 * principals with the same operator on aws:PrincipalArn keeps them — merging a second list would replace theirs.
 */
function mergedExemption(statement: Record<string, unknown> | null | undefined, operator: string, value: string | string[]): string | string[] {
  const kept = exemptionList(statement, operator);
  if (!kept.length) return value;
  const out = [...kept];
  for (const v of Array.isArray(value) ? value : [value]) if (!out.includes(v)) out.push(v);
  return out;
}

/** The principal ARNs a statement already exempts with `operator` on aws:PrincipalArn. */
function exemptionList(statement: Record<string, unknown> | null | undefined, operator: string): string[] {
  const condition = statement?.['Condition'];
  const block = condition && typeof condition === 'object' ? (condition as Record<string, unknown>)[operator] : undefined;
  const existing = block && typeof block === 'object' ? (block as Record<string, unknown>)['aws:PrincipalArn'] : undefined;
  return (Array.isArray(existing) ? existing : [existing]).filter((v): v is string => typeof v === 'string' && v.length > 0);
}
