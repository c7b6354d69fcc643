// Wiring of the console content script: the detector finds denials, the card layer shows them, and this file talks
// to the background (history and badge, side panel, fix explanations) and to extension storage (settings).
// Everything that touches `browser` is here, so lib/detect and the card stay testable with fakes.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CopyOutcome, ExplainOutcome } from '../../components/card/types';
import type { EngineEnv, EngineFactory } from '../console-engine/create-engine';
import { Detector, type Engine } from '../../lib/detect/detector';
import { ENGINE_FILE, ENGINE_GLOBAL } from '../../lib/detect/handoff';
import { consoleService, serviceLabel } from '../../lib/detect/page';
import type { ExplainReply, ToBackground } from '../../lib/messages';
import type { Finding } from '../../lib/model';
import { DEFAULT_SETTINGS, loadSettings, normalizeSettings, resolveLanguage, SETTINGS_KEY, type Settings } from '../../lib/settings';
import { cardsOn, setCardsOff } from '../../lib/settings-cards';
import { writeClipboard } from './clipboard';

/** Distinct denials one document may add to the history: a page inventing denials cannot grow it without bound. */
const MAX_REPORTED = 200;
/** Findings messages are coalesced: a banner rewritten every millisecond yields a few messages a second. */
const REPORT_INTERVAL_MS = 250;
/** Delays before trying to load the engine again after a failed import. */
const ENGINE_RETRIES = [250, 1_000, 4_000];

export async function startConsoleCards(ctx: ContentScriptContext): Promise<void> {
  let settings: Settings;
  try {
    settings = await loadSettings(browser.storage.local);
  } catch {
    settings = { ...DEFAULT_SETTINGS, cardsOffServices: [] };
  }
  if (ctx.isInvalid) return;
  run(ctx, settings);
}

