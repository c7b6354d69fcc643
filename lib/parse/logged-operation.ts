// Operations a client's own log names around the failure, in shapes no envelope has: the Rust SDK's chain under a
// service and call (`ses SendEmail: unhandled error (AccessDeniedException)`), Soto's request dump (`Request:` ⏎
// `  ListFunctions` ⏎ `  GET https://lambda.eu-west-3.amazonaws.com/…`).
import { each } from './find';
import { P, makeWrapper, setField, type Scan } from './types';

const RUST_CHAIN = /\b[a-z][a-z0-9-]{1,30}[ \t]([A-Z][A-Za-z0-9]{2,100}):\s{1,5}unhandled\s{1,3}error\s{1,3}\(/g;
const SOTO_REQUEST = /\bRequest:[ \t]*\n[ \t]{1,8}([A-Z][A-Za-z0-9]{2,100})[ \t]*\n[ \t]{1,8}(?:GET|POST|PUT|DELETE|HEAD|PATCH)[ \t]+https:\/\/[a-z0-9.-]{1,200}\.amazonaws\.com/g;

export function scanLoggedOperations(scan: Scan): void {
  const { text } = scan;
  if (text.indexOf('unhandled error') >= 0) lend(scan, RUST_CHAIN, 300);
  if (text.indexOf('Request:') >= 0) lend(scan, SOTO_REQUEST, 1500);
}

function lend(scan: Scan, re: RegExp, reach: number): void {
  each(re, scan.text, (m) => {
    const w = makeWrapper(m.index, m.index + m[0].length, 'forward', reach);
    w.aside = true;
    setField(w, 'operation', m[1], P.hint);
    scan.pieces.push(w);
  });
}
