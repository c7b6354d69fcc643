// How much of a tab's main thread a storm of page changes takes, with and without the extension: Chrome's own
// busy-time counters over the storm, and the gaps between a page heartbeat's 10 ms ticks (how long the tab could
// not answer). Used by the hostile-page benchmark; the page must define startHeartbeat()/stopHeartbeat()/__gaps.
import type { CDPSession, Page } from '@playwright/test';

export interface Load {
  /** Main-thread busy time (Chrome's TaskDuration) while the storm ran and settled. */
  taskMs: number;
  /** Script part of it (page and content scripts). */
  scriptMs: number;
  /** Largest gap between 10 ms heartbeats: how long the tab was unresponsive at worst. */
  maxGapMs: number;
  /** Largest gap after the worst one: once the storm's own big task is over, does the tab stay responsive? */
  maxGapAfterWorstMs: number;
}

async function metrics(session: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await session.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Runs `storm` (a page expression) and waits `settleMs`, measuring the tab's load meanwhile. */
export async function measureLoad(page: Page, storm: string, settleMs: number): Promise<Load> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const before = await metrics(session);
  await page.evaluate(() => (window as unknown as { startHeartbeat(): void }).startHeartbeat());
  await page.evaluate(storm);
  await page.waitForTimeout(settleMs);
  const gaps = await page.evaluate(() => {
    const w = window as unknown as { stopHeartbeat(): void; __gaps: number[] };
    w.stopHeartbeat();
    return w.__gaps;
  });
  const after = await metrics(session);
  await session.detach();
  const delta = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
  const worst = gaps.indexOf(Math.max(0, ...gaps));
  return {
    taskMs: delta('TaskDuration'),
    scriptMs: delta('ScriptDuration'),
    maxGapMs: Math.max(0, ...gaps),
    maxGapAfterWorstMs: Math.max(0, ...gaps.slice(worst + 1)),
  };
}
