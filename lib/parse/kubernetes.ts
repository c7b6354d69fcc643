// Kubernetes (EKS) API server answers for an IAM identity:
//   Error from server (Forbidden): pods is forbidden: User "arn:aws:iam::…:user/bob" cannot list resource "pods"
//   in API group "" in the namespace "default"                              → RBAC denied an authenticated identity
//   {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Unauthorized",
//    "reason":"Unauthorized","code":401}                                     → the cluster did not accept the
//                                                                             credentials (no access entry or
//                                                                             aws-auth mapping for the IAM identity)
//   Unauthorized operation: failed to call ec2:CreateTags due to missing permissions  → the VPC CNI's node role
// (The "You must be logged in to the server" credentials failures are in credentials.ts.) An IAM identity that RBAC
// refused is marked `cluster-rbac`: the explainer then names the cluster's authorization, not an IAM policy.
import { mentions } from './gate';
import { get, str } from './loose-json';
import { eachObject, structuredValues } from './structured';
import { coreEach } from './match-pieces';
import { P, makeCore, setField, type Piece, type Scan } from './types';

const FORBIDDEN =
  /(?:Error\s{1,5}from\s{1,5}server\s{1,5}\((Forbidden)\):[\s\S]{0,300}?\s{1,5})?\bis\s{1,5}forbidden:\s{1,5}User\s{1,5}\\?"([^"\n\\]{1,1000})\\?"\s{1,5}cannot\s{1,5}([a-z]{1,40}(?:\n[a-z]{1,40})?)\s{1,5}resource\s{1,5}\\?"([^"\n\\]{1,200})\\?"/g;

const IAM_IDENTITY = /^(?:arn:)?aws[\w-]{0,20}:(?:iam|sts)::/;
// The RBAC sentence's head and its user, as a line goes on after an HTTP status word ("Forbidden - pods is forbidden:
// User \"system:anonymous\" …").
const RBAC_USER_AHEAD = /^[^\n]{0,200}?\bis\s{1,5}forbidden:\s{1,5}User\s{1,5}\\?"([^"\n\\]{1,1000})/;

/** Whether `rest` goes on with RBAC refusing a user who is no IAM identity: the cluster's refusal, not AWS's. */
export function clusterUserRefusedAhead(rest: string): boolean {
  const user = RBAC_USER_AHEAD.exec(rest)?.[1];
  return user !== undefined && !IAM_IDENTITY.test(user);
}

// The VPC CNI's pod event (reason MissingIAMPermissions) for an EC2 call its node role may not make: "Unauthorized
// operation: failed to call ec2:CreateTags due to missing permissions." The reason is Kubernetes', no AWS code. (A wrap
// after "Unauthorized" is joined as the EC2 code's name would be.)
const CNI_MISSING = /\bUnauthorized\s{0,3}operation:\s{1,3}failed\s{1,3}to\s{1,3}call\s{1,3}([a-z0-9-]{2,30}:[A-Z][A-Za-z0-9]{1,100})\s{1,3}due\s{1,3}to\s{1,3}missing\s{1,3}permissions\b/g;

// The kubelet's authorizer (kubectl logs/exec through the API server's node proxy) in its own shape: "unable to upgrade
// connection: Forbidden (user=arn:aws:iam::…:assumed-role/r/s, verb=create, resource=nodes, subresource=proxy)".
const AUTHORIZER_FORBIDDEN = /\b(Forbidden)\s{0,3}\(user=([^,\s)]{1,1000}),\s{0,3}verb=[a-z]{1,40},\s{0,3}resource=([a-z0-9.-]{1,100})\b/g;

/** The cluster's own authorization refusing an IAM identity: who, on what, with the status word when printed. */
function rbacRefusal(start: number, end: number, code: string | undefined, user: string, resource: string): Piece {
  const core = makeCore(start, end, 'access-denied', true);
  if (code) setField(core, 'errorCode', code, P.structured);
  setField(core, 'principal', user, P.statement);
  setField(core, 'resource', resource, P.statement);
  setField(core, 'accountSetting', 'cluster-rbac', P.statement);
  return core;
}

export function scanKubernetes(scan: Scan): void {
  if (scan.text.indexOf('due to missing') >= 0) coreEach(scan, CNI_MISSING, 'action', P.statement, true);
  if (scan.text.indexOf('(user=') >= 0) {
    AUTHORIZER_FORBIDDEN.lastIndex = 0;
    let a: RegExpExecArray | null;
    while ((a = AUTHORIZER_FORBIDDEN.exec(scan.text))) {
      if (IAM_IDENTITY.test(a[2]!)) scan.pieces.push(rbacRefusal(a.index, a.index + a[0].length, a[1], a[2]!, a[3]!));
    }
  }
  if (mentions(scan, 'forbidden') && scan.lower.includes('cannot')) {
    FORBIDDEN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = FORBIDDEN.exec(scan.text))) {
      // Only an IAM identity's refusal is AWS's to explain (an access entry or aws-auth mapping): a pod's service account
      // or a Kubernetes user name is refused by the cluster's RBAC alone.
      if (!IAM_IDENTITY.test(m[2]!)) continue;
      scan.pieces.push(rbacRefusal(m.index, m.index + m[0].length, m[1], m[2]!, m[4]!));
    }
  }
  // Status objects: `reason` is the API server's machine-readable code.
  if (!mentions(scan, 'unauthorized', 'forbidden') || !mentions(scan, 'reason')) return;
  eachObject(structuredValues(scan), (node) => {
    if (str(get(node, 'kind')) !== 'Status' || str(get(node, 'status')) !== 'Failure') return;
    const reason = str(get(node, 'reason'));
    const code = str(get(node, 'code'));
    const unauthorized = reason === 'Unauthorized' || code === '401';
    const forbidden = reason === 'Forbidden' || code === '403';
    if (!unauthorized && !forbidden) return;
    // As above: RBAC refusing a service account or a Kubernetes user is the cluster's, not AWS's.
    const user = /\bUser\s{1,5}\\?"([^"\n\\]{1,1000})\\?"/.exec(str(get(node, 'message')) ?? '')?.[1];
    if (forbidden && user && !IAM_IDENTITY.test(user)) return;
    const core = makeCore(node.start, node.end, unauthorized ? 'credentials' : 'access-denied', true);
    setField(core, 'errorCode', reason, P.structured);
    if (forbidden && user) setField(core, 'accountSetting', 'cluster-rbac', P.structured);
    scan.pieces.push(core);
  });
}
