// The JSON that `aws sts decode-authorization-message` prints. Its DecodedMessage is JSON inside a JSON string;
// normalization has already undone the escaping, so both the raw CLI output and a `jq`-pretty-printed decoded
// document read the same:
//   {"allowed":false,"explicitDeny":false,"matchedStatements":{…},"failures":{…},
//    "context":{"principal":{"id":"AROA…:alice","arn":"arn:aws:sts::…"},"action":"ec2:RunInstances",
//               "resource":"arn:aws:ec2:…","conditions":{…}}}
// explicitDeny true → explicit; false → implicit. The policy type is not in the document.
import { mentions } from './gate';
import { P, makeCore, setField, type Scan } from './types';

const ALLOWED_FALSE = /"allowed"\s{0,5}:\s{0,5}false\b/g;
const EXPLICIT = /"explicitDeny"\s{0,5}:\s{0,5}(true|false)/;
const CONTEXT = /"context"\s{0,5}:\s{0,5}\{/;
const PRINCIPAL_ARN = /"principal"\s{0,5}:\s{0,5}\{[^{}]{0,1000}?"arn"\s{0,5}:\s{0,5}"([^"\n]{1,1000})"/;
const ACTION = /"action"\s{0,5}:\s{0,5}"([^"\n]{1,300})"/;
const RESOURCE = /"resource"\s{0,5}:\s{0,5}"([^"\n]{1,2048})"/;

/** matchedStatements and failures can be long; the context follows them. */
const WINDOW = 12000;

export function scanDecodedAuthorization(scan: Scan): void {
  if (!mentions(scan, '"allowed"')) return;
  const { text } = scan;
  // Each document is read up to the next one, so a text of many documents is still read once.
  const anchors: Array<{ start: number; end: number }> = [];
  ALLOWED_FALSE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ALLOWED_FALSE.exec(text))) anchors.push({ start: m.index, end: m.index + m[0].length });
  for (let i = 0; i < anchors.length; i++) {
    const { start, end: anchorEnd } = anchors[i]!;
    const windowEnd = Math.min(text.length, start + WINDOW, anchors[i + 1]?.start ?? text.length);
    const window = text.slice(start, windowEnd);
    const explicit = EXPLICIT.exec(window);
    const ctx = CONTEXT.exec(window);
    let end = anchorEnd;
    const core = makeCore(start, end, 'access-denied', true);
    if (explicit) setField(core, 'denyKind', explicit[1] === 'true' ? 'explicit' : 'implicit', P.statement);
    if (ctx) {
      const ctxText = window.slice(ctx.index, ctx.index + 4000);
      const principal = PRINCIPAL_ARN.exec(ctxText);
      const action = ACTION.exec(ctxText);
      const resource = RESOURCE.exec(ctxText);
      if (principal) setField(core, 'principal', principal[1]?.trim(), P.statement);
      if (action) setField(core, 'action', action[1]?.trim(), P.statement);
      if (resource) setField(core, 'resource', resource[1]?.trim(), P.statement);
      const last = Math.max(
        principal ? principal.index + principal[0].length : 0,
        action ? action.index + action[0].length : 0,
        resource ? resource.index + resource[0].length : 0,
      );
      end = start + ctx.index + Math.max(ctx[0].length, last);
    }
    core.end = end;
    scan.pieces.push(core);
  }
}
