// Shared pieces of the playbooks: the statement that allows exactly the denied request, notes about how the
// action was read, and the placeholder bookkeeping every fix carries.
import { passRoleNeed, passedToServiceForOperation } from '../../iam/dependent-actions';
import type { PolicyStatement } from '../../model';
import type { Ctx, DeniedAction } from '../context';
import { oneOrMany, sid } from '../policy';

export function addUnique(list: string[], items: readonly string[]): void {
  for (const i of items) if (i && !list.includes(i)) list.push(i);
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

/**
 * Allow statements for the denied action(s) and the actions they depend on (iam:PassRole), as identity-based,
 * boundary, session or SCP statements (no Principal).
 */
export function allowStatements(ctx: Ctx, withDependencies: boolean): Statements {
  const { t, facts } = ctx;
  const primary = ctx.primary;
  const out: Statements = { statements: [], notes: [], placeholders: [] };
  if (!primary) return out;
  const all = [primary, ...ctx.others];
  for (const d of all) {
    const statement: PolicyStatement = {
      Sid: sid('Allow', d.action.replace(':', ' ')),
      Effect: 'Allow',
      Action: d.action,
      Resource: oneOrMany(resourcesOf(d)),
    };
    if (d.action.toLowerCase() === 'iam:passrole') {
      const svc = passedToServiceForOperation(facts.finding.operation);
      if (svc) {
        statement.Condition = { StringEquals: { 'iam:PassedToService': svc } };
        out.notes.push(t('note.passRole.denied', { service: svc }));
      } else out.notes.push(t('note.passRole.addCondition'));
    }
    out.statements.push(statement);
    addUnique(out.placeholders, d.resource.placeholders);
  }
  if (primary.unavailable) out.notes.push(t('note.dataUnavailable', { action: primary.action }));
  else if (!primary.info) out.notes.push(t('note.unknownAction', { action: primary.action }));
  if (primary.resource.wildcardOnly) out.notes.push(t('note.wildcard', { action: primary.action }));
  if (primary.resource.companions.length) out.notes.push(t('note.companions', { action: primary.action }));
  if (facts.operationNote && facts.finding.operation) {
    out.notes.push(t(`note.${facts.operationNote}` as 'note.op.batch', { operation: facts.finding.operation, action: primary.action }));
  }
  if (withDependencies) {
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
  }
  return out;
}

export function placeholderNote(ctx: Ctx, placeholders: string[]): string | null {
  return placeholders.length ? ctx.t('note.placeholders', { list: placeholders.join(', ') }) : null;
}

/** Sentences one after another: English separates them with a space, Japanese does not. */
export function joinNotes(ctx: Pick<Ctx, 'lang'>, notes: (string | null | undefined)[]): string {
  return notes.filter((n): n is string => !!n).join(ctx.lang === 'ja' ? '' : ' ');
}

/**
 * For fixes that name the caller in a policy (trust, resource, VPC endpoint, a deny's exception): which of the
 * workload's roles that is, e.g. "The caller is the task role `x` (taskRoleArn of the ECS task)."
 */
export function callerNote(ctx: Ctx): string | null {
  const w = ctx.workload;
  const wt = ctx.workloadTarget;
  if (!w?.roleArn || !wt?.where || wt.trustPolicy) return null;
  // The workload's role must be the caller the policy names, not the role a denied AssumeRole aimed at.
  if (ctx.facts.principal.roleName !== w.roleArn.slice(w.roleArn.lastIndexOf('/') + 1)) return null;
  return ctx.t(w.confidence === 'certain' ? 'note.caller' : 'note.caller.probable', { where: wt.where });
}
