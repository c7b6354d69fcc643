// What one policy layer knows, in one place: who edits it, why it is a likely cause, the fix for a missing Allow,
// the fix for an explicit deny, the checks (command and what the result means) that confirm it, and its docs.
import type { Fix, FixTarget, PolicyType, Step, Who } from '../../model';
import type { Ctx } from '../context';
import type { Facts } from '../facts';
import type { RankedCause } from '../rank';

export type Layer = Exclude<PolicyType, 'unknown'>;

export interface LayerPlaybook {
  layer: Layer;
  /** The fix target of this layer's fixes. */
  target: FixTarget;
  /** Who changes this layer for this denial (DESIGN.md's `who`). */
  owner(f: Facts): Who;
  /** One line: why this layer is a likely or possible cause (certain causes say "the message names the layer"). */
  reason(ctx: Ctx, cause: RankedCause): string;
  /** The fix for a missing Allow in this layer; null when no policy change of this layer helps. */
  allowFix(ctx: Ctx, cause: RankedCause): Fix | null;
  /** The fix for an explicit deny in this layer: never a rewrite of the statement, the smallest addition. */
  denyFix(ctx: Ctx, cause: RankedCause): Fix | null;
  /** The checks that confirm or rule out this layer, with the message's values in place. */
  checks(ctx: Ctx, cause: RankedCause): Step[];
  /** The documentation page for this layer. */
  docs: string;
}
