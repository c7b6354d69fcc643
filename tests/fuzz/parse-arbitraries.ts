// Input generators for fuzzing anything that reads pasted text (the parser here; the explainer's fuzz file can
// import them too): random text, token soup from the message families' key words, mutated realistic messages,
// and the pathological shapes of the parser benchmark.
import fc from 'fast-check';
import { EXAMPLES } from '../unit/parse/examples';
import { pathological, PATHOLOGICAL_UNITS } from '../../scripts/support/pathological';

export { pathological, PATHOLOGICAL_UNITS };

/** The realistic messages the mutations start from (our own examples, every family). */
export const SEEDS: string[] = EXAMPLES.map((e) => e.text).filter((t) => t.length > 0);

/** Key words and fragments of every family, plus the characters the parser treats specially. */
export const TOKENS = [
  'User:',
  'User `',
  'User ',
  'is not authorized to perform:',
  'not authorized to perform',
  'Not authorized to perform sts:AssumeRoleWithWebIdentity',
  'You are not authorized to perform this operation.',
  'Encoded authorization failure message: ',
  's3:GetObject',
  'SNS:Publish',
  'sts:AssumeRole',
  'arn:aws:iam::123456789012:user/ana',
  'arn:aws:sts::XXXX:assumed-role/R/s',
  'arn:aws:iam::123456789012:role/x',
  'arn:aws:s3:::bucket/key',
  'arn:',
  'arn:aws:',
  'on resource:',
  'on resource ',
  'on the resource',
  'because no',
  'identity-based policy allows the',
  'permissions boundary allows',
  'with an explicit deny in a',
  'service control policy: ',
  'arn:aws:organizations::999988887777:policy/o-x/service_control_policy/p-y',
  'action',
  'An error occurred (AccessDenied) when calling the',
  'An error occurred (ThrottlingException) when calling the',
  'GetObject operation:',
  'operation error S3: PutObject, https response error StatusCode: 403, RequestID: x, api error AccessDenied:',
  '(Service: Amazon S3; Status Code: 403; Error Code: AccessDenied; Request ID: 1)',
  '(Service: X; Status Code: 400; Error Code: InvalidParameterException; Request ID: 1)',
  'AccessDeniedException: ',
  'AccessDenied',
  'Access Denied',
  'Access denied to ',
  "You don't have permission to ",
  'Action: ',
  'Context: no identity-based policy allows the action',
  'On resource(s): ',
  'ユーザー: ',
  'アクション: ',
  '<Error><Code>AccessDenied</Code><Message>',
  '</Message></Error>',
  '"allowed":false,"explicitDeny":true,"context":{"principal":{"arn":"',
  '"errorCode":"AccessDenied","eventName":"GetObject","userIdentity":{"arn":"',
  'The security token included in the request is expired',
  'Unable to locate credentials',
  'HandlerErrorCode: AccessDenied',
  'API: s3:CreateBucket',
  'Error from server (Forbidden): pods is forbidden: User "x" cannot list resource "pods"',
  'could not be used to assume',
  // Structured shapes (issue 13) and the Access Troubleshooter suffix (issue 12).
  '{"Records":[',
  '{"eventVersion":"1.09","userIdentity":{"type":"AssumedRole","arn":"arn:aws:sts::1:assumed-role/R/s"},',
  '"eventSource":"s3.amazonaws.com","eventName":"ListObjects",',
  '"requestParameters":{"bucketName":"b","key":"k"},',
  '"userIdentity":{"type":"AWSService","invokedBy":"lambda.amazonaws.com"},',
  "'errorCode': 'AccessDenied', 'responseElements': None,",
  '"CloudTrailEvent": "{',
  '"DecodedMessage": "{\\"allowed\\":false,',
  '"explicitDeny":true,"matchedStatements":{"items":[{"statementId":"S","effect":"DENY"}]},',
  '"context":{"principal":{"arn":"arn:aws:iam::1:user/u"},"action":"RunInstances","resource":"arn:aws:ec2:r:1:instance/*"}',
  '"evaluations":[{"action":"iam:PassRole","resource":"arn:aws:iam::1:role/r","evaluatedEffect":"EXPLICIT_DENY","matchedPolicies":[{"uri":"arn:aws:iam::1:policy/p","matchedStatements":[{"sid":"S","evaluatedEffect":"DENY"}]}]}]',
  '"requestContext":{"aws:PrincipalArn":"arn:aws:iam::1:user/u"},',
  '{"kind":"Status","status":"Failure","reason":"Unauthorized","code":401}',
  '. Go to https://us-east-1.console.aws.amazon.com/iam/home#/authorization-details/abc123def for complete details',
  ' with the following authorization id: abc123def',
  'IAM user access not activated',
  'ユーザー: arn:aws:iam::1:user/u は、s3:GetObject を実行する権限がありません。',
  '明示的に拒否されているため',
  '[redacted:account-id]',
  '[a@b.c](mailto:a@b.c)',
  '\\*',
  ' ---> ',
  ': ClientError',
  '# comment\n',
  '// comment\n',
  '"',
  "'",
  '`',
  '\\"',
  '\\n',
  '\\u0041',
  '\n',
  '\n\n',
  '  ',
  '\t',
  '> ',
  '│ ',
  '**',
  '.',
  ',',
  ':',
  '(',
  ')',
  '<',
  '>',
  '&quot;',
  '\u200b',
  '\u202e',
  '\u00a0',
  '\u001b[31m',
];

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

/** Arbitrary text: ASCII, full Unicode (lone surrogates included) and grapheme strings. */
export const randomText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

/** Key words of every family in random order and company. */
export const tokenSoup = fc.array(token, { maxLength: 60 }).map((parts) => parts.join(''));

type Mutation = (text: string) => string;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.constantFrom(...TOKENS)).map(([at, t]): Mutation => (s) => s.slice(0, at % (s.length + 1)) + t + s.slice(at % (s.length + 1))),
  fc.tuple(fc.nat(), fc.nat({ max: 40 })).map(([at, n]): Mutation => (s) => s.slice(0, at % (s.length + 1)) + s.slice((at % (s.length + 1)) + n)),
  fc.tuple(fc.nat(), fc.nat({ max: 200 })).map(([at, n]): Mutation => (s) => {
    const i = at % (s.length + 1);
    return s.slice(0, i + n) + s.slice(i, i + n) + s.slice(i + n);
  }),
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 })).map(([at, c]): Mutation => (s) => {
    const i = at % (s.length + 1);
    return s.slice(0, i) + c + s.slice(i + 1);
  }),
  // A terminal hard wrap at a random column.
  fc.integer({ min: 20, max: 160 }).map((width): Mutation => (s) => s.replace(new RegExp(`[^\\n]{${width}}`, 'g'), (line) => line + '\n')),
  fc.nat().map((at): Mutation => (s) => s.slice(0, at % (s.length + 1))),
  fc.constant<Mutation>((s) => s.toUpperCase()),
  fc.constant<Mutation>((s) => JSON.stringify(s)),
  fc.constant<Mutation>((s) => s.replace(/^/gm, '> ')),
);

/** A realistic message with a few random edits. */
export const mutatedMessage = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([seed, edits]) => edits.reduce((text, edit) => edit(text), seed));


export const pathologicalText = fc
  .tuple(fc.constantFrom(...PATHOLOGICAL_UNITS), fc.integer({ min: 1, max: 20_000 }), fc.constantFrom(...SEEDS, ''))
  .map(([unit, size, seed]) => pathological(unit, size) + seed);
