// botocore names its modelled exceptions after the service's code: `botocore.errorfactory.AccessDenied`,
// `botocore.errorfactory.ExpiredTokenException`. Printed alone (a log's exception class, a traceback's last line cut
// before the message) the class is the code, and an authorization or credentials code is the failure itself.
import { categoryOfCode } from './codes';
import { each } from './find';
import { P, makeWrapper, setField, type Scan } from './types';

const MODELLED = /\bbotocore\.errorfactory\.([A-Z][A-Za-z0-9]{1,100})(?![\w.])/g;

export function scanErrorFactory(scan: Scan): void {
  if (scan.text.indexOf('errorfactory.') < 0) return;
  each(MODELLED, scan.text, (m) => {
    const code = m[1]!;
    const w = makeWrapper(m.index, m.index + m[0].length, 'forward', 300, categoryOfCode(code));
    // Before the envelope it raised (`…AccessDenied: An error occurred (AccessDenied) when calling …`) the class only
    // repeats the code: the message shown stays the envelope's.
    w.aside = true;
    setField(w, 'errorCode', code, P.prefix);
    scan.pieces.push(w);
  });
}
