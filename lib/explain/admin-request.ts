// The ready-to-send request for whoever must act: what was denied, the proposed change, how to verify it.
import type { VerdictKey } from '../i18n/explain-verdict';
import type { Cause, Command, Fix } from '../model';
import { authorizationCommand, authorizationDetailsUrl, authorizationIdOf } from '../steps/authorization';
import type { Ctx } from './context';
import { targetName, type Verdict } from './verdict';

const LAYER_OF_TARGET: Record<Fix['target'], VerdictKey> = {
  'identity-policy': 'layer.identity',
  'trust-policy': 'layer.trust',
  'resource-policy': 'layer.resource',
  'permissions-boundary': 'layer.boundary',
  scp: 'layer.scp',
  rcp: 'layer.rcp',
  'session-policy': 'layer.session',
  'vpc-endpoint-policy': 'layer.vpce',
  credentials: 'layer.credentials',
};

export function fixTargetLabel(ctx: Pick<Ctx, 'tv'>, target: Fix['target']): string {
  return ctx.tv(LAYER_OF_TARGET[target]);
}

export function buildAdminRequest(ctx: Ctx, verdict: Verdict, causes: Cause[], fixes: Fix[], commands: Command[]): string {
  const { t, tv, facts } = ctx;
  const action = ctx.primary?.action ?? facts.action ?? facts.finding.operation ?? null;
  const caller = facts.principal.raw ?? tv('target.unknown');
  const lines: string[] = [];
  if (facts.finding.category === 'credentials') lines.push(t('admin.subject.credentials'));
  else if (action) lines.push(t('admin.subject', { action, target: targetName(facts, tv) }));
  else lines.push(t('admin.subject.noAction'));
  lines.push('');
  lines.push(t('admin.hello'));
  lines.push('');
  // Only what the message printed: a placeholder ARN would read as a fact in a request to someone else.
  const resource = facts.resource && facts.resource !== '*' ? facts.resource : null;
  if (facts.finding.category === 'credentials') lines.push(t('admin.credentials', { caller }));
  else if (!action) lines.push(t('admin.deniedNoAction', { caller }));
  else if (!facts.principal.raw) lines.push(t(resource ? 'admin.deniedNoCaller' : 'admin.deniedNoCallerNoResource', { action, resource: resource ?? '' }));
  else if (resource) lines.push(t('admin.denied', { caller, action, resource }));
  else lines.push(t('admin.deniedNoResource', { caller, action }));
  const wt = ctx.workloadTarget;
  // Who really made the call, for whoever reads this without the console at hand (a person or the root user is
  // the caller line already).
  const kind = ctx.workload?.kind;
  if (wt && kind !== 'iam-user' && kind !== 'root') lines.push(t('admin.workload', { summary: wt.summary }));
  lines.push(verdict.text);
  // The ID is what the admin needs most: with it they read the very statement that denied (the requester usually
  // cannot), so it goes before the proposed change.
  const id = authorizationIdOf(facts.finding);
  if (id) {
    lines.push('');
    lines.push(t('admin.authorization', { id }));
    const url = authorizationDetailsUrl(facts.finding, ctx.partition);
    if (url) lines.push(url);
    lines.push(authorizationCommand(id, ctx.partition));
    lines.push(t('admin.authorization.read'));
    lines.push('');
  }
  const top = causes[0];
  if (top) lines.push(t('admin.cause', { likelihood: t(`likelihood.${top.likelihood}`), reason: top.reason }));
  const fix = fixes[0];
  if (fix) {
    lines.push('');
    lines.push(t('admin.change', { layer: fixTargetLabel(ctx, fix.target), who: tv(`who.${fix.who}`) }));
    // The workload's own words for the place ("the task role `x` (taskRoleArn of the ECS task)") when the fix is
    // the one the workload reading is about (its note says so): the identity policy of its role, or the trust
    // policy it failed.
    const where = wt?.where && fix.note.includes(wt.note) ? wt.where : null;
    if (where && fix.attachTo) lines.push(t('admin.applyToWhere', { where, target: fix.attachTo }));
    else if (where) lines.push(t('admin.applyToWhereOnly', { where }));
    else if (fix.attachTo) lines.push(t('admin.applyTo', { target: fix.attachTo }));
    if (fix.policy) lines.push(JSON.stringify(fix.policy, null, 2));
    if (fix.edit) {
      lines.push(fix.edit.sid ? t('admin.edit.sid', { action: fix.edit.action, sid: fix.edit.sid }) : t('admin.edit', { action: fix.edit.action }));
      lines.push(JSON.stringify({ Condition: fix.edit.addCondition }, null, 2));
    }
    if (fix.note) lines.push(fix.note);
  }
  lines.push('');
  const simulate = commands.find((c) => c.command.startsWith('aws iam simulate-principal-policy'));
  if (fix?.target === 'identity-policy' && simulate) lines.push(t('admin.verify.simulate', { command: simulate.command }));
  else if (fix?.target === 'credentials') lines.push(t('admin.verify.credentials'));
  else lines.push(t('admin.verify.retry'));
  lines.push('');
  lines.push(t('admin.original'));
  const original = facts.finding.message.length > 800 ? `${facts.finding.message.slice(0, 800)}…` : facts.finding.message;
  for (const line of original.split('\n').slice(0, 20)) lines.push(`> ${line}`);
  lines.push('');
  lines.push(t('admin.thanks'));
  return lines.join('\n');
}
