// Checks the explainer's fixes with a real IAM evaluation engine (through tests/support/iam-engine.ts, the one door
// to iam-simulate). For each policy fix: the denied request, rebuilt from the finding, must be Allowed once the fix is
// in place at its layer, and a near miss (another action, resource or principal) must stay denied. For each edit of a
// denying statement (an explicit deny): the statement is modelled at its widest (the denied action on every
// resource), the edit applied, and then the denied request must pass while another principal stays denied — on this
// resource and on others — so the guardrail still stands. Placeholders are replaced by sample values first, as a user
// would fill them in. Shared by tests/unit/explain and the eval (tests/eval/explain.ts).
import { parseArn } from '../../lib/arn';
import { loadIndex } from '../../lib/iam/load';
import { fillTemplate, matchTemplate } from '../../lib/iam/arn-template';
import { containsMask } from '../../lib/mask';
import { createsOwnType, elidedLocation, isAwsHostedTransform } from '../../lib/explain/resource';
import { readFacts } from '../../lib/explain/facts';
import { unmaskWithin } from '../../lib/explain/values';
import type { IamIndex } from '../../lib/iam/index';
import type { Explanation, Finding, Fix, PolicyDocument, PolicyStatement } from '../../lib/model';
import { evaluate as engine, type EngineLayers, type EngineRequest } from './iam-engine';

type Result = 'Allowed' | 'ExplicitlyDenied' | 'ImplicitlyDenied' | 'Error';

export interface Probe {
  what: string;
  expect: 'Allowed' | 'Denied';
  result: Result;
  ok: boolean;
  error?: string;
}

export interface FixCheck {
  index: number;
  target: Fix['target'];
  ok: boolean;
  probes: Probe[];
  skipped?: string;
  /** How the check had to stand in for something the message printed (e.g. a resource type the data lacks). */
  note?: string;
}

export interface ExplanationCheck {
  /** Fixes that carry a policy or an edit of a denying statement, and were checked. */
  checked: FixCheck[];
  /** Every checked fix passed every probe. */
  confirmed: boolean;
}

const SAMPLE_ACCOUNT = '111122223333';
const OTHER_ACCOUNT = '444455556666';
const FIXED: Record<string, string> = {
  ACCOUNT_ID: SAMPLE_ACCOUNT,
  CALLER_ACCOUNT_ID: SAMPLE_ACCOUNT,
  TARGET_ACCOUNT_ID: OTHER_ACCOUNT,
  REGION: 'us-east-1',
  KEY_ID: '1234abcd-12ab-34cd-56ef-1234567890ab',
};

/** A placeholder's sample value: BUCKET_NAME → bucket-name. */
function sample(token: string): string {
  return FIXED[token] ?? token.toLowerCase().replace(/_/g, '-');
}

function substitute(text: string, tokens: string[]): string {
  let out = text;
  for (const tk of [...tokens].sort((a, b) => b.length - a.length)) out = out.split(tk).join(sample(tk));
  return out;
}

function subst<T>(value: T, tokens: string[]): T {
  return JSON.parse(substitute(JSON.stringify(value), tokens)) as T;
}

const isAccount = (v: string | undefined): boolean => !!v && /^\d{12}$/.test(v);
const masked = (v: string): boolean => !/^[A-Za-z0-9+=,.@_/-]+$/.test(v) || containsMask(v);

/**
 * Whether the finding's caller is a service by its product name ("CodeBuild", "CloudWatch Alarms") that the fix admits
 * by its service principal: the name, lower case without spaces, starts with the principal's service part or the
 * other way round. Abbreviations (AMP for aps) are not confirmed here.
 */
function namesService(finding: Finding, service: string): boolean {
  if (finding.principalType !== 'unknown' || !finding.principal || finding.principal.includes(':')) return false;
  const name = finding.principal.toLowerCase().replace(/^(?:amazon|aws)\s+/, '').replace(/\s+/g, '');
  const part = service.replace(/\.amazonaws\.com$/, '');
  return part.length >= 3 && (name.startsWith(part) || part.startsWith(name));
}

/** Redshift's database user (`arn:aws:redshift:…:dbuser:c/u`) asking for a role stands for Redshift, as the explainer reads it. */
const redshiftUser = (finding: Finding, service: string): boolean =>
  service === 'redshift.amazonaws.com' && /^arn:[\w-]+:redshift:[^:]*:[^:]*:dbuser:/.test(finding.principal ?? '');

