import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createHandlers, MAX_CONTEXT_CHARS, type BackgroundDeps, type PendingShow, type Sender } from '../../../entrypoints/background/handlers';
import { TabState, type TabSnapshot } from '../../../entrypoints/background/tab-state';
import { openHistory } from '../../../lib/history/store';
import type { HistoryNotice } from '../../../lib/history/notices';
import type { ToPanel } from '../../../lib/messages';
import type { Finding } from '../../../lib/model';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { makeExplanation } from '../components/fixtures';
import { distinctFindings, makeFinding } from '../history/fixtures/findings';

const PAGE = 'https://us-east-1.console.aws.amazon.com/s3/buckets/example-bucket';

function setup(options: { settings?: Partial<Settings>; openPanel?: BackgroundDeps['openPanel'] } = {}) {
  let clock = Date.UTC(2026, 6, 1);
  let snapshot: TabSnapshot = {};
  const badges = new Map<number, string>();
  const panel: ToPanel[] = [];
  const order: string[] = [];
  let pending: PendingShow | null = null;
  let notices: HistoryNotice[] = [];
  const history = openHistory({ indexedDB: new IDBFactory(), now: () => clock });
  const deps: BackgroundDeps = {
    history: () => history,
    explain: vi.fn(async (finding: Finding, { lang }) => makeExplanation({ lang }, finding)),
    settings: async () => ({ ...DEFAULT_SETTINGS, ...options.settings }),
    tabs: new TabState({ load: async () => structuredClone(snapshot), save: async (s) => void (snapshot = structuredClone(s)) }),
    setBadge: async (tabId, text) => void badges.set(tabId, text),
    openPanel:
      options.openPanel ??
      ((sender: Sender) => {
        order.push('open');
        return sender.tab?.id === undefined ? null : Promise.resolve();
      }),
    setPending: async (finding) => {
      order.push('pending');
      pending = finding;
    },
    notifyPanel: (m) => void panel.push(m),
    loadNotices: async () => notices,
    saveNotices: async (n) => void (notices = n),
    now: () => clock,
  };
  const handlers = createHandlers(deps);
  const tab = (id: number, frameId = 0, documentId = `doc-${id}`): Sender => ({ tab: { id, windowId: 1, url: PAGE }, frameId, documentId, url: PAGE });
  return {
    handlers,
    deps,
    history,
    badges,
    panel,
    order,
    tab,
    tick: (ms: number) => (clock += ms),
    get pending() {
      return pending;
    },
    get notices() {
      return notices;
    },
    get snapshot() {
      return snapshot;
    },
  };
}

