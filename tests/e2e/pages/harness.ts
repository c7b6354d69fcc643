// Shared helpers of the console e2e tests: a Chromium with the built extension (optionally in Japanese), console
// pages served at their real console URLs (so the content script's match patterns apply), and the cards read back
// from every frame. One browser per test file: browser start dominates the run time.
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, ROOT, type LaunchedBrowser } from '../../../scripts/support/browser';
import { readCardsInDocument, type CardInfo } from '../../../scripts/support/cards';
export type { CardInfo } from '../../../scripts/support/cards';

export const PAGES_DIR = dirname(fileURLToPath(import.meta.url));
export const SHARED_FIXTURES = resolve(ROOT, '../shared/fixtures');

export type ConsoleBrowser = LaunchedBrowser;

/** Chromium with the built extension (or without it, as a control), optionally in another language. */
export function launchConsoleBrowser(options: { locale?: string; extension?: boolean } = {}): Promise<ConsoleBrowser> {
  return launchChromium(options);
}

/** Opens `html` at the console URL `url` in a new page. Only that URL is answered; nothing else leaves the test. */
export async function openConsolePage(
  context: BrowserContext,
  url: string,
  html: string,
  options: { initScript?: string } = {},
): Promise<Page> {
  const page = await context.newPage();
  const target = url.split('#')[0];
  await page.route(
    (candidate) => candidate.href.split('#')[0] === target,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  if (options.initScript) await page.addInitScript(options.initScript);
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** One of our own console-like pages, with the shared stand-in console stylesheet inlined. */
export function readPage(name: string): string {
  const css = readFileSync(join(PAGES_DIR, 'console.css'), 'utf8');
  return readFileSync(join(PAGES_DIR, name), 'utf8').replace('<!--console-css-->', () => `<style>${css}</style>`);
}

async function cardsInFrame(frame: Frame): Promise<CardInfo[]> {
  try {
    return await frame.evaluate(readCardsInDocument);
  } catch {
    return []; // a frame that navigated away meanwhile
  }
}

/** Every card in the page and its frames. */
export async function cardsIn(page: Page): Promise<CardInfo[]> {
  const all = await Promise.all(page.frames().map(cardsInFrame));
  return all.flat();
}

export interface ExpectedDenial {
  principal: string | null;
  action: string | null;
  resource: string | null;
  policyType: string | null;
  denyKind: string | null;
}

/** The manifest's comparison: null in the expectation ↔ empty attribute on the card. */
export function asAttributes(expected: ExpectedDenial): string {
  return JSON.stringify([expected.principal ?? '', expected.action ?? '', expected.resource ?? '', expected.policyType ?? '', expected.denyKind ?? '']);
}

export function cardKey(card: CardInfo): string {
  return JSON.stringify([card.principal ?? '', card.action ?? '', card.resource ?? '', card.policyType ?? '', card.denyKind ?? '']);
}

export interface StoredRecord {
  fingerprint: string;
  finding: ExpectedDenial & { category: string };
  count: number;
  pageUrl: string | null;
  source: string;
}

/** The history (Contract 3: database `why-denied`, store `findings`), read inside the extension's service worker. */
export async function historyRecords(browser: ConsoleBrowser): Promise<StoredRecord[]> {
  if (!browser.serviceWorker) return [];
  return browser.serviceWorker.evaluate(
    () =>
      new Promise<StoredRecord[]>((resolve) => {
        const open = indexedDB.open('why-denied');
        open.onerror = () => resolve([]);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('findings')) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction('findings', 'readonly').objectStore('findings').getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as StoredRecord[]);
          };
          request.onerror = () => {
            db.close();
            resolve([]);
          };
        };
      }),
  );
}

/** Polls until `check` holds or the time is up; returns the last value for the assertion. */
export async function waitFor<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 5_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  return value;
}
