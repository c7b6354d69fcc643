// The diagnosis check list a careful engineer runs, in order, with the message's values in place and what each
// result means. Pure: the side panel renders it as a checklist, the terminal prints it.
import type { Finding, Lang, Step, Workload } from '../model';
import { toWorkloadGuess } from '../workload/recognize';
import type { WorkloadGuess } from '../workload/types';
import {
  cloudTrailStep,
  consoleStep,
  decodeStep,
  identityStep,
  organizationSteps,
  policiesStep,
  resourcePolicyStep,
  simulateStep,
  trustStep,
} from './common';
import { credentialSteps } from './credentials';
import { readValues } from './values';
import { workloadStep } from './workload-checks';

export interface StepOptions {
  /** When the error was seen (epoch ms), to bound the CloudTrail search; without it the latest events are read. */
  when?: number;
  /** The text around the finding, for re-reading a plain `Workload` (see RecognizeOptions.context). */
  context?: string;
}

/**
 * Order: who am I → (decode the message) → the workload's own role check → the role's or user's policies →
 * simulate → the layers the message names (trust policy, SCP/RCP, bucket or key policy) → CloudTrail → console.
 */
export function buildSteps(finding: Finding, workload: Workload | WorkloadGuess | null, lang: Lang, options: StepOptions = {}): Step[] {
  const guess = workload ? toWorkloadGuess(workload, finding, options.context) : null;
  const v = readValues(finding, guess, lang === 'ja' ? 'ja' : 'en');
  if (finding.category === 'credentials') return credentialSteps(v);
  const steps = [
    identityStep(v),
    decodeStep(v),
    workloadStep(v),
    policiesStep(v),
    simulateStep(v),
    trustStep(v),
    ...organizationSteps(v),
    resourcePolicyStep(v),
    cloudTrailStep(v, options.when),
    consoleStep(v),
  ];
  return steps.filter((s): s is Step => s !== null);
}