function run(ctx: ContentScriptContext, initial: Settings): void {
  let settings = initial;
  const lang = resolveLanguage(settings.language, navigator.languages ?? [navigator.language]);
  // The detector asks on every run; reading window.top's location is not free, and a single-page navigation
  // noticed a few hundred milliseconds late changes nothing.
  let urlReadAt = Number.NEGATIVE_INFINITY;
  let url = topPageUrl();
  const pageUrl = () => {
    const now = performance.now();
    if (now - urlReadAt > 250) {
      url = topPageUrl();
      urlReadAt = now;
    }
    return url;
  };
  const service = consoleService(pageUrl());
  const dismissed = new Set<string>();

  const send = (message: ToBackground): Promise<unknown> => {
    if (ctx.isInvalid) return Promise.reject(new Error('stale'));
    try {
      return browser.runtime.sendMessage(message);
    } catch (error) {
      // The extension was reloaded or updated under this page: sendMessage throws synchronously.
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };

  const engineEnv: EngineEnv = {
    doc: document,
    lang,
    theme: () => {
      if (settings.theme !== 'auto') return settings.theme;
      // "Auto" follows the console's own visual mode, which Cloudscape marks on <body>.
      const body = document.body;
      return body && (body.classList.contains('awsui-dark-mode') || body.classList.contains('awsui-polaris-dark-mode'))
        ? 'dark'
        : 'light';
    },
    serviceLabel: service ? serviceLabel(service) : null,
    isDismissed: (key) => dismissed.has(key),
    dismiss: (key) => {
      dismissed.add(key);
    },
    explain: (finding): Promise<ExplainOutcome> => {
      if (ctx.isInvalid) return Promise.resolve('stale');
      // Sent inside the click: the background opens the side panel while this is still the user's gesture.
      return send({ type: 'open-panel', finding }).then(
        (reply) => ((reply as { opened?: unknown } | undefined)?.opened === false ? ('failed' as const) : ('opened' as const)),
        () => (ctx.isInvalid ? ('stale' as const) : ('failed' as const)),
      );
    },
    copyFix: async (finding): Promise<CopyOutcome> => {
      if (ctx.isInvalid) return { kind: 'stale' };
      let reply: ExplainReply | undefined;
      try {
        reply = (await send({ type: 'explain', finding, lang })) as ExplainReply | undefined;
      } catch {
        return ctx.isInvalid ? { kind: 'stale' } : { kind: 'failed' };
      }
      if (!reply || !reply.ok) return { kind: 'failed' };
      // The first fix there is something to copy for: a policy, or for an explicit deny the Condition to add to the
      // statement that denies (copied as the side panel shows it).
      const fix = reply.explanation.fixes.find((candidate) => candidate.policy !== null || candidate.edit);
      const target = fix?.attachTo ?? null;
      if (fix?.policy) {
        const copied = await writeClipboard(document, JSON.stringify(fix.policy, null, 2));
        return copied ? { kind: 'copied', target } : { kind: 'failed' };
      }
      if (fix?.edit) {
        const copied = await writeClipboard(document, JSON.stringify({ Condition: fix.edit.addCondition }, null, 2));
        return copied ? { kind: 'copied-condition', action: fix.edit.action, target } : { kind: 'failed' };
      }
      return { kind: 'no-policy' };
    },
    hideService: () => {
      if (!service) return;
      detector.setCardsEnabled(false);
      void setCardsOff(browser.storage.local, service, true).catch(() => undefined);
    },
  };
  let engine: Engine | null = null;

  const reported = new Set<string>();
  let latest: Finding[] = [];
  let reportTimer: ReturnType<typeof setTimeout> | null = null;
  let lastSent = '';
  const flushReport = () => {
    reportTimer = null;
    if (ctx.isInvalid) return;
    if (!engine) return;
    const keyOf = engine.key;
    const allowed = latest.filter((finding) => {
      const key = keyOf(finding);
      if (reported.has(key)) return true;
      if (reported.size >= MAX_REPORTED) return false;
      reported.add(key);
      return true;
    });
    const signature = allowed.map(keyOf).sort().join(' ');
    if (signature === lastSent) return;
    lastSent = signature;
    send({ type: 'findings', pageUrl: pageUrl(), findings: allowed }).catch(() => undefined);
  };

  const detector = new Detector({
    doc: document,
    needEngine: () => {
      const attempt = (tries: number) => {
        loadEngine(tries).then(
          (factory) => {
            if (ctx.isInvalid) return;
            engine = factory(engineEnv);
            detector.setEngine(engine);
          },
          () => {
            // The file can be briefly missing while the extension updates; try again a few times, then give up.
            if (tries < ENGINE_RETRIES.length) ctx.setTimeout(() => attempt(tries + 1), ENGINE_RETRIES[tries] ?? 1_000);
          },
        );
      };
      attempt(0);
    },
    pageUrl,
    now: () => performance.now(),
    defer: (next) => {
      // Next frame when the tab is visible; a timer keeps hidden tabs (no frames) from stalling forever. Plain
      // timers, not ctx's: those add an invalidation listener per call, and this runs every frame in a storm (the
      // detector itself stops on invalidation).
      let done = false;
      const once = () => {
        if (done) return;
        done = true;
        window.clearTimeout(timer);
        next();
      };
      const timer = window.setTimeout(once, 100);
      window.requestAnimationFrame(once);
    },
    onChange: (findings) => {
      latest = findings;
      if (reportTimer === null) reportTimer = setTimeout(flushReport, lastSent === '' ? 0 : REPORT_INTERVAL_MS);
    },
  });
  detector.setCardsEnabled(cardsOn(settings, service));

  ctx.onInvalidated(() => {
    detector.stop();
    if (reportTimer !== null) clearTimeout(reportTimer);
  });
  // Reading ctx.isInvalid (as ctx.setInterval does on every tick) notices an extension reload — runtime.id is gone —
  // and fires onInvalidated, so a dead instance's cards leave the page even when no newer content script arrives to
  // replace them (Chrome does not inject into open tabs after an update).
  ctx.setInterval(() => undefined, 2_000);

  const interacted = () => detector.markInteraction();
  ctx.addEventListener(window, 'pointerdown', interacted, { capture: true, passive: true });
  ctx.addEventListener(window, 'keydown', interacted, { capture: true, passive: true });

  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change || ctx.isInvalid) return;
    settings = normalizeSettings(change.newValue);
    detector.setCardsEnabled(cardsOn(settings, service));
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => {
    try {
      browser.storage.onChanged.removeListener(onStorage);
    } catch {
      // The runtime is already gone.
    }
  });

  detector.start();
}

/**
 * Imports the engine (parser, card UI, verdicts) built as its own web-accessible file. The module runs in this
 * content script's isolated world and leaves its factory on that world's global object.
 */
async function loadEngine(attempt: number): Promise<EngineFactory> {
  const url = browser.runtime.getURL(ENGINE_FILE as Parameters<typeof browser.runtime.getURL>[0]);
  // A failed module fetch may stay cached under its URL: a retry asks for a distinct one.
  await import(/* @vite-ignore */ attempt === 0 ? url : `${url}?attempt=${attempt}`);
  const factory = (globalThis as Record<string, unknown>)[ENGINE_GLOBAL];
  if (typeof factory !== 'function') throw new Error('console engine did not load');
  return factory as EngineFactory;
}

/** The console page this frame belongs to: the top page's URL (same origin), else the frame's own. */
function topPageUrl(): string {
  try {
    const top = window.top?.location.href;
    if (top && /^https?:/.test(top)) return top;
  } catch {
    // A cross-origin parent: fall through to what this frame knows.
  }
  if (/^https?:/.test(location.href)) return location.href;
  return document.referrer || location.href;
}
