// The one door to the test-only IAM oracles: @cloud-copilot/iam-simulate (the evaluation engine) and
// @cloud-copilot/iam-policy (the validators per policy kind). Both are AGPL: they prove the explainer's advice in
// tests and in the eval and never ship (tests/unit/iam/no-agpl.test.ts). Everything else goes through this file, at
// the exact versions package.json pins (versionDrift), so an upgrade is a deliberate change that re-runs every check.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate';

/** The engine's own view of which actions take no resource type (checked against the generated index). */
export { isWildcardOnlyAction } from '@cloud-copilot/iam-simulate';
import { loadPolicy } from '@cloud-copilot/iam-policy';
// The engine's core without its input validation, past the package's exports: its own exported unvalidated runner
// (runUnsafeSimulation, 0.1.173) fails on any resource policy and drops session and endpoint policies. Pinned above.
import { authorize } from '../../node_modules/@cloud-copilot/iam-simulate/dist/esm/core_engine/CoreSimulatorEngine.js';
import { DiscoveryContextKeyConstraints } from '../../node_modules/@cloud-copilot/iam-simulate/dist/esm/context_keys/discoveryContextKeyConstraints.js';
import { AwsRequestImpl } from '../../node_modules/@cloud-copilot/iam-simulate/dist/esm/request/request.js';
import { RequestContextImpl } from '../../node_modules/@cloud-copilot/iam-simulate/dist/esm/requestContext.js';
import {
  validateEndpointPolicy,
  validateIdentityPolicy,
  validateResourceControlPolicy,
  validateResourcePolicy,
  validateServiceControlPolicy,
  validateSessionPolicy,
  validateTrustPolicy,
} from '@cloud-copilot/iam-policy';
import type { FixTarget, PolicyDocument } from '../../lib/model';
import { repoRoot } from '../../scripts/eval/_parse-corpus';

// The eval runs these from a bundle under node_modules/.cache: find the repository by its package.json.
const root = repoRoot();

/** The versions whose behaviour the checks were written against. */
export const PINNED: Readonly<Record<string, string>> = {
  '@cloud-copilot/iam-simulate': '0.1.173',
  '@cloud-copilot/iam-policy': '0.1.109',
};

