// IAM Access Troubleshooter (issue 12): a 2026 denial message ends with an authorization ID and a console link to
// that request's details — which policy and which statement decided, per action and resource, dependent actions
// included. Reading them is the fastest check there is, so it comes first; but the denied identity usually lacks
// iam:GetRequestAuthorizationDetails, and AWS keeps the details for at least 24 hours only, so the step says who can
// read them and the access request carries the ID.
import { isRegion } from '../explain/values';
import type { Finding, Step } from '../model';
import type { Partition } from '../arn';
import { consoleHost } from './links';
import { sh } from './shell';
import { say, sentences, globalRegion } from './common';
import type { StepValues } from './values';

/** How long AWS keeps a request's authorization details at least (IAM User Guide), in ms. */
export const AUTHORIZATION_DETAILS_KEPT_MS = 24 * 60 * 60 * 1000;

const ID = /^[0-9A-Za-z]{4,128}$/;

/** The authorization ID of a finding, when it has a well-formed one. */
export function authorizationIdOf(finding: Pick<Finding, 'authorizationId'>): string | null {
  const id = finding.authorizationId?.trim();
  return id && ID.test(id) ? id : null;
}

/**
 * The console page of the request's details, composed here from the ID and the region the message's link names —
 * never the link as printed (Link.url is always ours: a page could print any address after "Go to").
 */
export function authorizationDetailsUrl(finding: Pick<Finding, 'authorizationId' | 'authorizationUrl'>, partition: Partition | null): string | null {
  const id = authorizationIdOf(finding);
  const host = consoleHost(partition);
  if (!id || !host) return null;
  const region = regionOf(finding.authorizationUrl ?? null);
  // The commercial console serves every region under its own subdomain, as the message's link does.
  const regional = region && (partition ?? 'aws') === 'aws' ? host.replace('https://', `https://${region}.`) : host;
  return `${regional}/iam/home${region ? `?region=${region}` : ''}#/authorization-details/${id}`;
}

function regionOf(url: string | null): string | null {
  if (!url) return null;
  const query = /[?&]region=([a-z0-9-]{1,30})(?:[&#]|$)/.exec(url)?.[1];
  if (isRegion(query)) return query;
  const sub = /^https:\/\/([a-z0-9-]{1,30})\.console\./.exec(url)?.[1];
  return isRegion(sub) ? sub : null;
}

export function authorizationCommand(id: string, partition: Partition | null): string {
  return `aws iam-toolbox get-request-authorization-details --authorization-id ${sh(id)}${globalRegion({ partition })}`;
}

export function authorizationStep(v: StepValues): Step | null {
  const id = authorizationIdOf(v.finding);
  if (!id) return null;
  // A pasted details answer names the deciding statement; its policy document (as captured when the request was
  // evaluated) is one more call away — pasted too, it lets the fix keep the statement's own exemptions.
  const missing = statementToFetch(v.finding);
  const policyCommand = missing
    ? `aws iam-toolbox get-request-authorization-policy --authorization-id ${sh(id)} --policy-uri ${sh(missing.uri)}${globalRegion({ partition: v.partition })}`
    : null;
  return {
    title: say(v, 'authz.title', { id }),
    command: policyCommand ? `${authorizationCommand(id, v.partition)}\n${policyCommand}` : authorizationCommand(id, v.partition),
    meaning: sentences(
      v,
      say(v, 'authz.meaning'),
      say(v, 'authz.who'),
      say(v, 'authz.kept'),
      missing ? say(v, 'authz.policy', { sid: missing.sid, uri: missing.uri }) : null,
    ),
    url: authorizationDetailsUrl(v.finding, v.partition),
  };
}

/** The deciding Deny statement a details answer names without its document, when its policy has a URI. */
function statementToFetch(finding: Finding): { sid: string; uri: string } | null {
  const deny = (finding.matchedStatements ?? []).find((s) => s.effect === 'Deny' && s.sid && s.policyUri && !s.statement);
  return deny?.sid && deny.policyUri ? { sid: deny.sid, uri: deny.policyUri } : null;
}

/** Until when the details are likely kept, from when the denial was first seen; `expired` once that has passed. */
export function authorizationWindow(firstSeenAt: number, now: number): { until: number; expired: boolean } | null {
  if (!Number.isFinite(firstSeenAt) || !Number.isFinite(now)) return null;
  const until = firstSeenAt + AUTHORIZATION_DETAILS_KEPT_MS;
  return { until, expired: now >= until };
}
