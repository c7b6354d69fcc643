// Which role a fix must land on for a recognised workload, and why — the text the explainer puts in fix notes and
// the admin request ("add this to the task role `orders-api-task` (taskRoleArn of the ECS task), not to the
// execution role"), plus the ARN to attach to.
import { WORKLOAD_TEXTS, type WorkloadTextKey } from '../i18n/workload';
import type { Finding, Lang, Workload } from '../model';
import { ecsRoleNameSays } from './ecs';
import { toWorkloadGuess } from './recognize';
import { githubMarker } from './markers';
import { isAccountId } from '../arn';
import { isWhollyMasked } from '../mask';
import { principalParts } from './principal';
import { fill } from './text';
import type { WorkloadGuess } from './types';

export interface WorkloadTarget {
  /**
   * Where the policy goes: the workload's role ARN (its path may be missing, see rolePathKnown) or the IAM user's
   * ARN; null when nothing in IAM can take it (Identity Center → the permission set, service-linked roles, root).
   */
  attachTo: string | null;
  attachToType: 'role' | 'user' | 'permission-set' | 'none';
  /** True when the fix belongs in the role's trust policy (the workload could not assume its role). */
  trustPolicy: boolean;
  rolePathKnown: boolean;
  /** A short noun phrase for the admin request; null when there is nothing to attach to. */
  where: string | null;
  /** Where the fix goes and why, and what not to edit. */
  note: string;
  /** One line naming the workload, e.g. "Lambda function `orders-api` (probably)". */
  summary: string;
  /**
   * For a probable or possible reading: what it probably is, the other readings and the role that made the call —
   * to be said before `note`, which is written as if the reading were certain. Null when certain.
   */
  hedge: string | null;
}

