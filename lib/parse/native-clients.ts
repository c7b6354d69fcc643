// Clients written in other languages that print AWS's errors in their own words, the call beside the code: the C++
// SDK's error enum and fluent-bit's C plugins; Julia's AWS.jl and AWSCore, the code's slot before the message.
import { bareCode, categoryOfCode } from './codes';
import { each, eachWith } from './find';
import { wrapEach } from './match-pieces';
import { P, makeCore, setField, type Scan } from './types';

// The C++ SDK (pyarrow, Arrow's S3 filesystem) names its error enum (a writer may drop the call): "AWS Error ACCESS_DENIED
// during HeadObject operation"; fluent-bit's C plugins: "CreateLogGroup API responded with error='AccessDeniedException'".
const CPP_ERROR = /\bAWS\s{1,3}[Ee]rror\s{1,3}([A-Z][A-Z_]{2,60})\b(?:\s{1,3}during\s{1,3}([A-Z][A-Za-z0-9]{1,100})\s{1,3}operation)?/g;
const CPP_CODES: Record<string, 'access-denied' | 'credentials'> = {
  ACCESS_DENIED: 'access-denied',
  INVALID_ACCESS_KEY_ID: 'credentials',
  SIGNATURE_DOES_NOT_MATCH: 'credentials',
  EXPIRED_TOKEN: 'credentials',
  INVALID_CLIENT_TOKEN_ID: 'credentials',
  MISSING_AUTHENTICATION_TOKEN: 'credentials',
};
const API_RESPONDED = /\b([A-Z][A-Za-z0-9]{1,100})\s{1,3}API\s{1,3}responded\s{1,3}with\s{1,3}error\s{0,2}=\s{0,2}['"]?([A-Za-z][A-Za-z0-9.]{1,100})/g;

// Julia's clients print `<code> -- <message>` and put the HTTP status there when they read no code (`AWSException: 403 --
// User: … is not authorized …`, `ERROR: 403 -- The request signature we calculated …`): the code as printed, below any
// the message names itself ("S3 Error Code: AccessDenied").
const JULIA_CODE = /\b(?:AWSException|ERROR):\s{1,3}(40[13])\s{1,3}--\s/g;

export function scanNativeClients(scan: Scan): void {
  const { text } = scan;
  const core = (m: RegExpExecArray, category: 'access-denied' | 'credentials', code: string, op: string | undefined): void => {
    const c = makeCore(m.index, m.index + m[0].length, category, true);
    setField(c, 'errorCode', code, P.structured);
    setField(c, 'operation', op, P.envelope);
    scan.pieces.push(c);
  };
  if (text.indexOf('AWS Error') >= 0 || text.indexOf('AWS error') >= 0) each(CPP_ERROR, text, (m) => {
    const category = CPP_CODES[m[1]!];
    if (category) core(m, category, m[1]!, m[2]);
  });
  if (text.indexOf(' -- ') >= 0) wrapEach(scan, JULIA_CODE, 'forward', 400, 'errorCode', P.bare);
  eachWith('API responded', API_RESPONDED, text, (m) => {
    const category = categoryOfCode(bareCode(m[2]!));
    if (category) core(m, category, m[2]!, m[1]!);
  });
}
