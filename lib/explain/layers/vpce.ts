// VPC endpoint policies: what may pass through an endpoint, set by whoever runs the network. A missing Allow gets a
// statement for exactly this caller (Principal "*" narrowed by aws:PrincipalArn, as endpoint policies require); an
// explicit deny gets the condition that exempts the caller.
import type { Fix } from '../../model';
import { region as regionFlag, say } from '../../steps/common';
import { sh } from '../../steps/shell';
import { valuesOf } from '../../steps/values';
import type { Ctx } from '../context';
import { denyFix } from '../exception';
import { addUnique, callerNote, joinNotes, placeholderNote } from '../notes';
import { callerPlaceholders, doc, principalArnPatterns, unknownCallerArn } from '../policy';
import type { RankedCause } from '../rank';
import { actionProblem, allowStatements } from '../statements';
import { ownerOf } from '../owner';
import type { LayerPlaybook } from './types';

function allowFix(ctx: Ctx): Fix | null {
  const { t, facts } = ctx;
  if (!ctx.primary) return null;
  const problem = actionProblem(ctx);
  if (problem) return { target: 'vpc-endpoint-policy', who: vpce.owner(ctx.facts), attachTo: null, policy: null, note: problem, placeholders: [] };
  const s = allowStatements(ctx, false);
  const placeholders = [...s.placeholders];
  let patterns = principalArnPatterns(facts.principal);
  if (patterns) addUnique(placeholders, facts.principal.placeholders);
  else {
    patterns = [unknownCallerArn(ctx.partition, facts.principal.account)];
    addUnique(placeholders, callerPlaceholders(facts.principal.account));
  }
  for (const st of s.statements) {
    st.Principal = '*';
    st.Condition = { ...(st.Condition ?? {}), ArnLike: { 'aws:PrincipalArn': patterns.length === 1 ? (patterns[0] ?? '') : patterns } };
  }
  const notes = [t('note.vpce.implicit', { service: ctx.primary.info?.serviceName ?? facts.service ?? '' }), callerNote(ctx), ...s.notes, placeholderNote(ctx, placeholders)];
  const named = facts.finding.policyType === 'vpce' ? facts.policyArn : null;
  return { target: 'vpc-endpoint-policy', who: vpce.owner(facts), attachTo: named, policy: doc(...s.statements), note: joinNotes(ctx, notes), placeholders };
}

function reason(ctx: Ctx, c: RankedCause): string {
  return ctx.t(c.detail === 'legacy-explicit' ? 'cause.vpce.legacyExplicit' : 'cause.vpce.possible');
}

export const vpce: LayerPlaybook = {
  layer: 'vpce',
  target: 'vpc-endpoint-policy',
  owner: (f) => ownerOf('vpce', f),
  reason,
  allowFix: (ctx) => allowFix(ctx),
  denyFix: (ctx) => denyFix(ctx, vpce, { attachTo: null, layerNotes: [ctx.t('note.deny.vpce')] }),
  checks: (ctx) => {
    const v = valuesOf(ctx);
    const service = ctx.facts.service;
    if (!service || !/^[a-z0-9-]+$/.test(service)) return [];
    return [
      {
        title: say(v, 'vpce.title', { service }),
        command: `aws ec2 describe-vpc-endpoints --filters Name=service-name,Values=${sh(`com.amazonaws.${v.region ?? 'REGION'}.${service}`)} --query 'VpcEndpoints[].[VpcEndpointId,PolicyDocument]'${regionFlag(v)}`,
        meaning: say(v, 'vpce.meaning'),
      },
    ];
  },
  docs: 'https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html',
};