export function describeWorkloadTarget(
  workload: Workload | WorkloadGuess | null,
  finding: Finding,
  lang: Lang,
): WorkloadTarget | null {
  if (!workload) return null;
  const guess = toWorkloadGuess(workload, finding);
  const t = WORKLOAD_TEXTS[lang] ?? WORKLOAD_TEXTS.en;
  const say = (key: WorkloadTextKey, vars: Record<string, string | null> = {}) => fill(t[key], vars);
  const role = roleNameOf(guess) ?? 'ROLE_NAME';
  const trust = isTrustDenial(guess, finding);
  const base = { trustPolicy: false, rolePathKnown: guess.rolePathKnown, summary: summarize(guess, lang), hedge: hedgeOf(guess, lang) };
  const onRole = (note: string, where: string | null): WorkloadTarget => ({
    ...base,
    attachTo: guess.roleArn,
    attachToType: guess.roleArn ? 'role' : 'none',
    where,
    note,
  });
  const whereRole = say('where.role', { role });

  switch (guess.kind) {
    case 'lambda':
      return guess.name
        ? onRole(say('target.lambda', { role, fn: guess.name }), say('where.lambda', { role, fn: guess.name }))
        : onRole(say('target.lambda.noName', { role }), say('where.lambda.noName', { role }));
    case 'ecs-task':
      return onRole(
        say(ecsRoleNameSays(role) === 'execution' ? 'target.ecs-task.executionName' : 'target.ecs-task', { role }),
        say('where.ecs-task', { role }),
      );
    case 'ecs-task-execution':
      return onRole(say('target.ecs-task-execution', { role }), say('where.ecs-task-execution', { role }));
    case 'ec2-instance': {
      const main = guess.name ? say('target.ec2-instance', { role, instance: guess.name }) : say('target.ec2-instance.noName', { role });
      const extra =
        guess.platform === 'ecs-host' ? say('target.ec2-instance.ecs-host') : guess.platform === 'eks-node' ? say('target.ec2-instance.eks-node') : '';
      return onRole(extra ? main + (lang === 'ja' ? '' : ' ') + extra : main, say('where.ec2-instance', { role }));
    }
    case 'codebuild':
      return onRole(say('target.codebuild', { role }), say('where.codebuild', { role }));
    case 'github-actions':
      if (trust) {
        const named = roleNameOf(guess);
        return {
          ...onRole(
            named ? say('target.github-actions.trust', { role: named }) : say('target.github-actions.trust.noRole'),
            named ? say('where.github-actions', { role: named }) : null,
          ),
          trustPolicy: true,
        };
      }
      return onRole(say('target.github-actions', { role }), say('where.github-actions', { role }));
    case 'cloudformation':
      return guess.platform === 'cloudformation-extension'
        ? onRole(say('target.cloudformation-extension', { role }), say('where.cloudformation-extension', { role }))
        : onRole(say('target.cloudformation', { role }), say('where.cloudformation', { role }));
    case 'cdk': {
      const where = say('where.cdk', { role });
      if (guess.cdkRole) return onRole(say(`target.cdk.${guess.cdkRole}`, { role }), where);
      if (guess.platform === 'cdk-eks-provider') return onRole(say('target.cdk.eks-provider', { role }), where);
      if (guess.rule === 'cdk-cli-session') return onRole(say('target.cdk.cli', { role, user: guess.name ?? '' }), where);
      return onRole(say('target.role', { role }), whereRole);
    }
    case 'eks-irsa':
      if (trust) return { ...onRole(say('target.eks-irsa.trust'), null), trustPolicy: true };
      return onRole(say('target.eks-irsa', { role }), say('where.eks-irsa', { role }));
    case 'eks-pod-identity':
      return onRole(say('target.eks-pod-identity', { role }), say('where.eks-pod-identity', { role }));
    case 'identity-center': {
      const ps = guess.name ?? 'PERMISSION_SET';
      return {
        ...base,
        attachTo: null,
        attachToType: 'permission-set',
        where: say('where.identity-center', { ps }),
        note: say('target.identity-center', { ps, role }),
      };
    }
    case 'service-linked':
      return { ...base, attachTo: null, attachToType: 'none', where: null, note: say('target.service-linked', { role }) };
    case 'root':
      return {
        ...base,
        attachTo: null,
        attachToType: 'none',
        where: null,
        note: guess.name ? say('target.root', { account: guess.name }) : say('target.root.noName'),
      };
    case 'iam-user': {
      const p = principalParts(finding.principal);
      const user = guess.name ?? 'USER_NAME';
      const arn = p.kind === 'user' && isAccountId(p.account) && finding.principal ? finding.principal.trim() : null;
      return {
        ...base,
        attachTo: arn,
        attachToType: arn ? 'user' : 'none',
        where: say('where.iam-user', { user }),
        note: say('target.iam-user', { user }),
      };
    }
    case 'other':
      return otherTarget(guess, say, role, onRole, whereRole, base);
  }
}

function otherTarget(
  guess: WorkloadGuess,
  say: (key: WorkloadTextKey, vars?: Record<string, string | null>) => string,
  role: string,
  onRole: (note: string, where: string | null) => WorkloadTarget,
  whereRole: string,
  base: Pick<WorkloadTarget, 'trustPolicy' | 'rolePathKnown' | 'summary' | 'hedge'>,
): WorkloadTarget {
  switch (guess.platform) {
    case 'cognito-identity': {
      const pool = guess.name;
      if (pool && /unauth/i.test(role)) return onRole(say('target.cognito.unauth', { role, pool }), whereRole);
      if (pool && /auth/i.test(role)) return onRole(say('target.cognito.auth', { role, pool }), whereRole);
      return onRole(say('target.cognito.unknown', { role }), whereRole);
    }
    case 'vault':
      return { ...base, attachTo: null, attachToType: 'none', where: null, note: say('target.vault') };
    case 'sagemaker':
    case 'glue':
    case 'greengrass':
    case 'iot-credentials':
    case 'step-functions':
    case 'terraform-cloud':
    case 'kube2iam':
    case 'sdk-default-session':
      return onRole(say(`target.${guess.platform}`, { role }), whereRole);
    default:
      return onRole(say('target.role', { role }), whereRole);
  }
}

