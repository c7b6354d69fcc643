// The Go SDK v1's debug log of a response (`AWS_SDK_LOAD_CONFIG` debug, Terraform's `TF_LOG=DEBUG`, goofys):
//   DEBUG: Response ec2/DescribeImages Details:
//   ---[ RESPONSE ]--------------------------------------
//   HTTP/1.1 403 Forbidden
// names the operation and the status; the body, when the log prints it, comes after a rule and says more (its code,
// a credentials failure). A 403 with no body shown is still the refusal of that call.
import { each } from './find';
import { P, makeCore, makeWrapper, setField, type Scan } from './types';

const RESPONSE_403 =
  /\bResponse\s{1,3}[a-z0-9-]{2,40}\/([A-Z][A-Za-z0-9]{1,100})\s{1,3}Details:[^\n]{0,20}\n(?:[^\n]{0,200}\n){0,2}?[^\n]{0,200}?HTTP\/1\.[01]\s{1,3}403\b/g;
/** Where the body starts: an XML or JSON error document. */
const BODY = /<ErrorResponse\b|<Error>|\{\s{0,3}"(?:__type|message|Message|code|Code)"/;
/** How far after the status a body may start (the headers and the rule between). */
const BODY_REACH = 1500;

export function scanGoDebugResponses(scan: Scan): void {
  const { text } = scan;
  if (text.indexOf('Details:') < 0 || text.indexOf('HTTP/1.') < 0) return;
  each(RESPONSE_403, text, (m) => {
    const end = m.index + m[0].length;
    const body = BODY.exec(text.slice(end, end + BODY_REACH));
    // Up to the body, so the operation joins the message the body holds (a blank line lies between).
    if (body) {
      const w = makeWrapper(m.index, end + body.index, 'forward', 400);
      // The headers lend the operation; the message shown is the body's.
      w.aside = true;
      setField(w, 'operation', m[1], P.prefix);
      scan.pieces.push(w);
      return;
    }
    const core = makeCore(m.index, end, 'access-denied', false);
    setField(core, 'operation', m[1], P.prefix);
    scan.pieces.push(core);
  });
}
