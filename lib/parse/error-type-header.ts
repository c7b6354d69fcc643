// The response header that names the error (`--debug` logs, SDK dumps): `x-amzn-ErrorType: AccessDeniedException:http://…`.
// Also as a Kotlin/Java header map prints it (`x-amzn-errortype=[AccessDeniedException:http://…]`), as a Ruby hash or
// JSON object of headers (`"x-amzn-errortype"=>"ExpiredTokenException"`), as a tuple (`("x-amzn-ErrorType",
// "AccessDeniedException:http://…")`) and as R prints a list of them (`$\`x-amzn-errortype\`` ⏎ `[1] "…"`). Its value
// alone, the code before the service framework's URL, is AWS's too: an iOS NSError's
// `NSLocalizedFailureReason=AccessDeniedException:http://internal.amazon.com/coral/…` (Kinesis Video), and the
// framework's qualified name of it (AppSync's realtime socket: "Connection failed:
// com.amazon.coral.service#ExpiredTokenException").
import { each } from './find';
import { mentions } from './gate';
import { codeWrapper } from './sdk-envelopes';
import { P, type Scan } from './types';

const AMZN_ERROR_TYPE = /x-amzn-ErrorType(?::\s{0,3}|=\[|["']\s{0,3}(?:=>|:|,)\s{0,3}["']|`[ \t]{0,3}\n[ \t]{0,3}\[1\][ \t]{1,3}")([A-Za-z][A-Za-z0-9.]{1,100})/gi;
// (Also where a title cut the URL after its host's first word: `AccessDeniedException:http://internal`.)
const CORAL_TYPE = /(?<![\w.-])([A-Z][A-Za-z0-9]{2,100}):https?:\/\/internal(?:\.amazon\.com\/coral\/|(?=[\s"'}]|$))/g;

const CORAL_NAME = /\bcom\.amazon\.coral\.(?:service|validate)#([A-Z][A-Za-z0-9]{2,100})\b/g;

export function scanErrorTypeHeaders(scan: Scan): void {
  const { text } = scan;
  const span = (m: RegExpExecArray): [number, number] => [m.index, m.index + m[0].length];
  // A dump's headers come before its body, which may say more (a credentials failure): a long reach.
  if (mentions(scan, 'errortype')) {
    each(AMZN_ERROR_TYPE, text, (m) => codeWrapper(scan, ...span(m), m[1] ?? '', P.structured, 'around', 1500));
  } else if (text.indexOf('://internal') >= 0) {
    each(CORAL_TYPE, text, (m) => codeWrapper(scan, ...span(m), m[1] ?? '', P.structured, 'around', 400));
  }
  if (text.indexOf('coral.') >= 0) each(CORAL_NAME, text, (m) => codeWrapper(scan, ...span(m), m[1] ?? '', P.structured, 'around', 400));
}
