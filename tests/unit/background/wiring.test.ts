// The background entrypoint as the browser runs it (fakeBrowser from WXT): listeners registered, the side panel
// opened synchronously inside the message listener, badge and storage wired.
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import background from '../../../entrypoints/background/index';
import { PENDING_KEY } from '../../../entrypoints/shared/keys';
import { makeFinding } from '../history/fixtures/findings';

const g = globalThis as unknown as { chrome?: unknown };

describe('background entrypoint wiring', () => {
  const open = vi.fn((_options: { tabId?: number; windowId?: number }) => Promise.resolve());
  const badge = vi.fn(async (_details: { tabId?: number; text: string }) => undefined);
  let onCommand: ((command: string, tab?: { id?: number; windowId?: number }) => void) | undefined;

  beforeEach(() => {
    fakeBrowser.reset();
    open.mockClear();
    badge.mockClear();
    g.chrome = { sidePanel: { open } };
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockImplementation(badge as never);
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockImplementation(async () => undefined);
    // fakeBrowser does not implement commands: capture the listener the background registers.
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(((listener: typeof onCommand) => {
      onCommand = listener;
    }) as never);
    background.main();
  });

  afterEach(() => {
    delete g.chrome;
    vi.restoreAllMocks();
  });

  it('calls chrome.sidePanel.open for the sender tab before the listener returns', async () => {
    const answered = fakeBrowser.runtime.onMessage.trigger({ type: 'open-panel', finding: makeFinding() }, { tab: { id: 42, windowId: 3 } } as never, () => undefined);
    // Synchronously: no await has happened yet in this test.
    expect(open).toHaveBeenCalledWith({ tabId: 42 });
    await answered;
    await vi.waitFor(async () => expect((await fakeBrowser.storage.session.get(PENDING_KEY))[PENDING_KEY]).toEqual({ finding: makeFinding() }));
  });

  it('records findings and sets the tab badge', async () => {
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'findings', pageUrl: 'https://console.aws.amazon.com/s3/', findings: [makeFinding(), makeFinding({ action: 's3:GetObject' })] },
      { tab: { id: 9, url: 'https://console.aws.amazon.com/s3/' }, frameId: 0 } as never,
      () => undefined,
    );
    await vi.waitFor(() => expect(badge).toHaveBeenCalledWith({ tabId: 9, text: '2' }));
  });

  it('opens the side panel from the keyboard shortcut, in the window it was pressed in', () => {
    expect(onCommand).toBeDefined();
    onCommand!('open-side-panel', { id: 5, windowId: 77 });
    expect(open).toHaveBeenCalledWith({ windowId: 77 });
    onCommand!('something-else', { id: 5, windowId: 77 });
    expect(open).toHaveBeenCalledTimes(1);
  });
});
