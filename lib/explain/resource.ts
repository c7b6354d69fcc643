// Turns the resource a message names into the `Resource` of a least-privilege statement, shaped by the action's
// resource types: the ARN as printed when it fits one of them, the type's ARN template filled with the name when
// the message gives only a name (`role lambda-ex`, a secret name), clearly marked placeholders for what the message
// does not say, and `*` only for actions without resource-level permissions.
import { parseArn } from '../arn';
import { fillTemplate, LOCATION_VARS, placeholderFor, templateVars } from '../iam/arn-template';
import type { ActionInfo, ResourceTypeRef } from '../iam/types';
import { asPartition, isAccountId, type Partition } from '../arn';
import { containsMask } from '../mask';
import { addAll, companionsFor, everyOfType, locationValues, otherForms, withPlaceholders } from './resource-companions';
import { fitArn, type Fit } from './resource-fit';
import { UNNAMED_CALL_TYPES } from './unnamed-resources';
import { serviceWide, typeChoice } from './resource-type';
import { clean, isPlaceholderToken, isRegion, PLACEHOLDER_TOKENS, unmaskWithin, withoutSentenceEnd } from './values';

export interface ResolvedResource {
  /** What goes into `Resource`: an ARN, possibly with placeholders, or `*`. */
  arn: string;
  type: ResourceTypeRef | null;
  placeholders: string[];
  /** The ARN names exactly the resource of the message (nothing guessed, no placeholder). */
  exact: boolean;
  /** The action supports no resource-level permissions, so `*` is the only possible resource. */
  wildcardOnly: boolean;
  region: string | null;
  /** The resource's own account when its ARN carries one (12 digits), else null. */
  account: string | null;
  /** The template variables read from the ARN (e.g. BucketName, ObjectName). */
  vars: Record<string, string>;
  /** ARNs of the action's other required resource types, scoped to region and account (e.g. RunInstances). */
  companions: string[];
  /** The ARN covers every resource of the service in the account and region: the action takes several types alike. */
  anyType?: boolean;
}

export interface ResourceContext {
  partition: Partition;
  /** The principal's account (12 digits) when known: resources named without an account are usually there. */
  principalAccount: string | null;
  /** A region seen elsewhere in the message, used when the resource does not say. */
  regionHint: string | null;
  /**
   * The placeholder for the resource's masked account: ACCOUNT_ID, or TARGET_ACCOUNT_ID when the caller's account is
   * unknown too (two unknown accounts never share one placeholder).
   */
  accountToken?: string;
  /**
   * The action's IAM data exists but could not be read: without it nothing says the action is wildcard-only, so a
   * resource the message does not name becomes a placeholder, never `*`.
   */
  dataUnavailable?: boolean;
}

/** The placeholder for a resource the message does not name when the action's IAM data could not be read. */
export const RESOURCE_PLACEHOLDER = 'RESOURCE_ARN';

// IAM prints some names after their type's words: `role app`, `instance profile eks-node` (CloudFormation's handler).
const TYPE_PREFIX = /^(role|user|group|policy|instance[ -]profile|function|bucket|key|secret|table|queue|topic|stack)\s+(.+)$/i;

const HAS_PLACEHOLDER = new RegExp(PLACEHOLDER_TOKENS.source);
// A writer's placeholder inside an ARN: `<LISTENER>`, `{name}`, `MY_AGENT_ID`; and a CI log's secret mask, which may
// swallow a separator too (`role***DeployRole`).
const WRITTEN_MASK = new RegExp(`<[^<>\\s]{1,40}>|\\{[^{}\\s]{1,40}\\}|\\*{3,}|${PLACEHOLDER_TOKENS.source}`);

/** The key of the action's type whose ARN's resource part starts with the words a writer kept (`listener/app/`). */
function writtenType(info: ActionInfo, literal: string): string | null {
  if (literal.length < 3) return null;
  return info.resourceTypes.find((t) => t.arn.split(':').slice(5).join(':').startsWith(literal))?.key ?? null;
}

const AWS_TRANSFORM = /^transform\/(?:Serverless-\d|Include$|LanguageExtensions$|SecretsManager-\d)/;

