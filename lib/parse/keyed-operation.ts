// A record that names the call in a field of its own beside the code (a Go struct literal `Operation: "ListApps",
// ErrorCode: "AccessDeniedException"`, a JSON log's `"operation": "PutObject"`): the operation of the failure it
// records, below any the message itself prints.
import { each } from './find';
import { mentions } from './gate';
import { P, makeWrapper, setField, type Scan } from './types';

const OPERATION_FIELD = /(?<![\w.])["']?(?:[Oo]peration(?:[Nn]ame)?|operation_name)["']?\s{0,3}[:=]\s{0,3}["']([A-Z][A-Za-z0-9]{2,100})["']/g;

export function scanKeyedOperations(scan: Scan): void {
  if (!mentions(scan, 'operation') || !mentions(scan, 'code')) return;
  each(OPERATION_FIELD, scan.text, (m) => {
    const w = makeWrapper(m.index, m.index + m[0].length, 'around', 300);
    w.aside = true;
    setField(w, 'operation', m[1], P.hint);
    scan.pieces.push(w);
  });
}
