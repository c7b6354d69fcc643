// kubectl against EKS: the Kubernetes API server's RBAC denial for an IAM identity mapped into the cluster.
//   Error from server (Forbidden): pods is forbidden: User "arn:aws:iam::…:user/bob" cannot list resource
//   "pods" in API group "" in the namespace "default"
// (The "You must be logged in to the server" credentials failures are in credentials.ts.)
import { mentions } from './gate';
import { P, makeCore, setField, type Scan } from './types';

const FORBIDDEN =
  /Error\s{1,5}from\s{1,5}server\s{1,5}\((Forbidden)\):[\s\S]{0,300}?\s{1,5}is\s{1,5}forbidden:\s{1,5}User\s{1,5}"([^"\n]{1,1000})"\s{1,5}cannot\s{1,5}([a-z]{1,40})\s{1,5}resource\s{1,5}"([^"\n]{1,200})"/g;

export function scanKubernetes(scan: Scan): void {
  if (!mentions(scan, 'server') || scan.text.indexOf('(Forbidden)') < 0) return;
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