describe('background: findings from the content script', () => {
  it('stores new denials as console sightings with the page URL and sets the tab badge', async () => {
    const bg = setup();
    const reply = await bg.handlers.onMessage({ type: 'findings', pageUrl: PAGE, findings: distinctFindings(3) }, bg.tab(7));
    expect(reply).toEqual({ ok: true, visible: 3, recorded: 3 });
    const all = await (await bg.history).all();
    expect(all).toHaveLength(3);
    expect(all.every((r) => r.source === 'console' && r.pageUrl === PAGE && r.count === 1)).toBe(true);
    expect(bg.badges.get(7)).toBe('3');
    expect(bg.panel.filter((m) => m.type === 'history-changed')).toHaveLength(3);
  });

  it('does not count an unchanged set again (the content script resends the full set)', async () => {
    const bg = setup();
    const findings = distinctFindings(2);
    await bg.handlers.onMessage({ type: 'findings', pageUrl: PAGE, findings }, bg.tab(1));
    bg.tick(10_000);
    await bg.handlers.onMessage({ type: 'findings', pageUrl: PAGE, findings: [...findings, makeFinding()] }, bg.tab(1));
    const all = await (await bg.history).all();
    expect(all).toHaveLength(3);
    expect(all.map((r) => r.count)).toEqual([1, 1, 1]);
    expect(bg.badges.get(1)).toBe('3');
  });

  it('counts the same denial again when it reappears later or on a new page', async () => {
    const bg = setup();
    const f = makeFinding();
    await bg.handlers.onMessage({ type: 'findings', pageUrl: PAGE, findings: [f] }, bg.tab(1));
    bg.tick(5000);
    await bg.handlers.onMessage({ type: 'findings', pageUrl: PAGE, findings: [] }, bg.tab(1));
    expect(bg.badges.get(1)).toBe('');
    bg.tick(5000);
    await bg.handlers.onMessage({ type: 'findings', pageUrl: PAGE, findings: [f] }, bg.tab(1));
    // A reload: a new top document.
    await bg.handlers.onMessage({ type: 'findings', pageUrl: PAGE, findings: [f] }, bg.tab(1, 0, 'doc-reloaded'));
    // Another tab.
    await bg.handlers.onMessage({ type: 'findings', pageUrl: PAGE, findings: [f] }, bg.tab(2));
    expect((await (await bg.history).all())[0]!.count).toBe(4);
  });

  it('a banner re-rendered many times a second counts once', async () => {
    const bg = setup();
    const f = makeFinding();
    for (let i = 0; i < 200; i++) {
      await bg.handlers.onMessage({ type: 'findings', pageUrl: PAGE, findings: i % 2 ? [] : [f] }, bg.tab(1));
      bg.tick(1);
    }
    expect((await (await bg.history).all())[0]!.count).toBe(1);
  });

  it('badges count distinct denials across frames of a tab, separately per tab', async () => {
    const bg = setup();
    const [a, b, c] = distinctFindings(3);
    await bg.handlers.onMessage({ type: 'findings', pageUrl: PAGE, findings: [a, b] }, bg.tab(1, 0));
    await bg.handlers.onMessage({ type: 'findings', pageUrl: PAGE, findings: [b, c] }, bg.tab(1, 5, 'frame-doc'));
    await bg.handlers.onMessage({ type: 'findings', pageUrl: PAGE, findings: [c] }, bg.tab(2));
    expect(bg.badges.get(1)).toBe('3');
    expect(bg.badges.get(2)).toBe('1');
  });

  it('bounds what one page can add: a flood of distinct denials records at most 200 per page', async () => {
    const bg = setup();
    for (let i = 0; i < 25; i++) {
      await bg.handlers.onMessage({ type: 'findings', pageUrl: PAGE, findings: distinctFindings(200, `flood${i}`) }, bg.tab(3));
    }
    expect(await (await bg.history).count()).toBe(200);
    expect(bg.badges.get(3)).toBe('99+');
  });

  it('drops malformed findings and ignores findings that do not come from a tab', async () => {
    const bg = setup();
    const junk = [{ category: 'access-denied' }, 'text', null, makeFinding()];
    const reply = await bg.handlers.onMessage({ type: 'findings', pageUrl: PAGE, findings: junk as Finding[] }, bg.tab(1));
    expect(reply).toMatchObject({ ok: true, recorded: 1 });
    expect(await bg.handlers.onMessage({ type: 'findings', pageUrl: PAGE, findings: [makeFinding({ action: 'x:Y' })] }, {})).toMatchObject({ ok: false });
    expect(await (await bg.history).count()).toBe(1);
  });

  it('never stores a script URL as the page', async () => {
    const bg = setup();
    await bg.handlers.onMessage({ type: 'findings', pageUrl: 'javascript:alert(1)', findings: [makeFinding()] }, { tab: { id: 1 }, frameId: 0 });
    expect((await (await bg.history).all())[0]!.pageUrl).toBeNull();
  });

  it('survives a service worker restart without counting visible denials again', async () => {
    const bg = setup();
    const findings = distinctFindings(2);
    await bg.handlers.onMessage({ type: 'findings', pageUrl: PAGE, findings }, bg.tab(1));
    // A new worker: new handlers and TabState, same storage.session snapshot.
    const saved = bg.snapshot;
    const again = createHandlers({ ...bg.deps, tabs: new TabState({ load: async () => structuredClone(saved), save: async () => undefined }) });
    bg.tick(60_000);
    await again.onMessage({ type: 'findings', pageUrl: PAGE, findings }, bg.tab(1));
    expect((await (await bg.history).all()).map((r) => r.count)).toEqual([1, 1]);
  });

  it('records a notice when the cap prunes, folding repeated pruning into one', async () => {
    const bg = setup({ settings: { historyCap: 100 } });
    await bg.handlers.onMessage({ type: 'findings', pageUrl: PAGE, findings: distinctFindings(100, 'a') }, bg.tab(1));
    await bg.handlers.onMessage({ type: 'findings', pageUrl: PAGE, findings: distinctFindings(30, 'b') }, bg.tab(2));
    await bg.handlers.onMessage({ type: 'findings', pageUrl: PAGE, findings: distinctFindings(20, 'c') }, bg.tab(3));
    expect(bg.notices).toEqual([expect.objectContaining({ kind: 'pruned', count: 50, cap: 100 })]);
    expect(await (await bg.history).count()).toBe(100);
  });

  it('records a notice when storage is full, and answers the content script normally', async () => {
    const bg = setup();
    const full = createHandlers({
      ...bg.deps,
      history: async () => ({ record: async () => ({ ok: false as const, error: { kind: 'quota' as const, message: 'QuotaExceededError' } }) }),
    });
    const reply = await full.onMessage({ type: 'findings', pageUrl: PAGE, findings: [makeFinding()] }, bg.tab(1));
    expect(reply).toMatchObject({ ok: true });
    expect(bg.notices).toEqual([expect.objectContaining({ kind: 'quota' })]);
  });
});