function stripQuotes(value: string): string {
  return withoutSentenceEnd(value.replace(/^["'`“‘]+|["'`”’]+$/g, ''), /[.,;]+$/);
}

/** The template's last variable (the object key, the stack id): empty in a printed ARN, it stands for all. */
function lastVar(template: string): string | null {
  const vars = templateVars(template);
  return vars[vars.length - 1] ?? null;
}

/** The variable that names the resource itself (not its location): the last non-location variable. */
function nameVar(template: string): string | null {
  const vars = templateVars(template).filter((v) => !LOCATION_VARS.has(v));
  return vars[vars.length - 1] ?? null;
}


/** ARN segments as printed, with spaces from terminal wraps removed. */
function splitArn(value: string): { partition: string; service: string; region: string; account: string; rest: string } | null {
  const parsed = parseArn(value.replace(/\s+/g, ''));
  if (!parsed || !parsed.service || (!parsed.hasPrefix && !parsed.partition.startsWith('aws'))) return null;
  if (elidedLocation(parsed.region, parsed.account)) {
    // (A type alone after the ellipsis, `arn:aws:glue:…:catalog`, is the whole resource: no colon after it.)
    const rest = parsed.resource ? `${parsed.account}:${parsed.resource}` : parsed.account;
    return { partition: parsed.partition, service: parsed.service, region: parsed.region, account: parsed.region, rest };
  }
  return { partition: parsed.partition, service: parsed.service, region: parsed.region, account: parsed.account, rest: parsed.resource };
}

const ELISION = /^(?:\.{2,3}|…)$/;

/**
 * One ellipsis for both region and account (`arn:aws:states:...:stateMachine:app`): what parseArn took for the account
 * is the resource's type, and the resource follows it. The engine check (tests/support/fix-check.ts) reads it alike.
 */
export function elidedLocation(region: string, account: string): boolean {
  return ELISION.test(region) && /^[A-Za-z][A-Za-z-]{1,40}$/.test(account) && !containsMask(account);
}

/**
 * The transforms AWS hosts (`transform/Serverless-2016-10-31`) live in the account named `aws`, whatever a paste or a
 * mask made of it (`…:us-east-1:aw:transform/…`): a placeholder there would ask for an account that does not exist.
 */
export function isAwsHostedTransform(service: string, resource: string): boolean {
  return service === 'cloudformation' && AWS_TRANSFORM.test(resource);
}




/** A resolution that names no resource type: `arn` as it stands (or `*`). */
function unresolved(arn: string, wildcardOnly: boolean, placeholders: string[]): ResolvedResource {
  return { arn, type: null, placeholders, exact: arn === '*' ? wildcardOnly : false, wildcardOnly, region: null, account: null, vars: {}, companions: [] };
}

/** The resource as the message printed it: quotes and a type prefix (`table: NAME`) off, ARN parts when it is one. */
function readRaw(rawResource: string | null): { raw: string | null; hint: string | null; arnParts: ReturnType<typeof splitArn> } {
  let raw = clean(rawResource, 2048);
  raw = raw ? stripQuotes(raw) : null;
  let hint: string | null = null;
  const prefixed = raw ? TYPE_PREFIX.exec(raw) : null;
  if (prefixed?.[1] && prefixed[2]) {
    hint = prefixed[1].toLowerCase().replace(' ', '-');
    raw = stripQuotes(prefixed[2].trim());
  }
  // A CloudWatch Logs ARN printed with an empty stream (`…:log-group:NAME:log-stream:`) means every stream; so does the
  // group's name printed alone with it (`/aws/lambda/x:log-stream:`, Terraform's print).
  if (raw && (/^arn:.+:$/.test(raw) || /:log-stream:$/.test(raw))) raw = `${raw}*`;
  let arnParts = raw ? splitArn(raw) : null;
  // An ARN that stops after its account (`arn:aws:glue:us-east-1:123456789012`, cut by a log line) names no resource.
  if (arnParts && arnParts.rest === '') arnParts = null;
  // A bare value that is only a mask (`***`, `<bucket>`) says nothing; masked parts of an ARN are handled below. An
  // ARN cut short (`arn:aws:sns:e`) is no name either: the action's resource type with placeholders stands for it.
  // Words (`resource ARN`, a docs page's stand-in) are no name: AWS names hold no spaces.
  // So is the word itself (`ARN*`, `resource-arn`: a docs example's stand-in for one).
  if (raw && !arnParts && (containsMask(raw) || /^arn:/i.test(raw) || /\s/.test(raw) || /^(?:resource[-_]?)?arn\*?$/i.test(raw))) raw = null;
  return { raw, hint, arnParts };
}

export function resolveResource(info: ActionInfo | null, rawResource: string | null, ctx: ResourceContext): ResolvedResource {
  const placeholders: string[] = [];
  const { raw, hint, arnParts } = readRaw(rawResource);
  if (info && info.resourceTypes.length === 0) return unresolved('*', true, placeholders);
  if (raw === '*') return unresolved('*', false, placeholders);
  if (arnParts) return resolveArn(info, arnParts, hint, ctx, placeholders);
  if (!info) {
    if (raw) return unresolved(raw, false, placeholders);
    if (!ctx.dataUnavailable) return unresolved('*', false, placeholders);
    addAll(placeholders, [RESOURCE_PLACEHOLDER]);
    return unresolved(RESOURCE_PLACEHOLDER, false, placeholders);
  }
  return resolveName(info, raw, hint, ctx, placeholders);
}

function resolveArn(
  info: ActionInfo | null,
  arnParts: NonNullable<ReturnType<typeof splitArn>>,
  hint: string | null,
  ctx: ResourceContext,
  placeholders: string[],
): ResolvedResource {
  const partition = asPartition(arnParts.partition) ?? ctx.partition;
  let region: string | null = arnParts.region;
  let account: string | null = isAwsHostedTransform(arnParts.service, arnParts.rest) ? 'aws' : arnParts.account;
  const regionOk = region === '' || isRegion(region);
  const accountOk = account === '' || account === 'aws' || isAccountId(account);
  if (!regionOk) {
    region = 'REGION';
    addAll(placeholders, ['REGION']);
  }
  const accountToken = ctx.accountToken ?? 'ACCOUNT_ID';
  // A mask repeated inside the name (`role/cdk-…-<ACCOUNT>-us-east-1`) is the same unknown as the account.
  const known = new Map<string, string>(!accountOk ? [[arnParts.account, accountToken]] : []);
  if (!accountOk) {
    account = accountToken;
    addAll(placeholders, [accountToken]);
  }
  const rest = unmaskWithin(arnParts.rest, placeholders, known);
  const printed = `arn:${partition}:${arnParts.service}:${region}:${account}:${rest}`;
  const realRegion = isRegion(region) ? region : null;
  const realAccount = isAccountId(account) ? account : null;
  const asPrinted = (arn: string): ResolvedResource => ({ ...unresolved(arn, false, placeholders), exact: placeholders.length === 0, region: realRegion, account: realAccount });
  if (!info) return asPrinted(printed);
  const { best, arn, widened } = fitArn(info, printed, hint);
  // Not of a shape this action knows (a truncated or client-built ARN): keep it as AWS printed it. Which of the
  // action's types this is, the printed ARN does not tell: no companions to add.
  if (!best) {
    // A list call AWS prints against the whole service (`arn:aws:schemas:eu-central-1:ACCOUNT:*`) is kept as printed
    // (that is what IAM compared), with the action's own resource type beside it for the same region and account.
    // IAM allows no wildcard in an ARN's resource-type part: `…:*/*` (EC2's print for a call whose resource it did not
    // determine) matches nothing as written. It stood for any resource of the call in that region and account: every
    // resource of each of the action's types there. (S3 and execute-api have no type word there: a bucket, an API id.)
    if (/^arn:[^:]+:(?!s3:|execute-api:)[^:]+:[^:]*:[^:]*:\*[/:]/.test(arn) && info.resourceTypes.length > 0) {
      const [first, ...rest] = info.resourceTypes.map((rt) => everyOfType(rt, ctx, realRegion, realAccount, placeholders));
      return { ...asPrinted(first!), exact: false, companions: rest };
    }
    const serviceWide = /^arn:[^:]+:[^:]+:[^:]*:[^:]*:\*$/.test(arn);
    // A writer's own ARN (a placeholder in it: `agent/AIOPS_AGENT_ID/*`, `listener/app/<LISTENER>`) that fits none of
    // the action's types is not what AWS printed: the type its words before the placeholder start (`listener/app/`),
    // else the action's own type, in the writer's region, stands for it.
    // (A type the action's data does not list, such as ELBv2's listener for the shared AddTags, keeps the ARN as the
    // writer printed it: the data, not the writer, is short there.)
    const maskAt = serviceWide ? -1 : arnParts.rest.search(WRITTEN_MASK);
    const named = maskAt >= 0 ? writtenType(info, arnParts.rest.slice(0, maskAt)) : null;
    if (named || (!serviceWide && HAS_PLACEHOLDER.test(arnParts.rest))) {
      return resolveName(info, null, named ?? hint, { ...ctx, regionHint: realRegion ?? ctx.regionHint }, placeholders);
    }
    const printedAs = asPrinted(arn);
    if (!serviceWide) return printedAs;
    return { ...printedAs, companions: companionsFor(info, null, ctx, realRegion, realAccount, placeholders) };
  }
  const { values, masked } = fillVars(unnamedId(info, best, printed, placeholders), ctx, placeholders, widened);
  return {
    arn: masked ? fillTemplate(best.rt.arn, values).arn : arn,
    type: best.rt,
    placeholders,
    exact: placeholders.length === 0 && !masked,
    wildcardOnly: false,
    region: isRegion(values.Region) ? values.Region : realRegion,
    account: isAccountId(values.Account) ? values.Account : realAccount,
    vars: values,
    companions: companionsFor(info, best.rt, ctx, realRegion, realAccount, placeholders, values),
  };
}

/**
 * An ARN that stops right after its type word (`session/`, `instance/`) names no resource at all: the writer cut the
 * id, and granting every resource of the type would let the caller act on everyone's. The id is a placeholder then,
 * unless the action creates the resource (RunInstances): nobody knows the id AWS will pick.
 */
function unnamedId(info: ActionInfo, best: Fit, printed: string, placeholders: string[]): Fit {
  if (!/[/:]$/.test(printed) || createsOwnType(info, best.rt)) return best;
  const own = templateVars(best.rt.arn).filter((k) => !LOCATION_VARS.has(k));
  const only = own.length === 1 ? own[0] : undefined;
  if (!only || best.vars[only] !== '*') return best;
  const ph = placeholderFor(only);
  addAll(placeholders, [ph]);
  return { ...best, vars: { ...best.vars, [only]: ph } };
}

/**
 * Masked parts of the resource's own name become the template's placeholder for that part; a region or account
 * the message left empty although the resource type has one (`arn:aws:sns:::topic`) is filled in or marked.
 */
function fillVars(best: Fit, ctx: ResourceContext, placeholders: string[], widened: boolean): { values: Record<string, string>; masked: boolean } {
  const values: Record<string, string> = {};
  let masked = widened;
  for (const [k, v] of Object.entries(best.vars)) {
    if ((k === 'Region' || k === 'Account') && v === '') {
      const known = k === 'Region' ? ctx.regionHint : ctx.principalAccount;
      const ph = k === 'Region' ? 'REGION' : 'ACCOUNT_ID';
      values[k] = known ?? ph;
      if (!known) addAll(placeholders, [ph]);
      masked = true;
      continue;
    }
    if (!LOCATION_VARS.has(k) && v === '' && k === lastVar(best.rt.arn)) {
      // `bucket/`, `stack/NAME/` name no object or stack id: all of them.
      values[k] = '*';
      masked = true;
      continue;
    }
    // The user's own template tokens (`APP_DELIVERY_STREAM`) are placeholders to fill in, like ours.
    if (!LOCATION_VARS.has(k)) addAll(placeholders, v.match(PLACEHOLDER_TOKENS) ?? []);
    if (!LOCATION_VARS.has(k) && containsMask(v) && v !== '*') {
      const ph = placeholderFor(k);
      addAll(placeholders, [ph]);
      values[k] = ph;
      masked = true;
    } else values[k] = v;
  }
  return { values, masked };
}

const CREATING_VERB = /^(?:Run|Create|Allocate|Import|Request|Purchase|Register|Launch)([A-Z][A-Za-z]*)$/;

/** Whether the action creates a resource of type `rt` (its noun is the type: RunInstances and `instance`). */
export function createsOwnType(info: ActionInfo, rt: ResourceTypeRef): boolean {
  const noun = CREATING_VERB.exec(info.name)?.[1];
  if (!noun) return false;
  const key = rt.key.replace(/-/g, '').toLowerCase();
  const n = noun.toLowerCase();
  return n === key || n === `${key}s` || n === `${key}es`;
}

/** A bare name or nothing at all: the action's most fitting resource type, filled with what we know. */
function resolveName(info: ActionInfo, printed: string | null, hint: string | null, ctx: ResourceContext, placeholders: string[]): ResolvedResource {
  // A writer's placeholder in brackets (`[RESOURCE_ARN]`, `<TABLE_NAME>`) is the placeholder itself.
  const bracketed = printed !== null && /^[[<{][A-Z][A-Z0-9_]*[\]>}]?$/.test(printed);
  const written = bracketed ? printed.replace(/^[[<{]|[\]>}]$/g, '') : printed;
  // A writer's placeholder (`YOUR_SNS_TOPIC_ARN`, `TABLE_NAME`) is one to fill in: one that stands for the whole ARN
  // leaves the name to the type's own placeholder (an ARN inside an ARN fits nothing), the others are listed.
  const placeholder = written !== null && written.includes('_') && isPlaceholderToken(written);
  let raw = placeholder && /(?:^|_)ARN$/.test(written) ? null : written;
  // A writer's template of the name (`{role}:{appname}-dev-EnvManagerRole`): a mask before a colon stood for the ARN's
  // head; the others are placeholders inside the name.
  if (raw && !placeholder && /[{<][A-Za-z]/.test(raw)) raw = unmaskWithin(raw.replace(/^(?:\{[A-Za-z][^{}:]{0,40}\}|<[A-Za-z][^<>:]{0,40}>):/, ''), placeholders);
  if (placeholder && raw) addAll(placeholders, [raw]);
  const named = !raw && !hint ? UNNAMED_CALL_TYPES[info.action.toLowerCase()] : undefined;
  const namedTypes = (named ?? []).map((key) => info.resourceTypes.find((t) => t.key === key)).filter((t): t is ResourceTypeRef => t !== undefined);
  const choice = typeChoice(info, hint);
  const rt = namedTypes[0] ?? choice.type;
  if (!rt) return unresolved('*', true, placeholders);
  if (!raw && namedTypes.length === 0 && !choice.standsOut) {
    const arn = serviceWide(rt, ctx, placeholders);
    const region = isRegion(ctx.regionHint) ? ctx.regionHint : null;
    const account = isAccountId(ctx.principalAccount) ? ctx.principalAccount : null;
    return { arn, type: null, placeholders, exact: false, wildcardOnly: false, region, account, vars: {}, companions: [], anyType: true };
  }
  const values: Record<string, string | null> = { ...locationValues(ctx, null, null) };
  const main = nameVar(rt.arn);
  if (raw && main) {
    // Secrets Manager appends a random 6-character suffix to every secret's ARN.
    values[main] = info.service === 'secretsmanager' && rt.key === 'secret' && !raw.includes(':') ? `${raw}-??????` : raw;
  }
  // The call creates the resource and AWS picks its id (RunInstances → instance/i-…): nobody knows the id to put in
  // the grant, so every resource of that type is the only grant that works.
  const generated = !raw && main && /Id$/.test(main) && createsOwnType(info, rt) ? new Set([main]) : undefined;
  const filled = fillTemplate(rt.arn, values, generated);
  addAll(placeholders, filled.placeholders);
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) if (v) vars[k] = v;
  const region = isRegion(values.Region) ? values.Region : null;
  const account = isAccountId(values.Account) ? values.Account : null;
  return {
    arn: filled.arn,
    type: rt,
    placeholders,
    exact: false,
    wildcardOnly: false,
    region,
    account,
    vars,
    // A type with two ARN forms (Lex's V1 `bot:NAME:ALIAS` and V2 `bot-alias/ID/ALIAS_ID`): nothing says which one the
    // call used, so both.
    companions: [
      ...otherForms(info, rt, ctx, region, account, placeholders),
      ...companionsFor(info, rt, ctx, region, account, placeholders),
      // The other types the call names, their names placeholders to fill in.
      ...namedTypes.slice(1).map((t) => withPlaceholders(t.arn, ctx, region, account, placeholders)),
    ],
  };
}