/** The principal ARN of the finding with masks replaced the way the explainer's placeholders are filled. */
function requestPrincipal(finding: Finding, accountIfMasked: string): string | null {
  if (!finding.principal) return null;
  const a = parseArn(finding.principal.replace(/\s+/g, ''));
  // An ARN elided after its account (`arn:aws:iam::...`) or garbled past it (a docs page's `arn:aws:sts::account::ID:`)
  // names no principal: the explanation's placeholder stands for it.
  if (!a || !/^[A-Za-z]/.test(a.resource)) return null;
  const partition = /^aws(-[a-z]+)*$/.test(a.partition) ? a.partition : 'aws';
  const account = isAccount(a.account) ? a.account : accountIfMasked;
  const parts = a.resource.split('/');
  const fixed = parts.map((p, i) => {
    if (i === 0 || !masked(p)) return p;
    // A name with a mask inside (`MyRole-<hash>`, not a mask as a whole): the explanation keeps its text and makes
    // the mask a placeholder (lib/explain/principal.ts), so the request names the same principal.
    const tokens: string[] = [];
    const within = containsMask(p) ? p : substitute(unmaskWithin(p, tokens), tokens);
    if (tokens.length > 0 && !masked(within)) return within;
    return a.service === 'sts' && i === 1 ? 'role-name' : a.service === 'iam' && parts[0] === 'user' ? 'user-name' : 'session';
  });
  // A session retyped under iam (`arn:aws:iam::…:assumed-role/R/s`) was an STS session when AWS evaluated it.
  const service = a.service === 'iam' && fixed[0] === 'assumed-role' ? 'sts' : a.service;
  // A session ARN printed without its session name (`assumed-role/NAME`) is still a session of that role.
  if (service === 'sts' && fixed[0] === 'assumed-role' && fixed.length === 2) fixed.push('session');
  return `arn:${partition}:${service}:${a.region}:${account}:${fixed.join('/')}`;
}

/**
 * aws:PrincipalArn of a principal: for a session, its role's ARN — Identity Center roles live under
 * aws-reserved/sso.amazonaws.com/, other roles are taken to have no path — else the principal itself.
 */
function principalArnOf(principal: string): string {
  const m = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)(?:\/|$)/.exec(principal);
  if (!m) return principal;
  const path = m[3]?.startsWith('AWSReservedSSO_') ? 'aws-reserved/sso.amazonaws.com/' : '';
  return `arn:${m[1]}:iam::${m[2]}:role/${path}${m[3]}`;
}

function accountOf(arn: string, fallback: string): string {
  const a = parseArn(arn);
  return a && isAccount(a.account) ? a.account : fallback;
}

function statementsOf(policy: PolicyDocument): PolicyStatement[] {
  return policy.Statement;
}

function list(v: string | string[] | undefined): string[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** IAM's wildcard match for Action/Resource values. */
function wildcardMatch(pattern: string, value: string): boolean {
  const re = new RegExp('^' + pattern.split('*').map((s) => s.split('?').map((x) => x.replace(/[.+^${}()|[\]\\]/g, '\\$&')).join('.')).join('.*') + '$', 'i');
  return re.test(value);
}

const ALLOW_ALL: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
const ALLOW_ALL_RESOURCE: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] };

type Request = EngineRequest;
type Layers = EngineLayers;

async function evaluate(req: Request, layers: Layers): Promise<{ result: Result; error?: string }> {
  return engine(req, layers);
}

function probe(what: string, expect: 'Allowed' | 'Denied', r: { result: Result; error?: string }): Probe {
  const ok = expect === 'Allowed' ? r.result === 'Allowed' : r.result === 'ExplicitlyDenied' || r.result === 'ImplicitlyDenied';
  return { what, expect, result: r.result, ok, ...(r.error ? { error: r.error } : {}) };
}

/**
 * Other actions of the same service and resource shape that the fix does not name, best first. Actions a wildcard
 * in the fix would cover count as near misses too: a least-privilege fix names what it allows. For an action
 * that works only on "*", any other such action will do (KMS's ListKeys when the service has no second one).
 */
function otherActions(iam: IamIndex, action: string, resource: string, named: string[]): string[] {
  const info = iam.action(action);
  if (!info) return [];
  const literal = new Set(named.filter((n) => !/[*?]/.test(n)).map((n) => n.toLowerCase()));
  const out: string[] = [];
  const pool = resource === '*' ? [...iam.actionsOf(info.service), ...iam.actionsOf('kms'), ...iam.actionsOf('iam')] : iam.actionsOf(info.service);
  for (const a of pool) {
    if (literal.has(a.action.toLowerCase()) || a.action === info.action) continue;
    if (resource === '*' ? a.resourceTypes.length !== 0 : !a.resourceTypes.some((rt) => matchTemplate(rt.arn, resource))) continue;
    out.push(a.action);
    if (out.length >= 5) break;
  }
  return out;
}

