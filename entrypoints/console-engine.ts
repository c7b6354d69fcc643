// Built as its own file and imported by the console content script only when needed (see components/card/engine.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createEngine } from '../components/card/engine';
import { ENGINE_GLOBAL } from '../lib/detect/handoff';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = createEngine;
});
