// IAM Access Troubleshooter answers pasted back (issue 12): what `aws iam-toolbox get-request-authorization-details`
// prints (GetRequestAuthorizationDetails, IAM Toolbox API reference), and the policy document that
// `get-request-authorization-policy` returns for one of its policy URIs:
//   {"requestContext": {"aws:PrincipalArn": "arn:aws:iam::…:user/jane", …},
//    "evaluations": [{"action": "iam:PassRole", "resource": "arn:…", "context": {…},
//                     "evaluatedEffect": "EXPLICIT_DENY" | "IMPLICIT_DENY" | "ALLOW",
//                     "matchedPolicies": [{"uri": "arn:aws:iam::…:policy/Deny", "matchedStatements":
//                                          [{"sid": "DenyPassRole", "evaluatedEffect": "DENY"}]}]}],
//    "policies": [{"type": "IDENTITY_BASED_POLICY", "inline": false, "uri": "arn:…", "attachedTo": [{"arn": "…"}]}],
//    "nextToken": "…"}
// Every evaluation that did not end in ALLOW is a finding of its own — the action the user ran, and the hidden
// dependent ones (iam:PassRole) the service evaluated with it. The deciding policy's type comes from the answer's
// `policies` list (or the URI's form: an SCP/RCP ARN, an IAM managed policy ARN); its ARN is the URI when the URI
// is an ARN (inline policies have an opaque URI). The matched statements are kept on the finding
// (`matchedStatements`), with the statement itself when the policy document was pasted too.
import type { MatchedStatement, PolicyType } from '../model';
import { mentions } from './gate';
import { get, items, str, toPlain, type Loose, type LooseObject } from './loose-json';
import { eachObject, structuredValues } from './structured';
import { P, makeCore, setField, type Scan } from './types';

const POLICY_TYPES: Record<string, PolicyType> = {
  IDENTITY_BASED_POLICY: 'identity',
  RESOURCE_BASED_POLICY: 'resource',
  PERMISSIONS_BOUNDARY: 'boundary',
  SESSION_POLICY: 'session',
  SERVICE_CONTROL_POLICY: 'scp',
  RESOURCE_CONTROL_POLICY: 'rcp',
  VPC_ENDPOINT_POLICY: 'vpce',
};

/** The policy layer a URI's form shows: an Organizations SCP or RCP ARN, an IAM managed policy ARN. */
export function policyTypeOfUri(uri: string): PolicyType | null {
  if (/^arn:[\w-]+:organizations::[^:]*:policy\/[^/]+\/service_control_policy\//i.test(uri)) return 'scp';
  if (/^arn:[\w-]+:organizations::[^:]*:policy\/[^/]+\/resource_control_policy\//i.test(uri)) return 'rcp';
  if (/^arn:[\w-]+:iam::[^:]*:policy\//i.test(uri)) return 'identity';
  return null;
}

const AUTHORIZATION_ID_ARG = /--authorization-id[ \t=]{1,5}["']?([0-9a-zA-Z]{8,128})/;

export function scanAuthorizationDetails(scan: Scan): void {
  if (!mentions(scan, 'evaluatedeffect')) return;
  const values = structuredValues(scan);
  const answers: LooseObject[] = [];
  const statements = new Map<string, Record<string, unknown>>();
  eachObject(values, (node) => {
    const evaluations = get(node, 'evaluations');
    if (evaluations && evaluations.t === 'a' && evaluations.items.some((e) => get(e, 'evaluatedEffect') !== undefined)) answers.push(node);
    // A policy document pasted with the answer: its statements by Sid.
    const list = get(node, 'Statement');
    if (list && list.t === 'a') {
      for (const s of list.items) {
        const sid = str(get(s, 'Sid'));
        if (sid && !statements.has(sid) && s.t === 'o') statements.set(sid, toPlain(s) as Record<string, unknown>);
      }
    }
  });
  if (answers.length === 0) return;
  const id = AUTHORIZATION_ID_ARG.exec(scan.text)?.[1] ?? null;
  for (const answer of answers) {
    const types = new Map<string, PolicyType>();
    for (const policy of items(get(answer, 'policies'))) {
      const uri = str(get(policy, 'uri'));
      const type = POLICY_TYPES[str(get(policy, 'type'))?.toUpperCase() ?? ''];
      if (uri && type) types.set(uri, type);
    }
    const requestContext = get(answer, 'requestContext');
    const answerId = str(get(answer, 'authorizationId')) ?? id;
    for (const evaluation of items(get(answer, 'evaluations'))) {
      if (evaluation.t !== 'o') continue;
      const effect = str(get(evaluation, 'evaluatedEffect'))?.toUpperCase() ?? '';
      if (effect === 'ALLOW') continue;
      const matched: MatchedStatement[] = [];
      let deciding: MatchedStatement | null = null;
      for (const policy of items(get(evaluation, 'matchedPolicies'))) {
        const uri = str(get(policy, 'uri'));
        const type = (uri ? (types.get(uri) ?? policyTypeOfUri(uri)) : null) ?? null;
        for (const statement of items(get(policy, 'matchedStatements'))) {
          const e = str(get(statement, 'evaluatedEffect'))?.toUpperCase();
          const sid = str(get(statement, 'sid'));
          const entry: MatchedStatement = {
            sid,
            effect: e === 'DENY' ? 'Deny' : e === 'ALLOW' ? 'Allow' : null,
            policyUri: uri,
            policyType: type,
            statement: sid ? (statements.get(sid) ?? null) : null,
          };
          matched.push(entry);
          if (!deciding && entry.effect === 'Deny') deciding = entry;
        }
      }
      const explicit = effect === 'EXPLICIT_DENY' || (effect === '' && deciding !== null);
      if (!explicit && effect !== 'IMPLICIT_DENY') continue;
      const core = makeCore(evaluation.start, evaluation.end, 'access-denied', true);
      setField(core, 'denyKind', explicit ? 'explicit' : 'implicit', P.statement);
      if (explicit && deciding) {
        setField(core, 'policyType', deciding.policyType ?? 'unknown', P.statement);
        if (deciding.policyUri?.startsWith('arn:')) setField(core, 'policyArn', deciding.policyUri, P.statement);
      }
      if (matched.length > 0) setField(core, 'matchedStatements', matched, P.statement);
      setField(core, 'action', str(get(evaluation, 'action')), P.statement);
      setField(core, 'resource', str(get(evaluation, 'resource')), P.statement);
      const context = get(evaluation, 'context');
      setField(core, 'principal', contextValue(context, 'aws:PrincipalArn') ?? contextValue(requestContext, 'aws:PrincipalArn'), P.statement);
      setField(core, 'accountId', contextValue(context, 'aws:PrincipalAccount') ?? contextValue(requestContext, 'aws:PrincipalAccount'), P.statement);
      setField(core, 'authorizationId', answerId, P.statement);
      scan.pieces.push(core);
    }
  }
}

/** A context key's value (keys compare case-insensitively; a value may be a string, a list, or a typed object). */
function contextValue(context: Loose | undefined, key: string): string | null {
  const value = get(context, key);
  if (!value) return null;
  if (value.t === 's' || value.t === 'b') return str(value);
  if (value.t === 'a') return str(value.items[0]);
  for (const v of value.vals) {
    const s = v.t === 'a' ? str(v.items[0]) : str(v);
    if (s) return s;
  }
  return null;
}