/** The same resource with its name (or, for a resource without a name, its region) changed so that no statement matches. */
function otherResource(resource: string, patterns: string[], templates: string[]): string | null {
  if (resource === '*' || !resource.startsWith('arn:')) return null;
  const a = parseArn(resource);
  if (!a || !a.resource) return null;
  const prefix = `arn:${a.partition}:${a.service}:${a.region}:${a.account}:`;
  const segments = a.resource.split('/');
  const candidates: string[] = [];
  // A sibling, not a child: after a trailing separator (`…:log-stream:`, `stack/NAME/`) a suffix would name a resource
  // below the denied one.
  if (!a.resource.endsWith('*') && !/[/:]$/.test(a.resource)) candidates.push(prefix + a.resource + '-nearmiss');
  for (let i = segments.length - 1; i >= 0; i--) {
    const seg = segments[i] ?? '';
    if (seg === '' || seg.includes('*') || (i === 0 && segments.length > 1)) continue;
    const copy = [...segments];
    copy[i] = `nearmiss-${seg}`;
    candidates.push(prefix + copy.join('/'));
  }
  if (a.region) candidates.push(`arn:${a.partition}:${a.service}:${a.region === 'us-west-2' ? 'eu-west-1' : 'us-west-2'}:${a.account}:${a.resource}`);
  // A fix that covers every resource of the service in the account (a call acting on several types alike) still leaves
  // another account's out.
  if (isAccount(a.account)) candidates.push(`arn:${a.partition}:${a.service}:${a.region}:${a.account === OTHER_ACCOUNT ? SAMPLE_ACCOUNT : OTHER_ACCOUNT}:${a.resource}`);
  for (const c of candidates) {
    if (templates.length && !typed(templates, c)) continue;
    if (!patterns.some((p) => wildcardMatch(p, c))) return c;
  }
  return null;
}

/** Whether an ARN cut at a separator names something below its type word (`stack/NAME/`, an S3 `bucket/`), not just the type (`session/`). */
function namesBelowType(arn: string): boolean {
  const a = parseArn(arn);
  if (!a) return false;
  return a.service === 's3' || /[/:]/.test(a.resource.replace(/[/:]$/, ''));
}

/** A filled template with its placeholders replaced by sample values. */
function sampled(filled: { arn: string; placeholders: string[] }): string {
  let arn = filled.arn;
  for (const p of filled.placeholders) arn = arn.split(p).join(sample(p));
  return arn;
}

/**
 * A message that printed a pattern (`stack/api-dev/*`, `…:*\/*`) stands for some resource it covers: a sample
 * instance of the action's resource types that the pattern and the fix's statement both match.
 */
function concreteInstance(iam: IamIndex, action: string, pattern: string, statements: PolicyStatement[], defaultAccount: string): string | null {
  const info = iam.action(action);
  if (!info) return null;
  const a = parseArn(pattern);
  const region = a && /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/.test(a.region) ? a.region : 'us-east-1';
  const account = a && isAccount(a.account) ? a.account : defaultAccount;
  const patterns = statements.flatMap((st) => [...list(st.Resource), ...list(st.NotResource)]);
  for (const rt of info.resourceTypes) {
    const vars: Record<string, string> = { Partition: a?.partition ?? 'aws', Region: region, Account: account };
    // A pattern's trailing `*` may span several of the template's parts (`regional/webacl/*` for `${Scope}/webacl/${Name}/${Id}`).
    const fromPattern = matchTemplate(rt.arn, pattern) ?? (pattern.endsWith('*') ? matchTemplate(rt.arn, `${pattern}/*`) ?? matchTemplate(rt.arn, `${pattern}/*/*`) : null);
    for (const [k, v] of Object.entries(fromPattern ?? {})) if (!v.includes('*')) vars[k] = v;
    // Only the template's own placeholders are sampled: a name the pattern gave (`stack/CDKToolkit/*`) stays as written.
    const candidate = sampled(fillTemplate(rt.arn, vars));
    const fitsStatement = patterns.length === 0 || patterns.some((p) => p === '*' || wildcardMatch(p, candidate));
    if (wildcardMatch(pattern, candidate) && fitsStatement) return candidate;
  }
  // The printed pattern fits none of the action's types (AWS printed the wrong service's ARN): any sample will do.
  for (const rt of info.resourceTypes) {
    const vars: Record<string, string> = { Partition: a?.partition ?? 'aws', Region: region, Account: account };
    const candidate = sampled(fillTemplate(rt.arn, vars));
    if (patterns.length === 0 || patterns.some((p) => p === '*' || wildcardMatch(p, candidate))) return candidate;
  }
  return null;
}

/** Whether an ARN is of one of these resource types, with the location parts its template requires. */
function typed(templates: string[], arn: string): boolean {
  return templates.some((t) => {
    const vars = matchTemplate(t, arn);
    if (!vars) return false;
    return Object.entries(vars).every(([k, v]) => (k === 'Region' || k === 'Account' ? v !== '' : true));
  });
}

function oneOrList(values: string[]): string | string[] {
  return values.length === 1 ? (values[0] ?? '') : values;
}

