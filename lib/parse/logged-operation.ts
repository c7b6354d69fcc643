// Operations a client's own log names around the failure, in shapes no envelope has: the Rust SDK's chain under a
// service and call (`ses SendEmail: unhandled error (AccessDeniedException)`), Soto's request dump (`Request:` ⏎
// `  ListFunctions` ⏎ `  GET https://lambda.eu-west-3.amazonaws.com/…`).
import { wrapEach } from './match-pieces';
import { P, type Scan } from './types';

const RUST_CHAIN = /\b[a-z][a-z0-9-]{1,30}[ \t]([A-Z][A-Za-z0-9]{2,100}):\s{1,5}unhandled\s{1,3}error\s{1,3}\(/g;
const SOTO_REQUEST = /\bRequest:[ \t]*\n[ \t]{1,8}([A-Z][A-Za-z0-9]{2,100})[ \t]*\n[ \t]{1,8}(?:GET|POST|PUT|DELETE|HEAD|PATCH)[ \t]+https:\/\/[a-z0-9.-]{1,200}\.amazonaws\.com/g;

export function scanLoggedOperations(scan: Scan): void {
  const { text } = scan;
  if (text.indexOf('unhandled error') >= 0) wrapEach(scan, RUST_CHAIN, 'forward', 300, 'operation', P.hint, true);
  if (text.indexOf('Request:') >= 0) wrapEach(scan, SOTO_REQUEST, 'forward', 1500, 'operation', P.hint, true);
}
