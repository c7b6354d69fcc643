// Small pieces every playbook uses to assemble a fix: unique lists, sentences joined per language, the
// placeholder reminder and the sentence that names the workload role a policy names as caller.
import type { Ctx } from './context';

export function addUnique(list: string[], items: readonly string[]): void {
  for (const i of items) if (i && !list.includes(i)) list.push(i);
}

export function placeholderNote(ctx: Ctx, placeholders: string[]): string | null {
  if (!placeholders.length) return null;
  const note = ctx.t('note.placeholders', { list: placeholders.join(', ') });
  // Two unknown accounts get two placeholders; say when they may hold the same value.
  const both = placeholders.includes('CALLER_ACCOUNT_ID') && placeholders.includes('TARGET_ACCOUNT_ID');
  return both ? `${note}${ctx.lang === 'ja' ? '' : ' '}${ctx.t('note.placeholders.accounts')}` : note;
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
