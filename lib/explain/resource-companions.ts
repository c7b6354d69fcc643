// The ARNs beside the one a fix is about: the action's other required resource types (RunInstances' subnet and
// network interface), a type's second ARN form, every resource of each type in a region and account.
import { fillTemplate, LOCATION_VARS, placeholderFor, templateVars } from '../iam/arn-template';
import type { ActionInfo, ResourceTypeRef } from '../iam/types';
import type { ResourceContext } from './resource';
import { isPlaceholderToken } from './values';

export function addAll(target: string[], items: readonly string[]): void {
  for (const i of items) if (!target.includes(i)) target.push(i);
}

export function locationValues(
  ctx: ResourceContext,
  region: string | null,
  account: string | null,
): Record<string, string | null> {
  return { Partition: ctx.partition, Region: region ?? ctx.regionHint, Account: account ?? ctx.principalAccount };
}

/**
 * ARNs for the action's other required resource types (RunInstances also needs the subnet, the network interface,
 * …): every resource of those types in the denied resource's region and account. Region/account the message does
 * not give become placeholders, never "*". A name the denied resource gives (DynamoDB's index names its table) is
 * that resource's, not "*": Query on one index needs its table, not every table.
 */
export function companionsFor(
  info: ActionInfo,
  chosen: ResourceTypeRef | null,
  ctx: ResourceContext,
  region: string | null,
  account: string | null,
  placeholders: string[],
  known: Readonly<Record<string, string | null>> = {},
): string[] {
  const out: string[] = [];
  // A part the chosen resource left to a placeholder (`application/APPLICATION_ID/…`) is the same unknown in the
  // companion (`application/APPLICATION_ID`), never every one of them.
  const chosenVars = new Set(chosen?.arn ? templateVars(chosen.arn) : []);
  for (const rt of info.resourceTypes) {
    if (!rt.required || rt.key === chosen?.key || !rt.arn) continue;
    const shared: Record<string, string> = {};
    for (const v of templateVars(rt.arn)) {
      if (LOCATION_VARS.has(v)) continue;
      const value = known[v];
      if (value && !value.includes('*') && !isPlaceholderToken(value)) shared[v] = value;
      else if (chosenVars.has(v) && (!value || isPlaceholderToken(value))) {
        shared[v] = placeholderFor(v);
        addAll(placeholders, [shared[v]!]);
      }
    }
    const own = new Set(templateVars(rt.arn).filter((v) => !LOCATION_VARS.has(v) && !(v in shared)));
    const filled = fillTemplate(rt.arn, { ...locationValues(ctx, region, account), ...shared }, own);
    addAll(placeholders, filled.placeholders);
    out.push(filled.arn);
  }
  return out;
}

/** Every resource of a type in a region and account (placeholders where they are unknown). */
export function everyOfType(rt: ResourceTypeRef, ctx: ResourceContext, region: string | null, account: string | null, placeholders: string[]): string {
  const own = new Set(templateVars(rt.arn).filter((v) => !LOCATION_VARS.has(v)));
  const filled = fillTemplate(rt.arn, locationValues(ctx, region, account), own);
  addAll(placeholders, filled.placeholders);
  return filled.arn;
}

/** An ARN template in a region and account, its names placeholders to fill in. */
export function withPlaceholders(arn: string, ctx: ResourceContext, region: string | null, account: string | null, placeholders: string[]): string {
  const filled = fillTemplate(arn, locationValues(ctx, region, account));
  addAll(placeholders, filled.placeholders);
  return filled.arn;
}

/** The type's other ARN forms (Lex's V1 `bot:NAME:ALIAS` beside V2's `bot-alias/ID/ALIAS_ID`), in the same place. */
export function otherForms(info: ActionInfo, rt: ResourceTypeRef, ctx: ResourceContext, region: string | null, account: string | null, placeholders: string[]): string[] {
  return info.resourceTypes
    .filter((other) => other.key === rt.key && other.arn !== rt.arn && other.arn)
    .map((other) => withPlaceholders(other.arn, ctx, region, account, placeholders));
}
