// A service that printed the denied action without its prefix ("perform: GetHostedZone on resource: arn:aws:route53:::…",
// CodePipeline's "perform AssumeRole on role arn:…"): the finding keeps the name as printed, and the explanation reads it
// as the call's name — the action its service gives it, named in a fix the IAM engine confirms.
import { describe, expect, it } from 'vitest';
import { explain } from '../../../lib/explain/index';
import { parse } from '../../../lib/parse/index';
import { checkExplanation } from '../../support/fix-check';

describe('an action printed without its service prefix', () => {
  it('Route 53 through an old PHP client: the resource says the service', async () => {
    const text =
      'Route53::listResourceRecordSets(): Sender - AccessDenied: User: arn:aws:iam::111122223333:user/dyndns is not authorized to perform: GetHostedZone on resource: arn:aws:route53:::hostedzone/Z0123456789ABC';
    const [f] = parse(text);
    expect(f).toMatchObject({ action: 'GetHostedZone', resource: 'arn:aws:route53:::hostedzone/Z0123456789ABC' });
    const e = await explain(f!, { lang: 'en', context: text });
    expect(e.verdict).toContain('route53:GetHostedZone');
    expect(e.fixes[0]!.policy?.Statement[0]).toMatchObject({ Action: 'route53:GetHostedZone', Resource: 'arn:aws:route53:::hostedzone/Z0123456789ABC' });
    expect((await checkExplanation(e)).confirmed).toBe(true);
  });

  it("CodePipeline's AssumeRole on another account's role: the role's trust and the caller's Allow", async () => {
    const text =
      'arn:aws:iam::111122223333:role/pipeline-role is not authorized to perform AssumeRole on role arn:aws:iam::444455556666:role/source-role (Service: AWSCodePipeline; Status Code: 400; Error Code: InvalidStructureException)';
    const [f] = parse(text);
    expect(f).toMatchObject({ action: 'AssumeRole', resource: 'arn:aws:iam::444455556666:role/source-role' });
    const e = await explain(f!, { lang: 'en', context: text });
    expect(e.fixes.map((x) => x.target)).toEqual(expect.arrayContaining(['trust-policy', 'identity-policy']));
    for (const fix of e.fixes) if (fix.policy) expect(fix.policy.Statement[0]!.Action).toBe('sts:AssumeRole');
    expect((await checkExplanation(e)).confirmed).toBe(true);
  });

  it('a name no table knows stays as printed, with no policy naming it', async () => {
    const text = 'User: arn:aws:iam::111122223333:user/ana is not authorized to perform: FrobnicateWidget on resource: arn:aws:example:::widget/w1';
    const e = await explain(parse(text)[0]!, { lang: 'en', context: text });
    expect(e.verdict).toContain('FrobnicateWidget');
    for (const fix of e.fixes) expect(JSON.stringify(fix.policy ?? {})).not.toContain('"FrobnicateWidget"');
  });
});
