// The registry of policy-layer playbooks: one per layer DESIGN.md names, each with its owner, reasons, fixes and
// checks in its own file.
import type { PolicyType } from '../../model';
import { boundary } from './boundary';
import { identity } from './identity';
import { rcp } from './rcp';
import { resource } from './resource';
import { scp } from './scp';
import { session } from './session';
import { trust } from './trust';
import type { Layer, LayerPlaybook } from './types';
import { vpce } from './vpce';

export const PLAYBOOKS: Readonly<Record<Layer, LayerPlaybook>> = { identity, trust, resource, scp, rcp, boundary, session, vpce };

export function playbookOf(layer: PolicyType): LayerPlaybook | null {
  return layer === 'unknown' ? null : PLAYBOOKS[layer];
}

export type { Layer, LayerPlaybook } from './types';
