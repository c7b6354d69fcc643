// Where an identity-policy fix lands: the role behind a session (never the session), the user, the Identity Center
// permission set — or nowhere we can name. When lib/workload recognised the workload behind the principal, its
// note says which of the workload's roles that is and which one not to edit ("the task role, not the execution
// role"); the ARN stays the principal's own, since the principal is what the message proves made the call.
import type { Ctx } from './context';

export interface AttachTarget {
  attachTo: string | null;
  /** For texts: "role Dev", "permission set Admin", … */
  name: string;
  /** Whether a policy can be added there at all (service-linked roles cannot be edited). */
  editable: boolean;
  notes: string[];
  placeholders: string[];
}

interface PrincipalTarget extends Omit<AttachTarget, 'notes'> {
  /** The sentence that says where to add the policy; a workload's note replaces it. */
  lead: string;
  /** Facts that hold whatever the workload (the session ARN hides the role's path). */
  extra: string[];
}

export function identityTarget(ctx: Ctx): AttachTarget {
  const base = principalTarget(ctx);
  const { workload, workloadTarget: wt } = ctx;
  // A trust-policy reading (the workload could not assume its role) belongs to the trust fix, not here.
  if (!workload || !wt || wt.trustPolicy) return { ...withoutLead(base), notes: [base.lead, ...base.extra] };
  // A workload read as the role being assumed says nothing about the caller's own identity policy.
  if (workload.roleArn && base.attachTo && isAssumeTarget(ctx, workload.roleArn)) return { ...withoutLead(base), notes: [base.lead, ...base.extra] };
  let { attachTo, name, placeholders, extra } = base;
  // Workload.roleArn is the role the fix must land on. Recognised from the principal, it is the principal's own
  // role; given by a caller who knows the workload better, it may differ — then say which role the message shows.
  if (workload.roleArn && workload.roleArn !== attachTo) {
    const role = workload.roleArn.slice(workload.roleArn.lastIndexOf('/') + 1);
    const caller = ctx.facts.principal.roleName;
    attachTo = workload.roleArn;
    name = ctx.tv('target.role', { name: role });
    placeholders = [];
    extra = caller && caller !== role ? [ctx.t('note.identity.workloadRole', { role, caller })] : [];
  }
  const editable = base.editable && workload.kind !== 'service-linked';
  return { attachTo, name, editable, placeholders, notes: [wt.hedge ?? '', wt.note, ...extra].filter(Boolean) };
}

function withoutLead(t: PrincipalTarget): Omit<AttachTarget, 'notes'> {
  return { attachTo: t.attachTo, name: t.name, editable: t.editable, placeholders: t.placeholders };
}

/** The role a denied sts:AssumeRole* call tried to assume is the trust fix's target, never the caller's. */
function isAssumeTarget(ctx: Ctx, roleArn: string): boolean {
  return ctx.facts.trustCall !== null && (ctx.facts.resource ?? '').replace(/\s+/g, '') === roleArn;
}

function principalTarget(ctx: Ctx): PrincipalTarget {
  const { t, tv, facts } = ctx;
  const p = facts.principal;
  if (p.serviceLinked) {
    return {
      attachTo: p.roleArn,
      name: tv('target.role', { name: p.roleName ?? '' }),
      editable: false,
      lead: t('note.identity.serviceLinked', { role: p.roleName ?? '' }),
      extra: [],
      placeholders: [...p.placeholders],
    };
  }
  if (p.permissionSet) {
    return {
      attachTo: `permission-set/${p.permissionSet}`,
      name: tv('target.permissionSet', { name: p.permissionSet }),
      editable: true,
      lead: t('note.identity.permissionSet', { name: p.permissionSet, role: p.roleName ?? '' }),
      extra: [],
      placeholders: [],
    };
  }
  if (p.roleArn && p.roleName) {
    return {
      attachTo: p.roleArn,
      name: tv('target.role', { name: p.roleName }),
      editable: true,
      lead: t('note.identity.addRole', { role: p.roleName }),
      extra: p.rolePathKnown ? [] : [t('note.identity.pathUnknown', { role: p.roleName })],
      placeholders: [...p.placeholders],
    };
  }
  if (p.kind === 'user' && p.policyArn && p.userName) {
    return {
      attachTo: p.policyArn,
      name: tv('target.user', { name: p.userName }),
      editable: true,
      lead: t('note.identity.addUser', { user: p.userName }),
      extra: [],
      placeholders: [...p.placeholders],
    };
  }
  if (p.kind === 'federated-user') {
    return { attachTo: null, name: tv('target.federated', { name: p.userName ?? '' }), editable: true, lead: t('note.identity.federated'), extra: [], placeholders: [] };
  }
  if (p.kind === 'root') {
    return { attachTo: null, name: tv('target.root'), editable: false, lead: t('note.identity.root'), extra: [], placeholders: [] };
  }
  return { attachTo: null, name: tv('target.unknown'), editable: true, lead: t('note.identity.unknownCaller'), extra: [], placeholders: [] };
}
