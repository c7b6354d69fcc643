// kubectl against EKS: the Kubernetes API server's RBAC denial for an IAM identity mapped into the cluster.
//   Error from server (Forbidden): pods is forbidden: User "arn:aws:iam::…:user/bob" cannot list resource
//   "pods" in API group "" in the namespace "default"
// (The "You must be logged in to the server" credentials failures are in credentials.ts.)
import { P, makeCore, mentions, setField, type Scan } from './types';

const FORBIDDEN =
  /Error from server \((Forbidden)\):[^\n]{0,300}? is forbidden: User "([^"\n]{1,1000})" cannot ([a-z]{1,40}) resource "([^"\n]{1,200})"/g;

export function scanKubernetes(scan: Scan): void {
  if (!mentions(scan, 'error from server')) return;
  FORBIDDEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FORBIDDEN.exec(scan.text))) {
    const core = makeCore(m.index, m.index + m[0].length, 'access-denied', true);
    setField(core, 'errorCode', m[1], P.structured);
    setField(core, 'principal', m[2], P.statement);
    setField(core, 'resource', m[4], P.statement);
    scan.pieces.push(core);
  }
}
