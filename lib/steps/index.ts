// The diagnosis check list a careful engineer runs, in order, with the message's values in place and what each
// result means. One list: the explanation's `steps` are these checks and its `commands` the same commands, so a
// command is written once (issue 10). Pure: the side panel renders it as a checklist, the terminal prints it.
import { buildContext, type Ctx } from '../explain/context';
import { readFacts } from '../explain/facts';
import { credentials } from '../explain/layers/credentials';
import { playbookOf } from '../explain/layers/index';
import { rankCauses, type RankedCause } from '../explain/rank';
import { IamIndex } from '../iam/index';
import type { Command, Finding, Lang, Step, Workload } from '../model';
import { toWorkloadGuess } from '../workload/recognize';
import type { WorkloadGuess } from '../workload/types';
import { authorizationStep } from './authorization';
import { awsOwnedStep } from './aws-owned';
import { billingSettingStep } from './billing-setting';
import { stsRegionStep } from './sts-region';
import { clusterRbacStep } from './cluster-rbac';
import { dsqlTokenStep } from './dsql-token';
import { dmsRoleStep } from './dms-role';
import { cloudTrailStep, consoleStep, decodeStep, identityStep } from './common';
import { valuesOf } from './values';
import { workloadStep } from './workload-checks';

export interface StepOptions {
  /** When the error was seen (epoch ms), to bound the CloudTrail search; without it the latest events are read. */
  when?: number;
  /** The text around the finding, for re-reading a plain `Workload` (see RecognizeOptions.context). */
  context?: string;
}

/**
 * Order: the request's authorization details when the message has an ID (they answer the rest) → who am I →
 * (decode the message) → the workload's own role check → the caller's policies and the simulator (the identity
 * layer's checks) → each ranked layer's own checks (trust policy, SCP/RCP, bucket or key policy,
 * boundary, endpoint, session) → CloudTrail → console. Duplicates (the same command twice) are dropped.
 */
export function buildChecks(ctx: Ctx, causes: RankedCause[], options: StepOptions = {}): Step[] {
  const v = valuesOf(ctx);
  if (ctx.facts.finding.category === 'credentials') return credentials.checks(ctx);
  const identity = playbookOf('identity');
  const layered: Step[] = [];
  const seenLayer = new Set<string>();
  for (const c of causes) {
    const playbook = playbookOf(c.policyType);
    if (!playbook || playbook.layer === 'identity') continue;
    // A layer that is only possible in general (an SCP, a boundary: the simulator's step reports both) gets no
    // check of its own; the resource's own policy and what the message points at do.
    if (c.likelihood === 'possible' && !(c.policyType === 'resource' || c.detail === 'root')) continue;
    const key = `${playbook.layer}|${c.detail ?? ''}`;
    if (seenLayer.has(key)) continue;
    seenLayer.add(key);
    layered.push(...playbook.checks(ctx, c));
  }
  // Whoever owns an AWS-owned entity, the caller's own Allow is not what is missing: its checks would look for one.
  const own = v.guess?.kind === 'root' || ctx.facts.awsOwned || ctx.facts.finding.accountSetting === 'sts-region' || ctx.facts.finding.accountSetting === 'cluster-rbac' || ctx.facts.unavailableImage !== null || ctx.facts.dsqlToken || ctx.facts.dmsRole ? [] : (identity?.checks(ctx, causes[0] ?? { policyType: 'identity', likelihood: 'possible', denyKind: 'implicit', detail: null }) ?? []);
  const steps = [authorizationStep(v), billingSettingStep(v), stsRegionStep(v), clusterRbacStep(v), dsqlTokenStep(v), dmsRoleStep(v), awsOwnedStep(v), identityStep(v), decodeStep(v), workloadStep(v), ...own, ...layered, cloudTrailStep(v, options.when), ctx.facts.awsOwned ? null : consoleStep(v)];
  const out: Step[] = [];
  for (const s of steps) if (s && !out.some((o) => o.command !== null && o.command === s.command)) out.push(s);
  return out;
}

/** The commands of the checks, for the explanation's `commands` (DESIGN.md Contract 1): purpose + command. */
export function commandsOf(steps: Step[]): Command[] {
  return steps.filter((s): s is Step & { command: string } => s.command !== null).map((s) => ({ purpose: s.title, command: s.command }));
}

/**
 * The check list for a finding on its own (no IAM data: resources are kept as printed), for callers that have no
 * explanation at hand.
 */
export function buildSteps(finding: Finding, workload: Workload | WorkloadGuess | null, lang: Lang, options: StepOptions = {}): Step[] {
  const guess = workload ? toWorkloadGuess(workload, finding, options.context) : null;
  const facts = readFacts(finding, options.context);
  const ctx = buildContext(facts, new IamIndex([]), lang === 'ja' ? 'ja' : 'en', guess);
  return buildChecks(ctx, rankCauses(facts), options);
}
