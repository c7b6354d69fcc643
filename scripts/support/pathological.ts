// Inputs built to be the worst case of some scan: one unit repeated to a size. The parser's fuzz (tests/fuzz/) feeds
// them for correctness, the benchmark (scripts/bench/hostile.ts) for how time grows with their size.

/** Units whose repetition is the worst case of some scan: the benchmark's shapes and a few more. */
export const PATHOLOGICAL_UNITS = [
  'User: ',
  'arn:aws:',
  'arn:aws:iam::123456789012:',
  'arn:aws:iam::123456789012:user/',
  '"',
  '"User: ',
  ' ',
  '\n',
  ' \n\t',
  'is not authorized to perform: ',
  'not authorized to perform ',
  'on resource: "',
  'because no ',
  'with an explicit deny in a ',
  'Access Denied ',
  'Access denied to s3:GetObject\n',
  'Action: s3:GetObject\n',
  'An error occurred (AccessDenied) when calling the X operation: ',
  '"errorCode":"AccessDenied",',
  '"allowed":false,',
  '"allowed":false,"context":{',
  'AccessDeniedException: ',
  '\\',
  '\\"',
  'arn:aws:iam::123456789012:user/abcdefghijklmnopqrstuvwxyz0123456789\n',
  'a',
  '<Code>AccessDenied</Code>',
  'operation error S3: X, ',
  'could not be used to assume ',
  '{',
  '[',
  '{"a":',
  '{"errorCode":"AccessDenied","eventName":"X","userIdentity":{"arn":"arn:aws:iam::1:user/u"}},',
  '"message":"{',
  "{'a': '",
  '"context":{"principal":{"arn":"arn:aws:iam::1:user/u"},"action":"X"',
  'authorization-details/',
  'authorization id: ',
  '権限がありません',
  '**x ',
  '[a](mailto:',
  // Many codes or phrases on one long line: every look around each of them must stay bounded (not-aws.ts, query.ts).
  'No OpenIDConnect provider found ',
  "Access denied for operation 'AWS::A::B' ",
  'AWS Code: AccessDenied, Message:x ',
  'failed to refresh cached credentials, ',
  '"type": "S3AccessDenied", "severity" ',
  // A bare caller's name before each of many sentences on one line (sentence-caller.ts looks back for its line's head).
  'Abc is not authorized to perform: s3:A ',
  // Codes named one after another (code-list.ts looks at the line around each), and error lines whose code an earlier
  // message may hold (assemble.ts moves it to the message its line starts).
  'RequestTimeTooSkewed SignatureDoesNotMatch InvalidSignatureException AuthFailure ',
  'Error: NoCredentialProviders: no valid providers\nError: AccessDenied: Access Denied\n',
];

export function pathological(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
}
