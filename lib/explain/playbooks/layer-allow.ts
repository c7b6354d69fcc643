// Implicit deny in a layer that must also allow: SCPs (allow lists), permissions boundaries, session policies and
// VPC endpoint policies. The statement allows the denied request; who adds it differs per layer.
import type { Fix } from '../../model';
import type { Ctx } from '../context';
import { ownerOf } from '../owner';
import { callerPlaceholders, doc, principalArnPatterns, unknownCallerArn } from '../policy';
import { targetName } from '../verdict';
import { addUnique, allowStatements, callerNote, joinNotes, placeholderNote } from './common';

export function layerAllowFix(ctx: Ctx, layer: 'scp' | 'rcp' | 'boundary' | 'session' | 'vpce'): Fix | null {
  const { t, tv, facts } = ctx;
  if (!ctx.primary) return null;
  const who = ownerOf(layer, facts);
  const named = facts.finding.policyType === layer ? facts.finding.policyArn : null;
  const target = targetName(facts, tv);
  if (layer === 'rcp') {
    // RCPs hold only Deny statements; an implicit deny there means RCPFullAWSAccess was detached.
    return { target: 'rcp', who, attachTo: named, policy: null, note: t('note.rcp.implicit'), placeholders: [] };
  }
  const s = allowStatements(ctx, false);
  const placeholders = [...s.placeholders];
  const notes: string[] = [];
  if (layer === 'vpce') {
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
    notes.push(t('note.vpce.implicit', { service: ctx.primary.info?.serviceName ?? facts.service ?? '' }));
    notes.push(callerNote(ctx) ?? '');
  } else if (layer === 'scp') {
    notes.push(t('note.scp.implicit', { action: ctx.primary.action }));
  } else if (layer === 'boundary') {
    notes.push(t('note.boundary.implicit', { target, action: ctx.primary.action, policy: named ?? '' }));
  } else {
    notes.push(t('note.session.implicit'));
  }
  notes.push(...s.notes);
  notes.push(placeholderNote(ctx, placeholders) ?? '');
  const targetKind = layer === 'scp' ? 'scp' : layer === 'boundary' ? 'permissions-boundary' : layer === 'session' ? 'session-policy' : 'vpc-endpoint-policy';
  return { target: targetKind, who, attachTo: named, policy: doc(...s.statements), note: joinNotes(ctx, notes), placeholders };
}
