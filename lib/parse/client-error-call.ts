// botocore's ClientError built by hand (tests, mocks, stubs) takes the operation as its second argument:
//   ClientError({"Error": {"Code": "AccessDenied", "Message": "User: … is not authorized …"}}, "ListFindings")
// which str(error) prints as "… when calling the ListFindings operation: …". The call's span holds the message, so
// the operation joins the denial inside it.
import { LooseReader } from './loose-json';
import { mentions } from './gate';
import { P, makeWrapper, setField, type Scan } from './types';

const CALL = /\bClientError\(\s{0,20}(?:error_response\s{0,3}=\s{0,3})?(?=\{)/g;
// (A type checker's comment may follow the argument: `"ListTagsForResource"  # type: ignore`.)
const OPERATION_ARG = /\s{0,20},\s{0,20}(?:operation_name\s{0,3}=\s{0,3})?(["'])([A-Z][A-Za-z0-9]{1,100})\1\s{0,20},?(?:[ \t]{0,3}#[^\n]{0,80})?\s{0,20}\)/y;
// The response built beforehand and passed by name: `ClientError(error_response, "ListFunctionUrlConfigs")`, the same
// operation argument after it.
const CALL_WITH_NAME = new RegExp(String.raw`\bClientError\(\s{0,20}(?:error_response\s{0,3}=\s{0,3})?[A-Za-z_][\w.]{0,60}` + OPERATION_ARG.source, 'g');

export function scanClientErrorCalls(scan: Scan): void {
  const { text } = scan;
  if (!mentions(scan, 'code') || text.indexOf('ClientError(') < 0) return;
  const reader = new LooseReader(text);
  CALL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CALL.exec(text))) {
    reader.pos = m.index + m[0].length;
    const response = reader.value();
    if (!response || response.t !== 'o') continue;
    OPERATION_ARG.lastIndex = response.end;
    const op = OPERATION_ARG.exec(text);
    if (!op) continue;
    const wrapper = makeWrapper(m.index, OPERATION_ARG.lastIndex, 'around', 0);
    setField(wrapper, 'operation', op[2], P.envelope - 5);
    scan.pieces.push(wrapper);
    CALL.lastIndex = OPERATION_ARG.lastIndex;
  }
  // The response it names sits above the call, a few lines up in the same test.
  CALL_WITH_NAME.lastIndex = 0;
  while ((m = CALL_WITH_NAME.exec(text))) {
    const wrapper = makeWrapper(m.index, m.index + m[0].length, 'backward', 800);
    setField(wrapper, 'operation', m[2], P.envelope - 5);
    scan.pieces.push(wrapper);
  }
}