/** Installed versions that differ from the pinned ones (empty when all match). */
export function versionDrift(): string[] {
  const declared = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> }).devDependencies ?? {};
  const out: string[] = [];
  for (const [name, version] of Object.entries(PINNED)) {
    const installed = (JSON.parse(readFileSync(resolve(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    if (installed !== version) out.push(`${name}: installed ${installed}, pinned ${version}`);
    if (declared[name] !== version) out.push(`${name}: package.json declares ${declared[name] ?? 'nothing'}, pinned ${version}`);
  }
  return out;
}

export type Decision = 'Allowed' | 'ExplicitlyDenied' | 'ImplicitlyDenied' | 'Error';

export interface EngineRequest {
  principal: string;
  action: string;
  resource: string;
  resourceAccount: string;
  context: Record<string, string | string[]>;
}

export interface EngineLayers {
  identity?: PolicyDocument[];
  scp?: PolicyDocument[];
  rcp?: PolicyDocument[];
  boundary?: PolicyDocument[];
  session?: PolicyDocument;
  resource?: PolicyDocument;
  vpce?: PolicyDocument[];
}

export interface EngineResult {
  result: Decision;
  error?: string;
}

const named = (docs: PolicyDocument[] | undefined, prefix: string) => (docs ?? []).map((policy, i) => ({ name: `${prefix}${i}`, policy }));

function simulationOf(req: EngineRequest, layers: EngineLayers): Simulation {
  return {
    request: {
      principal: req.principal,
      action: req.action,
      resource: { resource: req.resource, accountId: req.resourceAccount },
      contextVariables: req.context,
    },
    identityPolicies: named(layers.identity, 'identity'),
    serviceControlPolicies: layers.scp ? [{ orgIdentifier: 'r-root', policies: named(layers.scp, 'scp') }] : [],
    resourceControlPolicies: layers.rcp ? [{ orgIdentifier: 'r-root', policies: named(layers.rcp, 'rcp') }] : [],
    ...(layers.resource ? { resourcePolicy: layers.resource } : {}),
    ...(layers.boundary ? { permissionBoundaryPolicies: named(layers.boundary, 'boundary') } : {}),
    ...(layers.session ? { sessionPolicy: layers.session } : {}),
    ...(layers.vpce ? { vpcEndpointPolicies: named(layers.vpce, 'vpce') } : {}),
  };
}

/**
 * The engine's decision for one request. Validated first, as AWS would see it; two inputs the validated entry point
 * cannot take go through its unvalidated runner: an OIDC provider's own condition keys in a trust policy
 * (token.actions.githubusercontent.com:sub …, unknown to the Service Authorization Reference) and a resource whose
 * ARN fits two resource types of one shape (a Lambda alias and version).
 */
export async function evaluate(req: EngineRequest, layers: EngineLayers): Promise<EngineResult> {
  const res = await runSimulation(simulationOf(req, layers), {});
  if (res.resultType === 'error') {
    if (res.errors.message === 'multiple.resource.types') return unvalidated(req, layers);
    return { result: 'Error', error: `${res.errors.message} ${JSON.stringify(res.errors).slice(0, 400)}` };
  }
  const ignored = res.resultType === 'single' ? (res.result.ignoredContextKeys ?? []) : res.results.flatMap((r) => r.ignoredContextKeys ?? []);
  if (ignored.some((k) => /:(aud|sub)$/.test(k) && k in req.context)) return unvalidated(req, layers);
  return { result: res.overallResult };
}

const ALLOW_ALL_RESOURCE: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] };

function unvalidated(req: EngineRequest, layers: EngineLayers): EngineResult {
  try {
    const load = (doc: PolicyDocument, name: string) => loadPolicy(doc, { name });
    const org = (docs: PolicyDocument[] | undefined, prefix: string) => (docs ? [{ orgIdentifier: 'r-root', policies: docs.map((d, i) => load(d, `${prefix}${i}`)) }] : []);
    const analysis = authorize({
      request: new AwsRequestImpl(req.principal, { resource: req.resource, accountId: req.resourceAccount }, req.action, new RequestContextImpl(req.context), false),
      sessionPolicy: layers.session ? load(layers.session, 'session') : undefined,
      identityPolicies: (layers.identity ?? []).map((d, i) => load(d, `identity${i}`)),
      serviceControlPolicies: org(layers.scp, 'scp'),
      // The validated entry point adds AWS's default RCPFullAWSAccess; so must this one.
      resourceControlPolicies: org(layers.rcp ? [ALLOW_ALL_RESOURCE, ...layers.rcp] : undefined, 'rcp'),
      resourcePolicy: layers.resource ? load(layers.resource, 'resource') : undefined,
      permissionBoundaries: layers.boundary?.map((d, i) => load(d, `boundary${i}`)),
      vpcEndpointPolicies: layers.vpce?.map((d, i) => load(d, `vpce${i}`)),
      simulationParameters: { simulationMode: 'Strict', discoveryContextKeyConstraints: new DiscoveryContextKeyConstraints([]) },
    });
    return { result: analysis.result as Decision };
  } catch (err) {
    return { result: 'Error', error: String(err) };
  }
}

/** The validator of iam-policy for the kind of policy a fix targets. */
export function validatorFor(target: FixTarget): ((doc: unknown) => Array<{ path: string; message: string }>) | null {
  switch (target) {
    case 'identity-policy':
    case 'permissions-boundary':
      // A boundary is a managed policy of identity-policy grammar.
      return validateIdentityPolicy;
    case 'trust-policy':
      return validateTrustPolicy;
    case 'resource-policy':
      return validateResourcePolicy;
    case 'scp':
      return validateServiceControlPolicy;
    case 'rcp':
      return validateResourceControlPolicy;
    case 'session-policy':
      return validateSessionPolicy;
    case 'vpc-endpoint-policy':
      return validateEndpointPolicy;
    default:
      return null;
  }
}
