// One playbook per layer, applied to the ranked causes in order: the first fix answers the most likely cause.
import type { Fix } from '../model';
import type { Ctx } from './context';
import type { RankedCause } from './layers';
import { credentialsFix } from './playbooks/credentials';
import { denyExceptionFix } from './playbooks/deny';
import { identityAllowFix } from './playbooks/identity';
import { layerAllowFix } from './playbooks/layer-allow';
import { resourceAllowFix } from './playbooks/resource';
import { trustFix } from './playbooks/trust';

const MAX_FIXES = 5;

/** Possible causes get a fix only when it tells the user something specific; the rest are checked by commands. */
const WORTH_A_FIX = new Set(['block-public-access', 'object-ownership', 'kms-key', 'kms-grant', 'both-sides', 'service-linked']);

function fixFor(ctx: Ctx, c: RankedCause): Fix | null {
  if (c.policyType === 'unknown') return null;
  if (c.likelihood === 'possible' && !WORTH_A_FIX.has(c.detail ?? '')) return null;
  if (c.denyKind === 'explicit') return ctx.primary || c.likelihood === 'certain' ? denyExceptionFix(ctx, c.policyType) : null;
  switch (c.policyType) {
    case 'identity':
      return identityAllowFix(ctx);
    case 'trust':
      return trustFix(ctx);
    case 'resource':
      return resourceAllowFix(ctx, c.detail);
    case 'scp':
    case 'rcp':
    case 'boundary':
    case 'session':
    case 'vpce':
      return layerAllowFix(ctx, c.policyType);
    default:
      return null;
  }
}

export function buildFixes(ctx: Ctx, causes: RankedCause[]): Fix[] {
  if (ctx.facts.finding.category === 'credentials') return [credentialsFix(ctx)];
  const out: Fix[] = [];
  const seen = new Set<string>();
  for (const c of causes) {
    const fix = fixFor(ctx, c);
    if (!fix) continue;
    const key = `${fix.target}|${fix.attachTo}|${JSON.stringify(fix.policy)}|${fix.policy ? '' : fix.note}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(fix);
    if (out.length >= MAX_FIXES) break;
  }
  return out;
}
