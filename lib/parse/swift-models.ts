// The Swift SDK's error enum names the model class of the service's error: `AWSRekognition.AccessDeniedException(
// _statusCode: …, _message: Optional("User: …"))` — the class is the code.
import { BARE_CODE_SOURCE } from './codes';
import { eachAt } from './find';
import { codeWrapper } from './sdk-envelopes';
import { P, type Scan } from './types';

// Tried only where a code name starts (the scan's code positions), then its namespace looked up before it.
const MODEL_AT = new RegExp(`(${BARE_CODE_SOURCE})\\(`, 'y');
const NAMESPACE = /(?<![\w.])[A-Za-z0-9]{1,40}\.$/;

export function scanSwiftModels(scan: Scan, codeNames: number[]): void {
  const { text } = scan;
  eachAt(MODEL_AT, text, codeNames, (m) => {
    const ns = NAMESPACE.exec(text.slice(Math.max(0, m.index - 42), m.index));
    if (ns) codeWrapper(scan, m.index - ns[0].length, m.index + m[0].length, m[1] ?? '', P.keyed, 'around', 1500);
  });
}
