// Role assumption failures that are not the API sentence: a service that could not assume the role it was
// given ("Neither the global service principal states.amazonaws.com, nor the regional one is authorized to
// assume the provided role", "ECS was unable to assume the role 'arn:…'", "… could not be used to assume …",
// "Could not assume role with OIDC", Snowflake's "Error assuming AWS_ROLE"). The STS sentence itself ("Not authorized to perform
// sts:AssumeRoleWithWebIdentity") is read by the API-sentence family.
//
// These are weak cores: when the service reports them as InvalidParameterException / ValidationException (a
// missing service-linked role, a role that does not exist), that code overrules them — unless the service itself
// blames the role's trust policy.
import { principalTypeAndAccount } from '../arn';
import { mentions } from './gate';
import { each } from './find';
import { P, makeCore, makeWrapper, setField, type Scan } from './types';
import { cleanValue, isJsSpace } from './text';

const ASSUME =
  new RegExp(
    String.raw`\b(?:could not be used to assume|(?:is not|not|is|nor the regional one is) authori[sz]ed to assume|(?:is )?not permitted to assume|(?:was |is )?unable to assume|(?:cannot|could not|couldn't|can't) (?:assume|be assumed)|failed to assume|(?:permission|access) denied when attempting to assume|error assuming (?:the )?(?:AWS_ROLE|role)|(?:does not|doesn't) have (?:the )?permissions?(?: required)? to assume)\b`.replace(/ /g, String.raw`\s{1,5}`),
    'gi',
  );
