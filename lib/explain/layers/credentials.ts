// Credentials failures (expired, invalid, missing credentials, bad signatures, cluster logins): no policy to change
// yet, but which credentials were used and why AWS refused them. The reason, the checklist and its checks.
import type { Cause, Fix, Step } from '../../model';
import { credentialSteps } from '../../steps/credentials';
import { valuesOf } from '../../steps/values';
import type { Ctx } from '../context';
import { credentialKind } from '../credentials';

export const credentials = {
  cause(ctx: Ctx): Cause {
    return { policyType: 'unknown', likelihood: 'certain', reason: ctx.t(`cause.credentials.${credentialKind(ctx.facts.finding)}`) };
  },
  fix(ctx: Ctx): Fix {
    return { target: 'credentials', who: 'you', attachTo: null, policy: null, note: ctx.t(`note.credentials.${credentialKind(ctx.facts.finding)}`), placeholders: [] };
  },
  checks(ctx: Ctx): Step[] {
    return credentialSteps(valuesOf(ctx));
  },
  docs: 'https://docs.aws.amazon.com/sdkref/latest/guide/standardized-credentials.html',
};
