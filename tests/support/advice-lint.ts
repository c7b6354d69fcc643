// The advice lint: what a reviewing IAM engineer checks in every explanation before anyone pastes it into a
// production account (REVIEW.md), as rules a test can run over thousands of explanations. Test-only: it uses the
// iam-policy validators (through tests/support/iam-engine.ts) and the generated IAM index, and is written apart from
// the explainer's own code so it cannot agree with a mistake by construction.
//   validator   — each proposed document passes the validator of its kind (identity, trust, SCP, RCP, resource,
//                 session, VPC endpoint); an edit of a denying statement is validated inside the statement it edits
//   action      — every action has its service prefix and exists in the Service Authorization Reference
//   arn         — every ARN is an ARN: no backticks, quotes, spaces, trace text, markdown, trailing punctuation
//   resource    — resources fit the action: "*" for actions without resource types, a whole resource (no empty
//                 segment such as `bucket/`) of one of the action's types otherwise
//   guardrail   — an explicit deny is never answered with a policy to paste (a rewritten statement, NotResource,
//                 an Allow); its edit only exempts the denied principal by its full ARN on aws:PrincipalArn
//   placeholder — every placeholder token in a document is listed in the fix's placeholders
//   confidence  — "certain" only when the message names the layer
import type { IamIndex } from '../../lib/iam/index';
import { matchTemplate, LOCATION_VARS } from '../../lib/iam/arn-template';
import type { Explanation, Fix, PolicyDocument, PolicyStatement, PolicyType } from '../../lib/model';
import { validatorFor } from './iam-engine';

export type LintRule = 'validator' | 'action' | 'arn' | 'resource' | 'guardrail' | 'placeholder' | 'confidence';

export interface LintIssue {
  rule: LintRule;
  /** `fix 2`, `cause 1`, … */
  where: string;
  detail: string;
}

