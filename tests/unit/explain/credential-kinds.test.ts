// Credentials failures whose fix is not the caller's profile: API Gateway's catch-all for a route it does not have,
// CloudFront's signed URLs and a Cognito identity pool without guests. Each gets its own reason, fix, checks and link
// — the generic "configure credentials" advice sends the reader to the wrong layer.
import { describe, expect, it } from 'vitest';
import { credentialKind } from '../../../lib/explain/credentials';
import { explain } from '../../../lib/explain/index';
import type { Explanation } from '../../../lib/model';
import { parse } from '../../../lib/parse/index';

async function explained(text: string, lang: 'en' | 'ja' = 'en'): Promise<Explanation> {
  const [f] = parse(text);
  expect(f?.category).toBe('credentials');
  return explain(f!, { lang, context: text });
}

const ROUTE = 'curl -X POST https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/orders\n{"message":"Missing Authentication Token"}';
const SIGNED = '<?xml version="1.0" encoding="UTF-8"?><Error><Code>MissingKey</Code><Message>Missing Key-Pair-Id query parameter or cookie value</Message></Error>';
const GUEST =
  'CognitoIdentityCredentials failed for us-west-2:0123abcd-0123-4567-89ab-0123456789ab\nAn error occurred (NotAuthorizedException) when calling the GetId operation: Unauthenticated access is not supported for this identity pool.';

describe('credentialKind', () => {
  it.each([
    [{ errorCode: null, message: '{"message":"Missing Authentication Token"}' }, 'missingToken'],
    [{ errorCode: 'MissingAuthenticationTokenException', message: 'Request is missing Authentication Token' }, 'missingToken'],
    [{ errorCode: 'MissingKey', message: 'Missing Key-Pair-Id query parameter or cookie value' }, 'signedUrl'],
    [{ errorCode: null, message: 'Missing Key-Pair-Id query parameter or cookie value' }, 'signedUrl'],
    [{ errorCode: 'NotAuthorizedException', message: 'Unauthenticated access is not supported for this identity pool.' }, 'guest'],
    // The others keep their kinds.
    [{ errorCode: 'ExpiredToken', message: 'The security token included in the request is expired' }, 'expired'],
    [{ errorCode: null, message: 'Unable to locate credentials' }, 'missing'],
    // The .NET SDK's and AWS Tools for PowerShell's words for an empty chain or an instance without its role.
    [{ errorCode: null, message: 'Unable to find credentials' }, 'missing'],
    [{ errorCode: null, message: 'No credentials specified or obtained from persisted/shell defaults.' }, 'missing'],
    [{ errorCode: null, message: 'Unable to get IAM security credentials from EC2 Instance Metadata Service.' }, 'missing'],
    // A signature whose credential scope names another region: a header or a presigned URL's query.
    [{ errorCode: 'AuthorizationHeaderMalformed', message: "The authorization header is malformed; the region 'us-east-1' is wrong; expecting 'eu-west-1'" }, 'signingRegion'],
    [{ errorCode: 'AuthorizationQueryParametersError', message: "Error parsing the X-Amz-Credential parameter; the region 'us-east-1' is wrong; expecting 'ap-south-1'" }, 'signingRegion'],
    // An empty access key is no region problem.
    [{ errorCode: 'AuthorizationHeaderMalformed', message: 'The authorization header is malformed; a non-empty Access Key (AKID) must be provided in the credential.' }, 'generic'],
  ] as const)('%j → %s', (finding, kind) => {
    expect(credentialKind(finding)).toBe(kind);
  });
});