describe('background: popup, explain, open panel', () => {
  it('stores pasted findings as paste with no page, and says how many were saved', async () => {
    const bg = setup();
    const reply = await bg.handlers.onMessage({ type: 'store', source: 'paste', pageUrl: null, findings: [makeFinding(), makeFinding({ action: 'kms:Decrypt' })] }, {});
    expect(reply).toEqual({ ok: true, saved: 2 });
    const all = await (await bg.history).all();
    expect(all.every((r) => r.source === 'paste' && r.pageUrl === null)).toBe(true);
  });

  it('answers explain with an ExplainReply in the asked language, and errors as ok:false', async () => {
    const bg = setup();
    const reply = await bg.handlers.onMessage({ type: 'explain', finding: makeFinding(), lang: 'ja' }, {});
    expect(reply).toMatchObject({ ok: true, explanation: { lang: 'ja' } });
    const failing = createHandlers({ ...bg.deps, explain: async () => Promise.reject(new Error('IAM data missing')) });
    expect(await failing.onMessage({ type: 'explain', finding: makeFinding() }, {})).toEqual({ ok: false, error: 'IAM data missing' });
    expect(await bg.handlers.onMessage({ type: 'explain', finding: { nope: 1 } as unknown as Finding }, {})).toEqual({ ok: false, error: 'not a finding' });
  });

  it('opens the side panel synchronously, before anything is awaited, then tells the panel', async () => {
    let opened = false;
    const bg = setup({
      openPanel: () => {
        opened = true;
        return Promise.resolve();
      },
    });
    const reply = bg.handlers.onMessage({ type: 'open-panel', finding: makeFinding() }, bg.tab(4));
    // Nothing awaited yet, and the panel is already opening: Chrome's user-gesture rule.
    expect(opened).toBe(true);
    expect(await reply).toEqual({ opened: true });
    expect(bg.pending).toEqual({ finding: makeFinding() });
    expect(bg.panel).toContainEqual({ type: 'show', finding: makeFinding() });
  });

  it('hands the text around the finding (a paste) to the panel, capped, so it explains as the popup did', async () => {
    const bg = setup();
    const context = `pasted log\n${'x'.repeat(MAX_CONTEXT_CHARS)}`;
    expect(await bg.handlers.onMessage({ type: 'open-panel', finding: makeFinding(), context }, bg.tab(4))).toEqual({ opened: true });
    const expected = { finding: makeFinding(), context: context.slice(0, MAX_CONTEXT_CHARS) };
    expect(bg.pending).toEqual(expected);
    expect(bg.panel).toContainEqual({ type: 'show', ...expected });
  });

  it('reports a refused opening (Firefox from a page) but keeps the finding pending for the sidebar', async () => {
    const bg = setup({ openPanel: () => Promise.reject(new Error('sidebarAction.open may only be called from a user input handler')) });
    expect(await bg.handlers.onMessage({ type: 'open-panel', finding: makeFinding() }, bg.tab(4))).toEqual({
      opened: false,
      error: 'sidebarAction.open may only be called from a user input handler',
    });
    expect(bg.pending).toEqual({ finding: makeFinding() });
  });

  it('ignores messages that are not for the background', () => {
    const bg = setup();
    expect(bg.handlers.onMessage({ type: 'show', finding: makeFinding() }, {})).toBeUndefined();
    expect(bg.handlers.onMessage('hello', {})).toBeUndefined();
    expect(bg.handlers.onMessage(null, {})).toBeUndefined();
  });
});