const PARTITION = /^aws(?:-cn|-us-gov|-iso|-iso-b|-iso-e|-iso-f|-eusc)?$/;
const PLACEHOLDER = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\bREGION\b/g;
const REGION = /^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/;

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Why a string is not a clean ARN (null when it is one). Placeholder tokens stand for any segment. */
export function arnProblem(value: string): string | null {
  if (/[\s"'`<>{}\\]/.test(value)) return 'contains spaces, quotes, backticks or brackets';
  if (/--->|\*\*|\(Service|\bat\s/.test(value)) return 'carries text from the message';
  if (/[.,;:)\]]$/.test(value)) return 'ends with punctuation';
  const parts = value.split(':');
  if (parts[0] !== 'arn' || parts.length < 6) return 'not of the form arn:partition:service:region:account:resource';
  const [, partition = '', service = '', region = '', account = ''] = parts;
  const resource = parts.slice(5).join(':');
  if (!PARTITION.test(partition)) return `unknown partition ${partition}`;
  if (!/^[a-z0-9-]+$/.test(service)) return `bad service ${service}`;
  if (region !== '' && !REGION.test(region) && !/^[A-Z_]+$/.test(region) && region !== '*') return `bad region ${region}`;
  if (account !== '' && account !== 'aws' && !/^\d{12}$/.test(account) && !/^[A-Z][A-Z_]*$/.test(account) && account !== '*') return `bad account ${account}`;
  if (resource === '') return 'no resource part';
  // IAM's "incorrect wildcard usage": no wildcard in the resource-type part (`…:*/*`); it matches nothing.
  // S3 and API Gateway's execute-api have no type word there: their first part is a bucket or an API id.
  if (/^\*[/:]/.test(resource) && service !== 's3' && service !== 'execute-api') return 'wildcard in the resource-type part';
  return null;
}

function statementsOf(doc: PolicyDocument | null | undefined): PolicyStatement[] {
  return Array.isArray(doc?.Statement) ? doc.Statement : [];
}

/** The ARNs a statement names: resources, principals and ARN-valued conditions. */
function arnsOf(st: PolicyStatement): string[] {
  const out = [...list(st.Resource), ...list(st.NotResource)].filter((r) => r !== '*');
  const p = st.Principal;
  if (p && p !== '*') for (const [k, v] of Object.entries(p)) if (k === 'AWS' || k === 'Federated') out.push(...list(v).filter((x) => x !== '*'));
  for (const [op, block] of Object.entries(st.Condition ?? {})) {
    for (const [key, v] of Object.entries(block)) {
      if (/^Arn/.test(op) || /Arn$/i.test(key)) out.push(...list(v as string | string[]).filter((x) => typeof x === 'string'));
    }
  }
  return out;
}

function lintActions(iam: IamIndex, actions: string[], where: string, out: LintIssue[]): void {
  for (const a of actions) {
    if (a === '*') {
      out.push({ rule: 'action', where, detail: 'Action "*"' });
      continue;
    }
    const m = /^([a-z0-9-]+):([A-Za-z0-9*?]+)$/.exec(a);
    if (!m) {
      out.push({ rule: 'action', where, detail: `${a} is not service:Action` });
      continue;
    }
    if (/[*?]/.test(m[2] ?? '')) continue;
    if (!iam.action(a)) out.push({ rule: 'action', where, detail: `${a} is not in the Service Authorization Reference` });
  }
}

// Resources IAM evaluates that the Service Authorization Reference lists no type for, each documented by its service:
// a change set using a macro such as AWS::Serverless is authorized on the transform too (CloudFormation User Guide,
// "Controlling access with IAM": arn:aws:cloudformation:<region>:aws:transform/Serverless-2016-10-31).
const UNLISTED_RESOURCES: Record<string, RegExp> = {
  // The region may be the explanation's placeholder when the message printed none (`<region>`).
  'cloudformation:createchangeset': /^arn:[a-z-]+:cloudformation:(?:[a-z0-9-]+|REGION):aws:transform\/[\w.-]+$/,
};

/** Whether an ARN is a whole resource of one of the action's types (every variable of the template non-empty). */
function fitsAction(iam: IamIndex, action: string, arn: string): boolean {
  const info = iam.action(action);
  if (!info) return true;
  if (UNLISTED_RESOURCES[action.toLowerCase()]?.test(arn)) return true;
  const probe = arn.replace(PLACEHOLDER, 'x');
  // Every resource of the service in one account and region (`arn:aws:ec2:REGION:ACCOUNT_ID:*`, for a call that acts
  // on several types alike and names none): it covers each type whose ARNs have that service and location shape.
  const wide = /^arn:[^:]+:([^:]+):([^:]*):([^:]*):\*$/.exec(probe);
  if (wide) {
    return info.resourceTypes.some((rt) => {
      const [, , service, region, account] = rt.arn.split(':');
      return service === wide[1] && (region === '') === (wide[2] === '') && (account === '') === (wide[3] === '');
    });
  }
  return info.resourceTypes.some((rt) => {
    const vars = matchTemplate(rt.arn, probe);
    return !!vars && Object.entries(vars).every(([k, v]) => LOCATION_VARS.has(k) || v !== '');
  });
}

/**
 * `evaluated`: the resource the message says IAM evaluated. It fits whatever its shape: AppSync authorizes a tag on
 * an API being created against `arn:aws:appsync:<region>:<account>:*`, which no type's template gives.
 */
function lintResources(iam: IamIndex, fix: Fix, st: PolicyStatement, where: string, out: LintIssue[], evaluated: string | null): void {
  if (st.Effect !== 'Allow') return;
  const actions = list(st.Action).filter((a) => !/[*?]/.test(a));
  const resources = list(st.Resource);
  if (actions.length === 0 || resources.length === 0) return;
  // Key, secret and repository policies say "*": the policy is the resource's own.
  const attachedToResource = fix.target === 'resource-policy' && resources.length === 1 && resources[0] === '*';
  for (const a of actions) {
    const info = iam.action(a);
    if (!info) continue;
    if (info.resourceTypes.length === 0) {
      if (resources.some((r) => r !== '*')) out.push({ rule: 'resource', where, detail: `${a} takes no resource type: Resource must be "*"` });
      continue;
    }
    if (attachedToResource) continue;
    // A statement with several actions names each action's resources: every action must find one of its own.
    const own = resources.filter((r) => r !== '*' && (r === evaluated || fitsAction(iam, a, r)));
    if (own.length === 0) out.push({ rule: 'resource', where, detail: `no resource of ${a}'s types in ${JSON.stringify(resources)}` });
    if (resources.includes('*') && fix.target !== 'scp' && fix.target !== 'vpc-endpoint-policy') {
      out.push({ rule: 'resource', where, detail: `${a} supports resource-level permissions but the statement says "*"` });
    }
  }
}

/** aws:PrincipalArn values that exempt exactly one principal: a full ARN whose name has no wildcard. */
function exemptionProblem(value: string, principal: string | null): string | null {
  const arn = arnProblem(value);
  if (arn) return arn;
  const m = /^arn:[^:]+:(iam|sts)::([^:]*):(role|user|root|federated-user)(\/.*)?$/.exec(value);
  if (!m) return `${value} is not a role or user ARN`;
  if (m[2] === '*' || m[2] === '') return `${value} exempts every account`;
  const path = m[4] ?? '';
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (!name || /[*?]/.test(name)) {
    // Identity Center roles: `aws-reserved/sso.amazonaws.com/*AWSReservedSSO_Name_hash` keeps the name literal.
    if (!/^\*?AWSReservedSSO_[^*?/]+$/.test(name)) return `${value} has a wildcard in the name: it matches other principals`;
  }
  if (/[*?]/.test(path.slice(0, path.lastIndexOf('/'))) && !/^\/(?:\*\/|aws-reserved\/sso\.amazonaws\.com\/\*?)$/.test(path.slice(0, path.lastIndexOf('/') + 1))) {
    return `${value} has a wildcard beyond the role's path`;
  }
  if (principal) {
    const own = /:(?:assumed-role|role|user)\/(?:.*\/)?([^/]+?)(?:\/[^/]*)?$/.exec(principal.replace(/:assumed-role\/([^/]+)\/.*$/, ':assumed-role/$1'));
    const bare = name.replace(/^\*/, '');
    if (own?.[1] && !/[<>{}*#]|^x+$/i.test(own[1]) && bare !== own[1] && !/^[A-Z][A-Z_]+$/.test(bare)) return `${value} does not name the denied principal (${own[1]})`;
  }
  return null;
}

function lintEdit(fix: Fix, where: string, principal: string | null, out: LintIssue[]): void {
  const edit = fix.edit;
  if (!edit) return;
  const ops = Object.entries(edit.addCondition ?? {});
  if (ops.length === 0) out.push({ rule: 'guardrail', where, detail: 'edit adds no condition' });
  for (const [op, block] of ops) {
    for (const [key, v] of Object.entries(block)) {
      if (key !== 'aws:PrincipalArn') {
        out.push({ rule: 'guardrail', where, detail: `edit conditions on ${key}, not aws:PrincipalArn` });
        continue;
      }
      if (op !== 'ArnNotEquals' && op !== 'ArnNotLike') out.push({ rule: 'guardrail', where, detail: `edit uses ${op}, not ArnNotEquals/ArnNotLike` });
      if (op === 'ArnNotEquals' && list(v).some((x) => /[*?]/.test(x))) out.push({ rule: 'guardrail', where, detail: 'ArnNotEquals with a wildcard never matches' });
      for (const value of list(v)) {
        const problem = exemptionProblem(value, principal);
        if (problem) out.push({ rule: 'guardrail', where, detail: problem });
      }
    }
  }
}

/** The statement an edit leaves behind, for the validator of the layer's kind. */
function editedStatement(fix: Fix): PolicyDocument {
  const principal = fix.target === 'resource-policy' || fix.target === 'rcp' || fix.target === 'vpc-endpoint-policy' || fix.target === 'trust-policy';
  return {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Deny', ...(principal ? { Principal: '*' as const } : {}), Action: fix.edit?.action ?? '', Resource: '*', Condition: fix.edit?.addCondition ?? {} }],
  };
}

function lintPlaceholders(fix: Fix, where: string, out: LintIssue[], printed: string): void {
  const text = JSON.stringify([fix.policy ?? null, fix.edit ?? null, fix.attachTo ?? null]);
  const used = new Set(text.match(PLACEHOLDER) ?? []);
  // Condition operators and keys are not placeholders.
  for (const word of ['AWS', 'SAML']) used.delete(word);
  // Nor are names the message printed in capitals (a role `ATX_MDE_SECURE_EXECUTION_ROLE`, a permission set
  // `AWSReservedSSO_BR_PS_SEGURANCA_…`): the fix copies them.
  for (const token of [...used]) if (printed.includes(token)) used.delete(token);
  const listed = new Set(fix.placeholders ?? []);
  for (const token of used) if (!listed.has(token)) out.push({ rule: 'placeholder', where, detail: `${token} is not listed in placeholders` });
}

// (A terminal may wrap the message between the words: `… no permissions` ⏎ `boundary allows …`.)
const NAMED: Record<Exclude<PolicyType, 'unknown'>, RegExp> = {
  identity: /identity[\s-]based|アイデンティティベース/i,
  resource: /resource[\s-]based|service[\s-]based|リソースベース/i,
  scp: /service[\s-]control|サービスコントロール/i,
  rcp: /resource[\s-]control|リソースコントロール/i,
  boundary: /permissions?[\s-]boundar|アクセス許可の境界/i,
  session: /session\s+polic|セッションポリシー/i,
  vpce: /VPC[\s-]endpoint|VPC エンドポイント/i,
  trust: /trust\s+polic|信頼ポリシー/i,
};

/** Every issue the reviewer would raise in this explanation (empty when it would be signed). */
export function lintExplanation(e: Explanation, iam: IamIndex): LintIssue[] {
  const out: LintIssue[] = [];
  const principal = e.finding.principal;
  const explicit = e.finding.denyKind === 'explicit';
  e.fixes.forEach((fix, i) => {
    const where = `fix ${i + 1} (${fix.target})`;
    lintPlaceholders(fix, where, out, [principal, e.finding.resource, e.finding.action].filter(Boolean).join(' '));
    if (fix.attachTo && !fix.attachTo.startsWith('permission-set/')) {
      const p = arnProblem(fix.attachTo);
      if (p) out.push({ rule: 'arn', where, detail: `attachTo ${fix.attachTo}: ${p}` });
    }
    if (fix.edit) {
      if (fix.policy) out.push({ rule: 'guardrail', where, detail: 'an edit and a policy to paste in one fix' });
      const validate = validatorFor(fix.target);
      const errors = validate ? validate(editedStatement(fix)) : [];
      for (const err of errors) out.push({ rule: 'validator', where, detail: `edited statement: ${err.path}: ${err.message}` });
      lintActions(iam, [fix.edit.action], where, out);
      lintEdit(fix, where, principal, out);
    }
    if (!fix.policy) return;
    const validate = validatorFor(fix.target);
    if (validate) for (const err of validate(fix.policy)) out.push({ rule: 'validator', where, detail: `${err.path}: ${err.message}` });
    for (const [j, st] of statementsOf(fix.policy).entries()) {
      const sw = `${where} statement ${j + 1}`;
      lintActions(iam, [...list(st.Action), ...list(st.NotAction)], sw, out);
      for (const arn of arnsOf(st)) {
        const p = arnProblem(arn);
        if (p) out.push({ rule: 'arn', where: sw, detail: `${arn}: ${p}` });
      }
      const svc = st.Principal && st.Principal !== '*' ? list(st.Principal.Service) : [];
      for (const s of svc) if (!/^[a-z0-9.-]+\.amazonaws\.com(?:\.cn)?$/.test(s)) out.push({ rule: 'arn', where: sw, detail: `service principal ${s}` });
      lintResources(iam, fix, st, sw, out, e.finding.resource);
      // An explicit deny is never answered with a statement to paste that denies less: that rewrites the guardrail.
      if (st.Effect === 'Deny' || st.NotResource !== undefined) out.push({ rule: 'guardrail', where: sw, detail: 'a Deny or NotResource statement to paste' });
    }
    // No Allow overrides a deny: a policy for the layer the message names as denying explicitly cannot help.
    const named = explicit ? e.causes.find((c) => c.likelihood === 'certain') : undefined;
    if (named && named.policyType === targetLayer(fix)) out.push({ rule: 'guardrail', where, detail: 'an Allow for the layer that denies explicitly' });
  });
  e.causes.forEach((c, i) => {
    if (c.likelihood !== 'certain' || c.policyType === 'unknown') return;
    if (e.finding.category === 'credentials') return;
    if (!NAMED[c.policyType].test(e.finding.message)) out.push({ rule: 'confidence', where: `cause ${i + 1}`, detail: `certain ${c.policyType}, but the message does not name that layer` });
  });
  return out;
}

function targetLayer(fix: Fix): PolicyType {
  const map: Partial<Record<Fix['target'], PolicyType>> = {
    'identity-policy': 'identity',
    'trust-policy': 'trust',
    'resource-policy': 'resource',
    'permissions-boundary': 'boundary',
    scp: 'scp',
    rcp: 'rcp',
    'session-policy': 'session',
    'vpc-endpoint-policy': 'vpce',
  };
  return map[fix.target] ?? 'unknown';
}

/** The documents an explanation proposes (policies and edits), for per-document rates. */
export function proposedDocuments(e: Explanation): number {
  return e.fixes.filter((f) => f.policy || f.edit).length;
}