describe('explaining them', () => {
  it('API Gateway: the route first, then signing, with the API and region from the invoke URL', async () => {
    const e = await explained(ROUTE);
    expect(e.verdict).toMatch(/check the URL, stage and method first/);
    expect(e.fixes[0]).toMatchObject({ target: 'credentials', policy: null });
    expect(e.fixes[0]!.note).toMatch(/stage name, the resource path/);
    expect(e.steps[0]!.command).toContain('aws apigateway get-resources --rest-api-id a1b2c3d4e5 --region eu-west-1');
    expect(e.links.map((l) => l.url)).toContain('https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-call-api.html');
  });

  it('CloudFront: a signed URL or cookies, no CLI credentials to check', async () => {
    const e = await explained(SIGNED);
    expect(e.verdict).toMatch(/signed URL or signed cookies/);
    expect(e.causes[0]!.reason).toMatch(/trusted key group/);
    expect(e.steps.map((s) => s.command ?? '').join('\n')).not.toContain('get-caller-identity');
    expect(e.steps[0]!.command).toContain('aws cloudfront get-distribution-config');
    expect(e.links.map((l) => l.url)).not.toContain('https://docs.aws.amazon.com/sdkref/latest/guide/standardized-credentials.html');
  });

  it('Cognito: the login token or guest access, with the pool and its region from the text', async () => {
    const e = await explained(GUEST);
    expect(e.verdict).toMatch(/refuses guests/);
    expect(e.fixes[0]!.note).toMatch(/Logins/);
    expect(e.steps).toHaveLength(1);
    expect(e.steps[0]!.command).toContain('--identity-pool-id us-west-2:0123abcd-0123-4567-89ab-0123456789ab --region us-west-2');
  });

  it('in Japanese too', async () => {
    for (const [text, word] of [[ROUTE, 'ステージ'], [SIGNED, '署名付き'], [GUEST, 'ゲスト']] as const) {
      const e = await explained(text, 'ja');
      expect(e.verdict).toContain(word);
      expect(e.causes[0]!.reason).toMatch(/[ぁ-ん]/);
    }
  });
});

describe("the EKS console's banner for an unmapped principal", () => {
  it('is the cluster not knowing the identity: an access entry, with its check', async () => {
    const e = await explained('Your current IAM principal does not have access to Kubernetes objects on this cluster.');
    expect(credentialKind(parse('Your current IAM principal does not have access to Kubernetes objects on this cluster.')[0]!)).toBe('cluster');
    expect(e.fixes[0]!.note).toMatch(/access entry/);
    expect(e.steps.map((s) => s.command ?? '').join('\n')).toContain('aws eks list-access-entries');
  });
});

describe("a database's refused IAM token", () => {
  it('is told apart from the caller\'s own credentials: a fresh token, the grant, rds-db:connect', async () => {
    const text = '{"level":"error","msg":"Failed to send message: pq: PAM authentication failed for user \\"streaming\\"","time":"2026-03-16T11:23:11Z"}';
    const e = await explained(text);
    expect(credentialKind(parse(text)[0]!)).toBe('dbToken');
    expect(e.causes[0]!.reason).toMatch(/15 minutes/);
    expect(e.fixes[0]!.note).toMatch(/rds-db:connect/);
    expect(e.steps[0]!.command).toContain('aws rds generate-db-auth-token --hostname DB_HOST --port DB_PORT --username streaming');
    expect(e.links.map((l) => l.url)).toContain('https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html');
    // The card's verdict stays the generic one: the reason and the checks tell the causes apart.
    expect(e.verdict).toMatch(/rejected/);
  });
});

describe('a signature for the wrong region', () => {
  it.each(['en', 'ja'] as const)('says so and how to sign for the expected one (%s)', async (lang) => {
    const e = await explained(
      "<Error><Code>AuthorizationQueryParametersError</Code><Message>Error parsing the X-Amz-Credential parameter; the region 'us-east-1' is wrong; expecting 'ap-south-1'</Message><Region>ap-south-1</Region></Error>",
      lang,
    );
    expect(e.verdict).toMatch(lang === 'en' ? /signed for the wrong region/ : /リージョン/);
    expect(e.fixes[0]?.note).toMatch(/SigV4A/);
  });
});