function placeholdersOf(fixes: Fix[]): string[] {
  const all = new Set<string>(['ACCOUNT_ID', 'REGION']);
  for (const f of fixes) for (const p of f.placeholders ?? []) all.add(p);
  return [...all];
}

function conditionValue(st: PolicyStatement, key: string): string | null {
  for (const block of Object.values(st.Condition ?? {})) {
    const v = block[key];
    if (typeof v === 'string') return v;
    if (Array.isArray(v) && typeof v[0] === 'string') return v[0];
  }
  return null;
}

let iamCache: IamIndex | null = null;

export async function checkExplanation(e: Explanation): Promise<ExplanationCheck> {
  const tokens = placeholdersOf(e.fixes);
  const fixes = e.fixes.map((f) => subst(f, tokens));
  const services = new Set<string>(['iam', 'sts', 'kms']);
  for (const f of fixes) for (const st of f.policy?.Statement ?? []) for (const a of list(st.Action)) services.add(a.split(':')[0] ?? '');
  for (const f of fixes) if (f.edit) services.add(f.edit.action.split(':')[0] ?? '');
  if (e.finding.action) services.add(e.finding.action.split(':')[0]?.toLowerCase() ?? '');
  const iam = await loadIndex(services);
  iamCache = iam;
  const checked: FixCheck[] = [];
  for (const [index, fix] of fixes.entries()) {
    if (fix.policy) checked.push(await checkFix(e, fix, fixes, index, iam, tokens, false));
    else if (fix.edit) checked.push(await checkFix(e, { ...fix, policy: editAsStatement(fix) }, fixes, index, iam, tokens, true));
  }
  return { checked, confirmed: checked.length > 0 && checked.every((c) => c.ok) };
}

/** Layers whose statements name a Principal (resource-based, RCP, VPC endpoint, trust). */
const PRINCIPAL_LAYERS = new Set<Fix['target']>(['resource-policy', 'rcp', 'vpc-endpoint-policy', 'trust-policy']);

/**
 * The denying statement as the edit leaves it, modelled at its widest — the denied action on every resource — so the
 * probes show what the added condition does and that the deny still stands for everyone else.
 */
function editAsStatement(fix: Fix): PolicyDocument {
  const edit = fix.edit!;
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Deny',
        ...(PRINCIPAL_LAYERS.has(fix.target) ? { Principal: '*' as const } : {}),
        Action: edit.action,
        Resource: '*',
        Condition: edit.addCondition,
      },
    ],
  };
}

