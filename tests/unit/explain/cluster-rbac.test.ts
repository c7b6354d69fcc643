// Kubernetes' own authorization in an EKS cluster refusing an IAM identity the cluster authenticated: no IAM policy is
// read, so the explanation names the cluster's access entry and RBAC, never an identity policy to add.
import { describe, expect, it } from 'vitest';
import { explain } from '../../../lib/explain/index';
import { toFinding } from '../../../lib/history/validate';
import { parse } from '../../../lib/parse/index';

const RBAC =
  'Error from server (Forbidden): pods is forbidden: User "arn:aws:sts::111122223333:assumed-role/eks-dev/ana" cannot list resource "pods" in API group "" in the namespace "default"';
const AUTHORIZER = 'error: unable to upgrade connection: Forbidden (user=arn:aws:iam::111122223333:user/ci, verb=create, resource=nodes, subresource=proxy)';
const SERVICE_ACCOUNT = 'Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:default:app" cannot list resource "pods" in API group ""';

describe('an EKS cluster refusing an IAM identity it authenticated', () => {
  it('is read as the cluster’s authorization, for both of its shapes', () => {
    expect(parse(RBAC)[0]).toMatchObject({ category: 'access-denied', accountSetting: 'cluster-rbac', resource: 'pods', errorCode: 'Forbidden' });
    expect(parse(AUTHORIZER)[0]).toMatchObject({ category: 'access-denied', accountSetting: 'cluster-rbac', resource: 'nodes', principal: 'arn:aws:iam::111122223333:user/ci' });
    // A service account is the cluster's own user: nothing of AWS's to explain.
    expect(parse(SERVICE_ACCOUNT)).toEqual([]);
  });

  it('is explained without an IAM policy: the cluster’s admins, the access entry, the commands that show the grant', async () => {
    const e = await explain(parse(RBAC)[0]!, { lang: 'en', context: RBAC });
    expect(e.verdict).toMatch(/Kubernetes authorization refused pods/);
    expect(e.causes.map((c) => c.policyType)).toEqual(['unknown']);
    expect(e.fixes).toHaveLength(1);
    expect(e.fixes[0]).toMatchObject({ who: 'resource-owner', policy: null });
    expect(e.fixes[0]!.edit ?? null).toBeNull();
    expect(e.fixes[0]!.note).toMatch(/associate-access-policy/);
    // The access entry names the role, not its session.
    expect(e.steps[0]!.command).toContain('--principal-arn arn:aws:iam::111122223333:role/eks-dev');
    expect(e.steps[0]!.command).toContain('kubectl auth can-i --list');
    expect(e.links.map((l) => l.url)).toContain('https://docs.aws.amazon.com/eks/latest/userguide/grant-k8s-access.html');
    // An identity policy, or the simulator's check of one, would be advice that changes nothing.
    expect(JSON.stringify(e)).not.toMatch(/simulate-principal-policy|identity-based polic/);
  });

  it('names the IAM user for a user', async () => {
    const e = await explain(parse(AUTHORIZER)[0]!, { lang: 'en', context: AUTHORIZER });
    expect(e.steps[0]!.command).toContain('--principal-arn arn:aws:iam::111122223333:user/ci');
  });

  it('in Japanese too', async () => {
    const e = await explain(parse(RBAC)[0]!, { lang: 'ja', context: RBAC });
    expect(e.verdict).toMatch(/Kubernetes の認可/);
    expect(e.steps[0]!.title).toBe('クラスターがこの ID に何を許可しているかを確認する');
  });

  it('a stored finding keeps the setting', () => {
    const f = parse(RBAC)[0]!;
    expect(toFinding(JSON.parse(JSON.stringify(f))).accountSetting).toBe('cluster-rbac');
  });
});
