// Wiring of the console content script: the detector finds denials, the card layer shows them, the background
// hears about them (history and badge), and settings changes reach the open page. Everything that touches `browser`
// is in this folder, so lib/detect and the card stay testable with fakes.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Detector, type Engine } from '../../lib/detect/detector';
import { consoleService, serviceLabel } from '../../lib/detect/page';
import { DEFAULT_SETTINGS, loadSettings, resolveLanguage, type Settings } from '../../lib/settings';
import { cardsOn, setCardsOff } from '../../lib/settings-cards';
import { watchSettings } from '../shared/settings-watch';
import { cardEnv } from './card-env';
import { loadEngine } from './load-engine';
import { backgroundSender } from './messenger';
import { nextFrame } from './next-frame';
import { pageUrlReader } from './page-url';
import { findingsReporter } from './report-findings';

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
  const pageUrl = pageUrlReader();
  const service = consoleService(pageUrl());
  const send = backgroundSender(ctx);
  let engine: Engine | null = null;

  const env = cardEnv({
    doc: document,
    lang: resolveLanguage(settings.language, navigator.languages ?? [navigator.language]),
    isInvalid: () => ctx.isInvalid,
    send,
    settings: () => settings,
    serviceLabel: service ? serviceLabel(service) : null,
    hideService: () => {
      if (!service) return;
      detector.setCardsEnabled(false);
      void setCardsOff(browser.storage.local, service, true).catch(() => undefined);
    },
  });

  const reporter = findingsReporter({
    keyOf: () => engine?.key ?? null,
    send: (findings) => void send({ type: 'findings', pageUrl: pageUrl(), findings }).catch(() => undefined),
    isInvalid: () => ctx.isInvalid,
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (timer) => clearTimeout(timer),
  });

  const detector = new Detector({
    doc: document,
    // The detector stops and removes its cards when WXT invalidates this content script (an extension update).
    signal: ctx.signal,
    needEngine: () =>
      loadEngine(ctx, (factory) => {
        engine = factory(env);
        detector.setEngine(engine);
      }),
    pageUrl,
    now: () => performance.now(),
    defer: nextFrame,
    onChange: (findings) => reporter.changed(findings),
  });
  detector.setCardsEnabled(cardsOn(settings, service));

  ctx.onInvalidated(() => {
    detector.stop();
    reporter.stop();
  });
  // Reading ctx.isInvalid (as ctx.setInterval does on every tick) notices an extension reload — runtime.id is gone —
  // and fires onInvalidated, so a dead instance's cards leave the page even when no newer content script arrives to
  // replace them (Chrome does not inject into open tabs after an update).
  ctx.setInterval(() => undefined, 2_000);

  const interacted = () => detector.markInteraction();
  ctx.addEventListener(window, 'pointerdown', interacted, { capture: true, passive: true });
  ctx.addEventListener(window, 'keydown', interacted, { capture: true, passive: true });

  const stopWatching = watchSettings((next) => {
    if (ctx.isInvalid) return;
    settings = next;
    detector.setCardsEnabled(cardsOn(settings, service));
  });
  ctx.onInvalidated(() => {
    try {
      stopWatching();
    } catch {
      // The runtime is already gone.
    }
  });

  detector.start();
}