async function checkFix(e: Explanation, fix: Fix, fixes: Fix[], index: number, iam: IamIndex, tokens: string[], isEdit: boolean): Promise<FixCheck> {
  const policy = fix.policy as PolicyDocument;
  const statements = statementsOf(policy);
  const main = statements[0];
  const out: FixCheck = { index, target: fix.target, ok: false, probes: [] };
  if (!main) return { ...out, skipped: 'empty policy' };
  const finding = e.finding;
  const explicit = main.Effect === 'Deny';
  const action = list(main.Action)[0] ?? '';

  // The request AWS denied, rebuilt from the finding (masks → sample values), falling back on the fix only for
  // what the message did not say.
  const printed = finding.resource?.replace(/^(role|user|policy)\s+/i, '') ?? null;
  // A masked name (key/x, <KEY_ID>) says nothing the user could put in a policy: then the fix's placeholder,
  // filled in, stands for it.
  const fromMessage = printed && /^(arn:|aws)/.test(printed) && !maskedName(printed) ? substitute(normalizeArn(printed, tokens.includes('TARGET_ACCOUNT_ID') ? 'TARGET_ACCOUNT_ID' : 'ACCOUNT_ID'), tokens) : null;
  // Key, secret and repository policies name no resource (or "*"): the policy's resource is the one it is attached to.
  const statementResource =
    list(main.Resource)[0] ?? (fix.target === 'trust-policy' || fix.target === 'resource-policy' ? fix.attachTo ?? '*' : '*');
  let resource = statementResource;
  const printedInfo = iam.action(finding.action ?? action) ?? iam.action(action);
  const templates = printedInfo?.resourceTypes.map((r) => r.arn) ?? [];
  // The ARN as printed when it is a complete resource of the action; else the fix's completed form of it.
  const usable = fromMessage && (templates.length === 0 || typed(templates, fromMessage) || !typed(templates, statementResource));
  if (fromMessage && usable && statementResource !== '*' && !explicit) resource = fromMessage;
  if (explicit) resource = fromMessage && usable && statementResource !== '*' ? fromMessage : statementResource === '*' ? (main.NotResource ? list(main.NotResource)[0] ?? '*' : '*') : statementResource;
  // An edited statement is modelled on every resource: the request is the one the message printed.
  if (isEdit && fromMessage && usable) resource = fromMessage;
  if (explicit && main.NotResource) resource = list(main.NotResource)[0] ?? resource;
  if (resource.includes('??????')) resource = resource.replace('??????', 'AbCdEf');
  // An action without resource types is evaluated on "*" whatever ARN the message printed.
  const typesOfAction = iam.action(finding.action ?? action) ?? iam.action(action);
  if (typesOfAction && typesOfAction.resourceTypes.length === 0) resource = '*';
  // The engine types every resource against the IAM data: a pattern the message printed (stack/api-dev/*) or an
  // ARN of a type the data does not list (a CloudFormation transform) is replaced by a sample instance of the
  // action's resource type, in the request and in the fix alike, so the rest of the fix is still checked.
  let sampleNote: string | undefined;
  const info = iam.action(finding.action ?? action) ?? iam.action(action);
  if (info && info.resourceTypes.length > 0 && (resource === '*' || resource.includes('*') || !typed(info.resourceTypes.map((r) => r.arn), resource))) {
    const callerAccount = parseArn(finding.principal?.replace(/\s+/g, '') ?? '')?.account;
    const untyped = !typed(info.resourceTypes.map((r) => r.arn), resource) && resource !== '*' && !resource.includes('*');
    // An untyped ARN is replaced in the fix as well, so the sample need not match the fix's statements.
    const inst = concreteInstance(iam, info.action, resource, untyped ? [] : statements, isAccount(callerAccount) ? (callerAccount as string) : SAMPLE_ACCOUNT);
    if (inst) {
      if (untyped) {
        for (const st of statements) {
          if (st.Resource !== undefined) st.Resource = oneOrList(list(st.Resource).map((r) => (r === resource ? inst : r)));
          if (st.NotResource !== undefined) st.NotResource = oneOrList(list(st.NotResource).map((r) => (r === resource ? inst : r)));
        }
        sampleNote = `resource ${resource} is not of a type the IAM data lists; sample ${inst} used`;
      }
      resource = inst;
    }
  }

  // A masked principal account is the explanation's ACCOUNT_ID placeholder, filled in like any other.
  // Names the message wrote as placeholders (`assumed-role/ROLE_NAME/…`) are the explanation's placeholders too.
  const written = requestPrincipal(finding, SAMPLE_ACCOUNT);
  const principal0 = written ? substitute(written, tokens.filter((t) => !/ACCOUNT_ID$/.test(t))) : null;
  // A caller the message names without an ARN (an access key, a user name) is the explanation's CALLER_ROLE_NAME in
  // the account the finding gives.
  let principal = principal0 ?? `arn:aws:iam::${isAccount(finding.accountId ?? '') ? finding.accountId : SAMPLE_ACCOUNT}:role/caller-role-name`;
  if (fix.target === 'trust-policy' || fix.target === 'resource-policy') {
    const p = main.Principal;
    if (p && p !== '*') {
      const fed = list(p.Federated)[0];
      const aws = list(p.AWS)[0];
      // A service calling for itself (CloudTrail's AWSService caller) is named by its service principal.
      const service = list(p.Service)[0];
      if (fed) principal = fed;
      else if (service && ((!principal0 && (service === finding.principal || namesService(finding, service))) || redshiftUser(finding, service))) principal = service;
      else if (!principal0 && aws) principal = aws;
    }
  }
  const principalAccount = accountOf(principal, SAMPLE_ACCOUNT);
  let resourceAccount = resource === '*' ? principalAccount : accountOf(resource, principalAccount);
  if (fix.target === 'trust-policy') {
    resource = fix.attachTo ?? resource;
    resourceAccount = accountOf(resource, principalAccount);
  }
  const context: Record<string, string | string[]> = { 'aws:PrincipalArn': principalArnOf(principal) };
  const passed = conditionValue(main, 'iam:PassedToService');
  if (passed) context['iam:PassedToService'] = passed;
  const via = conditionValue(main, 'kms:ViaService');
  if (via) context['kms:ViaService'] = via;
  // A service principal's request carries the account it acts for: the one the fix names.
  const sourceAccount = !principal.startsWith('arn:') ? conditionValue(main, 'aws:SourceAccount') : null;
  if (sourceAccount) context['aws:SourceAccount'] = sourceAccount;
  for (const st of statements) {
    for (const block of Object.values(st.Condition ?? {})) {
      for (const [k, v] of Object.entries(block)) {
        if (/:(aud|sub)$|^SAML:aud$/.test(k) && typeof v === 'string') context[k] = v.replace(/\*/g, 'x');
      }
    }
  }
  let act = action;
  if (fix.target === 'resource-policy' && action.startsWith('kms:') && fix.attachTo) resource = fix.attachTo;
  if (fix.target === 'resource-policy' && action.startsWith('kms:') && fix.attachTo) resourceAccount = accountOf(resource, principalAccount);
  if (finding.action && !action.startsWith('kms:') && fix.target !== 'trust-policy' && iam.action(finding.action)) {
    act = iam.action(finding.action)?.action ?? action;
  }
  const req: Request = { principal, action: act, resource, resourceAccount, context };
  const crossAccount = resourceAccount !== principalAccount;
  const otherSide = (kind: 'identity' | 'resource'): PolicyDocument | undefined => {
    const f = fixes.find((x) => x !== fix && x.policy && (kind === 'identity' ? x.target === 'identity-policy' : x.target === 'resource-policy'));
    return f?.policy ?? undefined;
  };
  const kmsDefault: PolicyDocument = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${resourceAccount}:root` }, Action: 'kms:*', Resource: '*' }],
  };

  const layersWith = (doc: PolicyDocument): Layers => {
    switch (fix.target) {
      case 'identity-policy':
        return explicit
          ? { identity: [ALLOW_ALL, doc] }
          : {
              identity: [doc],
              ...(crossAccount ? { resource: otherSide('resource') ?? ALLOW_ALL_RESOURCE } : act.startsWith('kms:') ? { resource: kmsDefault } : {}),
            };
      case 'resource-policy':
      case 'trust-policy':
        return {
          resource: explicit ? mergeDocs(ALLOW_ALL_RESOURCE, doc) : doc,
          identity: explicit ? [ALLOW_ALL] : crossAccount || fix.target === 'trust-policy' ? [otherSide('identity') ?? emptyDoc()] : [],
        };
      case 'scp':
        return { scp: explicit ? [ALLOW_ALL, doc] : [doc], identity: [ALLOW_ALL] };
      case 'rcp':
        return { rcp: [doc], identity: [ALLOW_ALL] };
      case 'permissions-boundary':
        return { boundary: explicit ? [ALLOW_ALL, doc] : [doc], identity: [ALLOW_ALL] };
      case 'session-policy':
        return { session: explicit ? mergeDocs(ALLOW_ALL, doc) : doc, identity: [ALLOW_ALL] };
      case 'vpc-endpoint-policy':
        return { vpce: explicit ? [mergeDocs(ALLOW_ALL_RESOURCE, doc)] : [doc], identity: [ALLOW_ALL] };
      default:
        return {};
    }
  };
  if (fix.target === 'trust-policy' && !crossAccount) {
    // Same account: a trust policy naming the caller's ARN is enough on its own.
  }
  const layers = layersWith(policy);
  // The root user has no identity-based policies and needs none: within its account it may do everything that no
  // SCP or resource policy (a KMS key policy) takes away. Modelled as an allow-all identity policy.
  if (/:root$/.test(principal) && fix.target !== 'identity-policy') layers.identity = [ALLOW_ALL];
  // A fix to one of the other layers is checked with the resource's own policy admitting the caller, as a
  // cross-account call needs: only the layer under test may decide. Same-account KMS keys answer to their key
  // policy first, which by default delegates to the account.
  if (!layers.resource && crossAccount && !(fix.target === 'identity-policy' && !explicit)) layers.resource = ALLOW_ALL_RESOURCE;
  if (!layers.resource && act.startsWith('kms:')) layers.resource = kmsDefault;
  if (fix.target === 'trust-policy' && !crossAccount && !list(main.Principal && main.Principal !== '*' ? main.Principal.AWS : undefined).some((p) => p.endsWith(':root'))) {
    layers.identity = [];
  }
  let denied = await evaluate(req, layers);
  // A type with two ARN forms in the fix (Lex's V1 `bot:NAME:ALIAS` beside V2's `bot-alias/…`): the engine's data may
  // type only one of them; the request is then made on the form it knows.
  for (const alt of denied.result === 'Error' ? list(main.Resource).slice(1) : []) {
    const r = await evaluate({ ...req, resource: alt, resourceAccount: accountOf(alt, principalAccount) }, layers);
    if (r.result === 'Error') continue;
    resource = alt;
    req.resource = alt;
    req.resourceAccount = accountOf(alt, principalAccount);
    denied = r;
    break;
  }
  out.probes.push(probe('the denied request', 'Allowed', denied));

  // Near misses.
  const patterns = statements.flatMap((s) => list(s.Resource));
  if (explicit) {
    if (main.NotResource) {
      const other = otherResource(resource, list(main.NotResource), info?.resourceTypes.map((r) => r.arn) ?? []);
      if (other) out.probes.push(probe(`another resource (${other})`, 'Denied', await evaluate({ ...req, resource: other }, layers)));
    } else {
      const otherPrincipal = `arn:aws:iam::${principalAccount}:role/someone-else`;
      const other = { ...req, principal: otherPrincipal, context: { ...context, 'aws:PrincipalArn': otherPrincipal } };
      out.probes.push(probe('another principal', 'Denied', await evaluate(other, layers)));
      // The guardrail still covers everyone else everywhere else: another principal on another resource.
      const elsewhere = otherResource(resource, [resource], info?.resourceTypes.map((r) => r.arn) ?? []);
      if (elsewhere) out.probes.push(probe(`another principal on another resource (${elsewhere})`, 'Denied', await evaluate({ ...other, resource: elsewhere }, layers)));
    }
  } else if (fix.target === 'trust-policy') {
    const p = main.Principal && main.Principal !== '*' ? main.Principal : {};
    if (list(p.Federated).length) {
      const sub = Object.keys(context).find((k) => k.endsWith(':sub'));
      const wrongContext = { ...context };
      if (sub) wrongContext[sub] = 'repo:someone-else/other-repo:ref:refs/heads/main';
      else if ('SAML:aud' in wrongContext) wrongContext['SAML:aud'] = 'https://example.com/saml';
      out.probes.push(probe('another token subject', 'Denied', await evaluate({ ...req, context: wrongContext }, layers)));
    } else {
      const otherPrincipal = `arn:aws:iam::${principalAccount}:role/someone-else`;
      out.probes.push(probe('another principal', 'Denied', await evaluate({ ...req, principal: otherPrincipal, context: { ...context, 'aws:PrincipalArn': otherPrincipal } }, { ...layers, identity: [] })));
    }
  } else {
    const covered = statements.flatMap((s) => list(s.Action));
    // The engine may type a resource differently for another action: take the first candidate it can evaluate.
    for (const otherAct of otherActions(iam, act, resource, covered)) {
      const r = await evaluate({ ...req, action: otherAct }, layers);
      if (r.result === 'Error') continue;
      out.probes.push(probe(`another action (${otherAct})`, 'Denied', r));
      break;
    }
    // Another resource than the one denied (and than the pattern the message printed, if any): a fix whose
    // Resource is wider than the request lets it through and fails here.
    // An object action printed with its bucket's ARN (a record's bucketName, its key cut off) stands for the bucket's
    // objects, as the explainer reads it.
    const bucketOnly = fromMessage !== null && /^arn:[\w-]+:s3:::[^/]+$/.test(fromMessage) && !typed(templates, fromMessage) && typed(templates, `${fromMessage}/x`);
    // A printed ARN that stops at a separator after a name (`stack/NAME/`) stands for every resource below it, as the
    // explainer reads it; one that stops right after its type word (`session/`) names no resource at all.
    const below = fromMessage !== null && /[/:]$/.test(fromMessage) && namesBelowType(fromMessage) ? [`${fromMessage}*`] : [];
    // A printed pattern that left out its region or account (`arn:aws:elasticmapreduce:::cluster/*`) stands in the
    // request's own, as the explainer fills them.
    const located = fromMessage ? inLocationOf(fromMessage, resource) : null;
    // A printed ARN without the part its type ends in after a colon (a Kinesis consumer's creation timestamp) stands
    // for every such resource, as the explainer reads it.
    const tailless = fromMessage !== null && !/[*:/]$/.test(fromMessage) && !typed(templates, fromMessage) && typed(templates, `${fromMessage}:x`) ? [`${fromMessage}:*`] : [];
    const denied = [resource, ...(fromMessage ? [fromMessage] : []), ...(located ? [located] : []), ...(bucketOnly ? [`${fromMessage}/*`] : []), ...below, ...tailless];
    // A key or secret policy says "*" for the one resource it is attached to: no other resource to try there.
    const attached = fix.target === 'resource-policy' && (main.Resource === undefined || main.Resource === '*');
    // A call that creates its resource (RunInstances) and names none is granted every resource of the type on
    // purpose: the id AWS will pick is unknown to anyone.
    const created =
      !(fromMessage && typed(templates, fromMessage)) &&
      patterns.some((p) => p.endsWith('/*') && wildcardMatch(p, resource)) &&
      (info?.resourceTypes.some((rt) => rt.arn && typed([rt.arn], resource) && createsOwnType(info, rt)) ?? false);
    // A call that acts on several types alike and names none is granted every resource of its service in the account
    // (lib/explain/resource-type.ts serviceWide), as is a printed pattern of that shape (`arn:aws:elasticloadbalancing:
    // us-east-1:*`): the near miss is another region's or account's.
    const serviceWide = fromMessage === null || /:\*?$/.test(fromMessage) ? patterns.filter((p) => /^arn:[^:]+:[^:]+:[^:]*:\d{12}:\*$/.test(p)) : [];
    // Athena writes results under names it picks (the date, the query's id): the fix grants the result location's
    // objects on purpose (lib/explain/athena.ts), so another object there is no near miss.
    const athenaResults = readFacts(finding).athena === 'write';
    const other = attached || created || athenaResults ? null : otherResource(resource, [...denied, ...serviceWide], info?.resourceTypes.map((r) => r.arn) ?? []);
    if (other && !act.startsWith('kms:')) out.probes.push(probe(`another resource (${other})`, 'Denied', await evaluate({ ...req, resource: other }, layers)));
    if (fix.target === 'resource-policy' || fix.target === 'vpc-endpoint-policy') {
      const otherPrincipal = `arn:aws:iam::${principalAccount}:role/someone-else`;
      out.probes.push(probe('another principal', 'Denied', await evaluate({ ...req, principal: otherPrincipal, context: { ...context, 'aws:PrincipalArn': otherPrincipal } }, { ...layers, ...(fix.target === 'resource-policy' ? { identity: [] } : {}) })));
    }
    if (via) out.probes.push(probe('the key used directly, not through S3', 'Denied', await evaluate({ ...req, context: { 'aws:PrincipalArn': context['aws:PrincipalArn'] ?? principal } }, layers)));
    if (sourceAccount) out.probes.push(probe('the service acting for another account', 'Denied', await evaluate({ ...req, context: { ...context, 'aws:SourceAccount': '999999999999' } }, layers)));
  }
  // Dependent actions in further statements (iam:PassRole scoped with iam:PassedToService).
  for (const st of statements.slice(1)) {
    const a = list(st.Action)[0];
    const r = list(st.Resource)[0];
    const svc = conditionValue(st, 'iam:PassedToService');
    if (a?.toLowerCase() !== 'iam:passrole' || !r || !svc) continue;
    const base: Request = { principal, action: 'iam:PassRole', resource: r, resourceAccount: accountOf(r, principalAccount), context: { ...context, 'iam:PassedToService': svc } };
    // Roles have no resource policy for PassRole: only the fix's layer decides.
    const passLayers: Layers = { ...layers, resource: undefined };
    out.probes.push(probe(`iam:PassRole to ${svc}`, 'Allowed', await evaluate(base, passLayers)));
    const wrong = svc === 'ec2.amazonaws.com' ? 'lambda.amazonaws.com' : 'ec2.amazonaws.com';
    out.probes.push(probe(`iam:PassRole to ${wrong}`, 'Denied', await evaluate({ ...base, context: { ...base.context, 'iam:PassedToService': wrong } }, passLayers)));
  }
  out.ok = out.probes.length >= 2 && out.probes.every((p) => p.ok);
  if (sampleNote) out.note = sampleNote;
  if (out.probes.length < 2 && out.probes.every((p) => p.ok)) out.skipped = 'no near miss could be built';
  return out;
}

function emptyDoc(): PolicyDocument {
  return { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'none:None', Resource: '*' }] };
}

function mergeDocs(a: PolicyDocument, b: PolicyDocument): PolicyDocument {
  return { Version: '2012-10-17', Statement: [...a.Statement, ...b.Statement] };
}

function maskedName(arn: string): boolean {
  const a = parseArn(arn.replace(/\s+/g, ''));
  if (!a) return true;
  // A mask inside a name (`role-<TARGET_ACCOUNT>-us-east-1`, `${CLUSTER_NAME}-karpenter`) hides part of it just the same.
  if (/<[^<>]+>|\$\{[^{}]+\}|\{[^{}]+\}|\[[^[\]]+\]/.test(a.resource)) return true;
  return a.resource.split(/[/:]/).some((seg) => seg !== '' && seg !== '*' && containsMask(seg));
}

/**
 * An ARN from a message with whitespace removed and masked region/account made placeholders — the resource's own
 * account placeholder when the explanation gives the resource's account a placeholder of its own.
 */
/** `pattern` with the region and account it left empty taken from `resource`, or null when it left none empty. */
function inLocationOf(pattern: string, resource: string): string | null {
  const p = parseArn(pattern);
  const r = parseArn(resource);
  if (!p || !r || (p.region !== '' && p.account !== '')) return null;
  return `arn:${p.partition}:${p.service}:${p.region || r.region}:${p.account || r.account}:${p.resource}`;
}

function normalizeArn(value: string, accountToken: string): string {
  const v = value.replace(/\s+/g, '').replace(/^["'`]|["'`]$/g, '');
  const parsed = parseArn(v);
  if (!parsed) return v;
  // One ellipsis for region and account (`arn:aws:states:...:stateMachine:app`), as the explainer reads it.
  const a = elidedLocation(parsed.region, parsed.account) ? { ...parsed, account: parsed.region, resource: `${parsed.account}:${parsed.resource}` } : parsed;
  const region = a.region === '' || /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/.test(a.region) ? a.region : 'REGION';
  // AWS evaluated a hosted transform (`transform/Serverless-2016-10-31`) in the account named aws, whatever the paste
  // made of it.
  const account = isAwsHostedTransform(a.service, a.resource) ? 'aws' : a.account === '' || a.account === 'aws' || isAccount(a.account) ? a.account : accountToken;
  const partition = /^aws(-[a-z]+)*$/.test(a.partition) ? a.partition : 'aws';
  return `arn:${partition}:${a.service}:${region}:${account}:${a.resource}`;
}

export function lastIndex(): IamIndex | null {
  return iamCache;
}

