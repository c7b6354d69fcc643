// Everything a playbook needs about one finding: the facts read from it, the denied action(s) with their IAM
// metadata, the resource shaped for a policy, and the translators. Built once per explanation.
import type { IamIndex } from '../iam/index';
import { splitAction } from '../iam/index';
import { passRoleNeed } from '../iam/dependent-actions';
import type { ActionInfo } from '../iam/types';
import { translator, type Translate } from '../i18n/index';
import { explainMessages, type ExplainKey } from '../i18n/explain';
import { verdictMessages, type VerdictKey } from '../i18n/explain-verdict';
import type { Lang } from '../model';
import { describeWorkloadTarget, type WorkloadTarget } from '../workload/target';
import type { WorkloadGuess } from '../workload/types';
import type { Facts } from './facts';
import { resolveResource, type ResolvedResource } from './resource';
import { asPartition, parseArn, partitionOfRegion, type Partition } from '../arn';
import { targetName } from './verdict';

export interface DeniedAction {
  /** Canonical `service:Action` (AWS's case) when the index knows it, else as printed with a lower-case prefix. */
  action: string;
  info: ActionInfo | null;
  /** The action's service has IAM data that could not be read this time (so `info` says nothing about AWS). */
  unavailable: boolean;
  resource: ResolvedResource;
}

export interface Ctx {
  facts: Facts;
  lang: Lang;
  t: Translate<ExplainKey>;
  tv: Translate<VerdictKey>;
  iam: IamIndex;
  partition: Partition;
  primary: DeniedAction | null;
  /** Further actions the same operation needs (CopyObject: s3:GetObject on the source). */
  others: DeniedAction[];
  /** The workload behind the principal (lib/workload), when one was recognised: fixes name it and its role. */
  workload: WorkloadGuess | null;
  /** Where a fix for that workload lands and why (note, noun phrase, summary, hedge for weak readings). */
  workloadTarget: WorkloadTarget | null;
  /** The principal as the fix's target, e.g. "role Dev", "permission set Admin", "user bob". */
  targetName: string;
}

export function canonicalAction(printed: string, iam: IamIndex): { action: string; info: ActionInfo | null } {
  const info = iam.action(printed);
  if (info) return { action: info.action, info };
  // A service that asks for a trailing wildcard (CloudFront: "add permission: lambda:EnableReplication*") is granted it
  // as asked; the action it stems from gives the resource types.
  const stem = /^([^*]+)\*$/.exec(printed.trim())?.[1];
  const stemInfo = stem && /:[A-Za-z0-9]+$/.test(stem) ? iam.action(stem) : null;
  if (stemInfo) return { action: `${stemInfo.action}*`, info: stemInfo };
  const parts = splitAction(printed);
  return { action: parts ? `${parts.service}:${parts.name}` : printed.trim(), info: null };
}

function partitionOf(f: Facts): Partition {
  if (f.principal.partition) return f.principal.partition;
  const r = f.resource ? parseArn(f.resource.replace(/\s+/g, '')) : null;
  return asPartition(r?.partition) ?? (f.regionHint ? partitionOfRegion(f.regionHint) : 'aws');
}

export function buildContext(facts: Facts, iam: IamIndex, lang: Lang, workload: WorkloadGuess | null = null): Ctx {
  const partition = partitionOf(facts);
  // Two unknown accounts (the caller's and the resource's are both masked) get two placeholders.
  const accountToken = facts.principal.placeholders.includes('CALLER_ACCOUNT_ID') ? 'TARGET_ACCOUNT_ID' : 'ACCOUNT_ID';
  const deny = (printed: string, resource: string | null): DeniedAction => {
    const { action, info } = canonicalAction(printed, iam);
    const service = splitAction(action)?.service;
    const unavailable = !info && !!service && iam.isUnavailable(service);
    const rctx = { partition, principalAccount: facts.principal.account, regionHint: facts.regionHint, accountToken, dataUnavailable: unavailable };
    return { action, info, unavailable, resource: resolveResource(info, resource, rctx) };
  };
  const primary = facts.action ? deny(facts.action, facts.resource) : null;
  const others = facts.otherActions.map((a) => deny(a.action, a.resource));
  const tv = translator(verdictMessages, lang);
  return {
    facts,
    lang,
    t: translator(explainMessages, lang),
    tv,
    targetName: targetName(facts, tv),
    iam,
    partition,
    primary,
    others,
    workload,
    workloadTarget: workload ? describeWorkloadTarget(workload, facts.finding, lang) : null,
  };
}

/** The IAM services an explanation of this finding may look up, so only their data is loaded. */
export function neededServices(facts: Facts): string[] {
  const out = new Set<string>();
  for (const a of [facts.action, ...facts.otherActions.map((o) => o.action)]) {
    const parts = a ? splitAction(a) : null;
    if (parts) out.add(parts.service);
    if (a && passRoleNeed(a)) out.add('iam');
  }
  if (facts.service) out.add(facts.service);
  if (out.has('s3')) out.add('kms');
  return [...out];
}