/** What the workload is, without the confidence: "Lambda function `orders-api`". */
export function workloadLabel(guess: WorkloadGuess, lang: Lang): string {
  const t = WORKLOAD_TEXTS[lang] ?? WORKLOAD_TEXTS.en;
  const what = guess.kind === 'other' && guess.platform ? t[`platform.${guess.platform}`] : t[`kind.${guess.kind}`];
  return guess.name ? fill(t['summary.label'], { what, name: guess.name }) : what;
}

/** The other readings of the same evidence, e.g. "ECS task (task execution role) (possibly)"; null when none. */
export function alternativesList(guess: WorkloadGuess, lang: Lang): string | null {
  if (guess.alternatives.length === 0) return null;
  const t = WORKLOAD_TEXTS[lang] ?? WORKLOAD_TEXTS.en;
  return guess.alternatives
    .map((a) => {
      const what = a.kind === 'other' && a.platform ? t[`platform.${a.platform}`] : t[`kind.${a.kind}`];
      const confidence = t[`confidence.${a.confidence}`];
      return lang === 'ja' ? `${what}（${confidence}）` : `${what} (${confidence})`;
    })
    .join(lang === 'ja' ? '、' : ', ');
}

/** A one-line description: "Lambda function `orders-api` (probably)". */
export function summarize(guess: WorkloadGuess, lang: Lang): string {
  const t = WORKLOAD_TEXTS[lang] ?? WORKLOAD_TEXTS.en;
  const what = guess.kind === 'other' && guess.platform ? t[`platform.${guess.platform}`] : t[`kind.${guess.kind}`];
  const confidence = t[`confidence.${guess.confidence}`];
  const line = guess.name ? fill(t['summary.named'], { what, name: guess.name, confidence }) : fill(t['summary.unnamed'], { what, confidence });
  const list = alternativesList(guess, lang);
  return list ? `${line} ${fill(t['summary.alternatives'], {}, { list })}` : line;
}

/** The sentences that keep a weak reading honest; null when the reading is certain. */
function hedgeOf(guess: WorkloadGuess, lang: Lang): string | null {
  if (guess.confidence === 'certain') return null;
  const t = WORKLOAD_TEXTS[lang] ?? WORKLOAD_TEXTS.en;
  const parts = [fill(t[guess.confidence === 'probable' ? 'hedge.probable' : 'hedge.possible'], {}, { what: workloadLabel(guess, lang) })];
  const list = alternativesList(guess, lang);
  if (list) parts.push(fill(t['hedge.alternatives'], {}, { list }));
  const role = roleNameOf(guess);
  // Only a role the principal itself names: then the role is a fact whatever the workload turns out to be.
  if (role && role === guess.roleName && (list || guess.confidence === 'possible')) parts.push(fill(t['hedge.role'], { role }));
  return parts.join(lang === 'ja' ? '' : ' ');
}

function roleNameOf(guess: WorkloadGuess): string | null {
  if (guess.roleArn) {
    const name = guess.roleArn.split('/').pop() ?? null;
    if (name && !isWhollyMasked(name)) return name;
  }
  return guess.roleName && !isWhollyMasked(guess.roleName) ? guess.roleName : null;
}

/** The workload could not assume its role: the fix is the role's trust policy, not a permission. */
function isTrustDenial(guess: WorkloadGuess, finding: Finding): boolean {
  const action = (finding.action ?? '').toLowerCase();
  if (action === 'sts:assumerolewithwebidentity') return true;
  if (guess.kind === 'github-actions' && !finding.principal && githubMarker(finding.message ?? '')) return true;
  return guess.kind === 'eks-irsa' && !finding.principal && /AssumeRoleWithWebIdentity/.test(finding.message ?? '');
}
