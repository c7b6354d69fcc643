// Loads the engine (parser, card UI, verdicts), built as its own web-accessible file (entrypoints/console-engine/).
// The module runs in this content script's isolated world and leaves its factory on that world's global object.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ENGINE_FILE, ENGINE_GLOBAL } from '../../lib/detect/handoff';
import type { EngineFactory } from '../console-engine/create-engine';

/** Delays before trying again after a failed import: the file can be briefly missing while the extension updates. */
const ENGINE_RETRIES = [250, 1_000, 4_000];

async function importEngine(attempt: number): Promise<EngineFactory> {
  const url = browser.runtime.getURL(ENGINE_FILE as Parameters<typeof browser.runtime.getURL>[0]);
  // A failed module fetch may stay cached under its URL: a retry asks for a distinct one.
  await import(/* @vite-ignore */ attempt === 0 ? url : `${url}?attempt=${attempt}`);
  const factory = (globalThis as Record<string, unknown>)[ENGINE_GLOBAL];
  if (typeof factory !== 'function') throw new Error('console engine did not load');
  return factory as EngineFactory;
}

/** Calls `loaded` once the engine is in, unless the content script was invalidated meanwhile; gives up quietly. */
export function loadEngine(ctx: ContentScriptContext, loaded: (factory: EngineFactory) => void): void {
  const attempt = (tries: number) => {
    importEngine(tries).then(
      (factory) => {
        if (!ctx.isInvalid) loaded(factory);
      },
      () => {
        if (tries < ENGINE_RETRIES.length) ctx.setTimeout(() => attempt(tries + 1), ENGINE_RETRIES[tries] ?? 1_000);
      },
    );
  };
  attempt(0);
}
