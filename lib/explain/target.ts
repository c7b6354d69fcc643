// Where an identity-policy fix lands: the workload's role when one was recognised, the permission set for
// Identity Center roles, the role behind a session (never the session), the user — or nowhere we can name.
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

export function identityTarget(ctx: Ctx): AttachTarget {
  const { t, tv, facts, workload } = ctx;
  const p = facts.principal;
  if (workload?.roleArn) {
    const name = workload.roleArn.slice(workload.roleArn.lastIndexOf('/') + 1);
    return { attachTo: workload.roleArn, name: tv('target.role', { name }), editable: true, notes: [], placeholders: [] };
  }
  if (p.serviceLinked) {
    return {
      attachTo: p.roleArn,
      name: tv('target.role', { name: p.roleName ?? '' }),
      editable: false,
      notes: [t('note.identity.serviceLinked', { role: p.roleName ?? '' })],
      placeholders: [...p.placeholders],
    };
  }
  if (p.permissionSet) {
    return {
      attachTo: `permission-set/${p.permissionSet}`,
      name: tv('target.permissionSet', { name: p.permissionSet }),
      editable: true,
      notes: [t('note.identity.permissionSet', { name: p.permissionSet, role: p.roleName ?? '' })],
      placeholders: [],
    };
  }
  if (p.roleArn && p.roleName) {
    const notes = [t('note.identity.addRole', { role: p.roleName })];
    if (!p.rolePathKnown) notes.push(t('note.identity.pathUnknown', { role: p.roleName }));
    return { attachTo: p.roleArn, name: tv('target.role', { name: p.roleName }), editable: true, notes, placeholders: [...p.placeholders] };
  }
  if (p.kind === 'user' && p.policyArn && p.userName) {
    return {
      attachTo: p.policyArn,
      name: tv('target.user', { name: p.userName }),
      editable: true,
      notes: [t('note.identity.addUser', { user: p.userName })],
      placeholders: [...p.placeholders],
    };
  }
  if (p.kind === 'federated-user') {
    return { attachTo: null, name: tv('target.federated', { name: p.userName ?? '' }), editable: true, notes: [t('note.identity.federated')], placeholders: [] };
  }
  if (p.kind === 'root') {
    return { attachTo: null, name: tv('target.root'), editable: false, notes: [t('note.identity.root')], placeholders: [] };
  }
  return { attachTo: null, name: tv('target.unknown'), editable: true, notes: [t('note.identity.unknownCaller')], placeholders: [] };
}
