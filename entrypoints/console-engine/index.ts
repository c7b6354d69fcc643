// Built as its own file and imported by the console content script only when needed (see create-engine.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createEngine } from './create-engine';
import { ENGINE_GLOBAL } from '../../lib/detect/handoff';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = createEngine;
});
