// Explicit deny in any layer: never a blanket Allow (it cannot override a deny). Show where the deny lives and
// the narrowed statement that stops denying this request only: an exception for this principal
// (ArnNotLike aws:PrincipalArn) in organization- or resource-wide policies, or NotResource for this resource in
// policies attached to the principal itself.
import type { Fix, FixTarget, PolicyStatement, PolicyType } from '../../model';
import type { Ctx } from '../context';
import { ownerOf } from '../owner';
import { callerPlaceholders, doc, principalArnPatterns, sid, unknownCallerArn } from '../policy';
import { identityTarget } from '../target';
import { addUnique, callerNote, joinNotes, placeholderNote } from './common';
import { resourcePolicyHome } from './resource';

export const TARGET_OF: Record<Exclude<PolicyType, 'unknown'>, FixTarget> = {
  identity: 'identity-policy',
  scp: 'scp',
  rcp: 'rcp',
  boundary: 'permissions-boundary',
  session: 'session-policy',
  resource: 'resource-policy',
  vpce: 'vpc-endpoint-policy',
  trust: 'trust-policy',
};

/** Layers attached to the principal: an exception for the principal would lift the deny everywhere. */
const ON_PRINCIPAL = new Set<PolicyType>(['identity', 'boundary', 'session']);
const NEEDS_PRINCIPAL = new Set<PolicyType>(['rcp', 'resource', 'vpce', 'trust']);

export function denyExceptionFix(ctx: Ctx, layer: Exclude<PolicyType, 'unknown'>): Fix {
  const { t, tv, facts } = ctx;
  const primary = ctx.primary;
  const named = facts.finding.policyType === layer ? facts.finding.policyArn : null;
  const layerLabel = tv(`layer.${layer}`);
  const where = named ? `${layerLabel} ${named}` : layerLabel;
  const placeholders: string[] = [];
  let attachTo: string | null = named;
  if (!attachTo && layer === 'identity') {
    const target = identityTarget(ctx);
    attachTo = target.attachTo;
    addUnique(placeholders, target.placeholders);
  }
  if (!attachTo && layer === 'resource' && primary) attachTo = resourcePolicyHome(ctx, primary).attachTo;
  const who = ownerOf(layer, facts);
  if (!primary) {
    return { target: TARGET_OF[layer], who, attachTo, policy: null, note: t('note.deny.noAction', { where }), placeholders };
  }
  const r = primary.resource;
  const statement: PolicyStatement = { Sid: sid('Deny', primary.action.replace(':', ' '), 'Except', 'This', 'Request'), Effect: 'Deny' };
  if (NEEDS_PRINCIPAL.has(layer)) statement.Principal = '*';
  statement.Action = primary.action;
  const notes = [t('note.deny.never', { where, action: primary.action })];
  if (ON_PRINCIPAL.has(layer) && r.exact && r.arn !== '*') {
    statement.NotResource = r.arn;
    notes.push(t('note.deny.notResource', { resource: r.arn }));
  } else {
    // A resource of no type the action knows (AWS sometimes prints another service's ARN or a pattern) would make
    // the narrowed statement miss the request: the exception on the principal is what narrows it then.
    const fits = r.type !== null || r.wildcardOnly || !primary.info || primary.info.resourceTypes.length === 0;
    statement.Resource = fits ? r.arn : '*';
    if (fits) addUnique(placeholders, r.placeholders);
    let patterns = principalArnPatterns(facts.principal);
    if (patterns) addUnique(placeholders, facts.principal.placeholders);
    else {
      patterns = [unknownCallerArn(ctx.partition, facts.principal.account)];
      addUnique(placeholders, callerPlaceholders(facts.principal.account));
    }
    statement.Condition = { ArnNotLike: { 'aws:PrincipalArn': patterns.length === 1 ? (patterns[0] ?? '') : patterns } };
    notes.push(t('note.deny.exception'));
  }
  if (layer === 'scp' || layer === 'rcp') notes.push(t('note.deny.org'));
  if (layer === 'session') notes.push(t('note.deny.session'));
  if (layer === 'vpce') notes.push(t('note.deny.vpce'));
  notes.push(callerNote(ctx) ?? '');
  notes.push(t('note.deny.deliberate'));
  notes.push(placeholderNote(ctx, placeholders) ?? '');
  return { target: TARGET_OF[layer], who, attachTo, policy: doc(statement), note: joinNotes(ctx, notes), placeholders };
}
