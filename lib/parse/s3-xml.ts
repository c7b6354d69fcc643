// XML error bodies: S3's <Error><Code>AccessDenied</Code><Message>Access Denied</Message>…</Error>, and the
// query-protocol services that name the error element after the code (<AccessDeniedException><Message>…).
// The message text itself is read by the other families; this one contributes the code. Google Cloud Storage
// answers in the same XML (<Code>AccessDenied</Code>) with a <Details> naming its own permission: not AWS's.
import { categoryOfCode, codeKind } from './codes';
import { mentions } from './gate';
import { notAwsCode } from './not-aws';
import { P, makeWrapper, setField, type Scan } from './types';

// A browser's rendering of the body may print the tags in lower case (`<code>AccessDenied</code>`).
const CODE_ELEMENT = /<Code>\s{0,20}([A-Za-z][A-Za-z0-9.]{1,100})\s{0,20}<\/Code>|<code>\s{0,20}([A-Z][A-Za-z0-9.]{1,100})\s{0,20}<\/code>/g;
// The code may be the whole name (<AccessDeniedException>, as .NET prints a response it could not unmarshal) or
// end a longer one (<KMSAccessDeniedException>).
const NAMED_ELEMENT = /<((?:Client\.)?(?:[A-Z][A-Za-z]{0,40})?(?:AccessDenied|Unauthorized|ExpiredToken|InvalidClientTokenId|SignatureDoesNotMatch|IncompleteSignature|InvalidSignature|UnrecognizedClient|MissingAuthenticationToken)[A-Za-z]{0,30})>/g;

// CloudFront's answer to a request without its signed URL or cookie: a code of no category of its own (the message
// beside it, credentials.ts, says what failed), but the code the user searches for.
const CLOUDFRONT_SIGNING = new Set(['MissingKey']);

export function scanS3Xml(scan: Scan): void {
  if (!mentions(scan, '<') || !mentions(scan, 'code', 'denied', 'unauthorized', 'token', 'signature')) return;
  for (const [re, p] of [
    [CODE_ELEMENT, P.structured],
    [NAMED_ELEMENT, P.structured - 5],
  ] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(scan.text))) {
      const code = m[1] ?? m[2] ?? '';
      if (codeKind(code) === 'unknown' && !CLOUDFRONT_SIGNING.has(code)) continue;
      if (notAwsCode(scan.text, m.index, m.index + m[0].length)) continue;
      // The <Message> sits next to the <Code>, before or after it.
      const wrapper = makeWrapper(m.index, m.index + m[0].length, 'around', 600, categoryOfCode(code));
      setField(wrapper, 'errorCode', code, p);
      scan.pieces.push(wrapper);
    }
  }
}