// A role's name, not a word ("the associated role", "the IAM role"): capitals inside it, a digit, a hyphen or an underscore.
const NAMED_ROLE = /^\s{1,5}the\s{1,5}(?!(?:IAM|AWS|EC2|ECS|EKS)\s)((?=[\w+=,.@-]*(?:[A-Z][\w+=,.@-]*[A-Z]|[-_0-9]))[A-Za-z][\w+=,.@-]{1,63})\s{1,5}role\b/;
const ACTION_IN_BRACKETS = /^\s{1,5}(?:the\s{1,5})?role\s{0,5}\(\s{0,3}(sts:[A-Za-z]{6,40})\s{0,3}\)/;
const SERVICE_PRINCIPAL = /\b([a-z0-9-]{2,40}(?:\.[a-z0-9-]{1,40}){0,3}\.amazonaws\.com(?:\.cn)?)\b/;
// Docs and runbooks write the partition as a placeholder (`arn:<partition>:`, `arn:${AWS::Partition}:`): still the role.
const ROLE_ARN = /arn:(?:aws[\w-]{0,20}|<partition>|\$\{(?:AWS::)?Partition\}):iam::[^\s:'"`]{0,40}:role\/[^\s'"`,;):]{1,512}/;
// Step Functions names its own role before the phrase: "The role <name> is not authorized to assume the task state's role".
// (Control Tower names its own role without the word: "The AWSControlTowerStackSetRole is unable to assume …".)
const CALLER_ROLE = /\bThe\s{1,3}(?:role\s{1,3}([A-Za-z][\w+=,.@-]{0,63}[\w])|([A-Z][\w+=,.@-]{1,59}Role))\s{1,3}$/;
// …and says what the role's trust must allow: "… add the management account to the trust relationship for the
// AWSControlTowerExecution to allow sts:AssumeRole and try again."
const TRUST_ALLOW = /^[^\n]{0,300}?\btrust\s{1,3}relationship\b[^\n]{0,120}?\ballow\s{1,3}(sts:AssumeRole)\b/;
// Redshift's COPY names its database user without the label's colon: "User arn:aws:redshift:…:dbuser:c/u is not
// authorized to assume IAM Role arn:…".
const USER_ARN_BEFORE = /\bUser\s{1,3}(arn:[^\s"'`,;]{3,512})\s{1,3}(?:is\s{1,3})?$/;

/**
 * Every phrase above has white space before "assume": most texts that mention it only do so in `sts:AssumeRole`
 * and `:assumed-role/` ARNs, which do not need the scan.
 */
function assumeAfterSpace(lower: string): boolean {
  for (let i = lower.indexOf('assum'); i >= 0; i = lower.indexOf('assum', i + 1)) {
    if (i > 0 && isJsSpace(lower.charCodeAt(i - 1))) return true;
  }
  return false;
}

// The .NET SDK names the role before the STS sentence it wraps: "AmazonClientException: Error calling AssumeRole for
// role arn:aws:iam::…:role/x ---> …Exception: Not authorized to perform sts:AssumeRoleWithWebIdentity".
const CALLING_FOR_ROLE = new RegExp(String.raw`\bcalling\s{1,3}AssumeRole\w{0,20}\s{1,3}for\s{1,3}role\s{1,3}(${ROLE_ARN.source})`, 'g');

function startingWithin(m: RegExpExecArray | null, limit: number): RegExpExecArray | null {
  return m && m.index < limit ? m : null;
}

export function scanAssumeFailures(scan: Scan): void {
  if (!mentions(scan, 'assum') || !assumeAfterSpace(scan.lower)) return;
  const { text } = scan;
  if (mentions(scan, 'calling')) {
    each(CALLING_FOR_ROLE, text, (m) => {
      // The role is the resource of the refusal the inner exception states; without one (the wrapper alone, a
      // credentials failure) it names no refused resource.
      if (!/[Nn]ot\s{1,3}authori[sz]ed|AccessDenied/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 600))) return;
      const w = makeWrapper(m.index, m.index + m[0].length, 'forward', 600);
      setField(w, 'resource', cleanValue(m[1]!), P.hint);
      scan.pieces.push(w);
    });
  }
  ASSUME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ASSUME.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    // "Neither the global service principal states.amazonaws.com, nor the regional one is authorized…" names
    // the principal before the phrase; it must say a denial ("Neither", "not", "unable"…).
    const before = text.slice(Math.max(0, start - 160), start);
    if (/^is authori[sz]ed/i.test(m[0])) continue;
    if (/nor the regional one/i.test(m[0]) && !/\bNeither\b/i.test(before)) continue;
    // Lambda's InvalidParameterValueException about an execution role's trust ("The role defined for the function
    // cannot be assumed by Lambda"): the role's setup, not a refusal of the caller.
    if (/be\s{1,5}assumed$/i.test(m[0]) && /\brole\s{1,80}defined\s{1,80}for\s{1,80}the\s{1,80}function\s{1,80}$/i.test(before)) continue;
    // CloudFormation checking the service role it was given ("Role arn:… is invalid or cannot be assumed", a
    // ValidationError): the role's setup, as above.
    if (/be\s{1,5}assumed$/i.test(m[0]) && /\bis\s{1,3}invalid\s{1,3}or\s{1,3}$/i.test(before)) continue;
    // Terraform's "IAM Role (arn:…) cannot be assumed. There are a number of possible causes …" above "Error:
    // NoCredentialProviders: no valid providers in chain": nothing was refused — there were no credentials to assume it
    // with, which that error says.
    if (/be\s{1,5}assumed$/i.test(m[0]) && /^[^]{0,1500}?\bNoCredentialProviders\b/.test(text.slice(end, end + 1600))) continue;
    // saml2aws says this after any failure of its login, most before any call to AWS ("missing Assertion element", "No
    // accounts available"); a refusal by STS is the API sentence it prints with it.
    if (/^\s{1,3}role[.,]\s{1,3}please\s{1,3}check\s{1,3}(?:whether\s{1,3})?you\s{1,3}are\s{1,3}permitted\b/i.test(text.slice(end, end + 80))) continue;
    // STS's answer to a malformed role ARN ("Could not assume role with OIDC: Request ARN is invalid", an empty account
    // in it) is a ValidationError: nothing was refused.
    if (/^[^\n]{0,60}?\bRequest\s{1,3}ARN\s{1,3}is\s{1,3}invalid\b/i.test(text.slice(end, end + 120))) continue;
    // …and its answer when the account has no OIDC provider for the token's issuer ("Could not assume role with OIDC: No
    // OpenIDConnect provider found in your account for …"): a credentials failure, which credentials.ts reads.
    if (/^[^\n]{0,60}?\bNo\s{1,3}OpenIDConnect\s{1,3}provider\s{1,3}found\b/i.test(text.slice(end, end + 140))) continue;
    // A service that says the trust is what failed ("Failed to assume role arn:…. This could be due to the role's trust
    // policy": MWAA's ValidationException) reports a refusal, whatever code carries it.
    const trustSaid = /^(?:[^\n]|\n(?![ \t]*\n)){0,400}?\btrust\s{1,3}(?:policy|relationship)\b/i.test(text.slice(end, end + 420));
    // (…and so does one whose phrase says the refusal: "Permission denied when attempting to assume role arn:…".)
    const core = makeCore(start, end, 'access-denied', trustSaid || /denied/i.test(m[0]));
    if (trustSaid) setField(core, 'policyType', 'trust', P.hint);
    const sentenceBefore = before.split(/\.(?=\s|$)|\n\s*\n/).pop() ?? '';
    const service = SERVICE_PRINCIPAL.exec(sentenceBefore);
    if (service && principalTypeAndAccount(service[1] ?? '').type === 'service') setField(core, 'principal', service[1], P.prefix);
    // The role must start within 300 characters; the slice goes on so that one starting there is read whole.
    const after = text.slice(end, Math.min(text.length, end + 900)).split(/\n\s*\n/)[0] ?? '';
    // Passive phrases name the role before them: Terraform's "IAM Role (arn:…) cannot be assumed."
    const role = /be\s{1,5}assumed$/i.test(m[0]) ? ROLE_ARN.exec(sentenceBefore) : startingWithin(ROLE_ARN.exec(after), 300);
    if (role) setField(core, 'resource', cleanValue(role[0]), P.prefix);
    // A role printed as what could not be assumed is the role's trust policy at issue (labels: trust only when the role is named).
    if (role && /authori[sz]ed\s{1,5}to\s{1,5}assume$/i.test(m[0]) && /^not\b/i.test(m[0].replace(/^is\s+/i, ''))) setField(core, 'policyType', 'trust', P.hint);
    // …so is a service's "SageMaker was unable to assume the role 'arn:…'" (the role's trust in that service), and a
    // tool's "Unable to assume role arn:…" / "failed to assume role arn:…".
    // A product's bare "Unable to assume role" (AppSync's GraphQL error) names no role but says the same.
    const roleArnNext = /^\s{1,5}(?:the\s{1,5})?role:?\s{1,5}['"`(]?arn:/i.test(text.slice(end, end + 30));
    const bareRole = !role && /^(?:was\s{1,5})?unable/i.test(m[0]) && /^\s{1,5}role[ \t]*[:.]?[ \t]*(?:\n|$)/i.test(text.slice(end, end + 30));
    if (((role && roleArnNext) || bareRole) && /^(?:(?:was\s{1,5})?(?:unable|failed)\s{1,5}to|(?:permission|access)\s{1,5}denied\s{1,5}when\s{1,5}attempting\s{1,5}to)\s{1,5}assume$/i.test(m[0])) setField(core, 'policyType', 'trust', P.hint);
    // Greengrass when the account's Greengrass service role does not trust it (GreengrassV2Data's UnauthorizedException:
    // "Greengrass is not authorized to assume the Service Role associated with this account"): the service is the caller.
    const greengrass = /\b([Gg]reengrass)\s{1,3}$/.exec(before.slice(-40));
    if (greengrass && /^\s{1,3}the\s{1,3}service\s{1,3}role\s{1,3}associated\b/i.test(text.slice(end, end + 50))) {
      setField(core, 'principal', greengrass[1], P.prefix);
      setField(core, 'principalType', 'service', P.prefix);
    }
    const caller = CALLER_ROLE.exec(before.slice(-100));
    const callerName = caller ? (caller[1] ?? caller[2]!) : null;
    if (callerName && !callerName.startsWith('arn:')) setField(core, 'principal', callerName, P.hint);
    setField(core, 'principal', USER_ARN_BEFORE.exec(before.slice(-600))?.[1], P.hint);
    // AWS IoT names the call in brackets: "is unable to assume role (sts:AssumeRole) on resource: arn:…".
    setField(core, 'action', ACTION_IN_BRACKETS.exec(after)?.[1], P.prefix);
    // A service naming the role by its name alone: "AWS Control Tower is unable to assume the AWSControlTowerExecution
    // role in the account".
    const named = role ? null : NAMED_ROLE.exec(after);
    if (named) setField(core, 'resource', named[1], P.hint);
    const allowed = named ? TRUST_ALLOW.exec(after) : null;
    if (allowed) {
      setField(core, 'action', allowed[1], P.hint);
      setField(core, 'policyType', 'trust', P.hint);
    }
    // CDK falls back to the current credentials: "…could not be used to assume 'arn:…', but are for the right
    // account. Proceeding anyway." — a warning, and whatever fails next is the finding.
    if (/^[^\n]{0,700}?\b(?:Proceeding anyway|proceeding with|falling back to|continuing with)\b/i.test(after.slice(0, 300))) core.recovered = true;
    scan.pieces.push(core);
  }
}
