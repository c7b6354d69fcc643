// The keyboard shortcut: Alt+Shift+D, pressed in the browser window while a page has the focus, opens the Why
// Denied sidebar on its panel document, and pressing it again closes it (Firefox maps the manifest's
// _execute_sidebar_action command to a toggle). WebDriver BiDi's key actions reach only the page, never the browser
// window's keyset, so this file drives Firefox through Marionette (support/marionette.ts): the keys are synthesised
// at the browser window's widget, as the OS delivers a real key press.
import { expect, test } from '@playwright/test';
import { ADDON_UUID, addonId, FIREFOX_EXTENSION_DIR, firefoxPath, QUIET_PREFS } from '../../scripts/support/firefox';
import { Marionette } from './support/marionette';

let firefox: Marionette;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  firefox = await Marionette.launch(firefoxPath(), {
    ...QUIET_PREFS,
    'extensions.webextensions.uuids': JSON.stringify({ [addonId()]: ADDON_UUID }),
  });
  expect(await firefox.command('Addon:Install', { path: FIREFOX_EXTENSION_DIR, temporary: true })).toBe(addonId());
});

test.afterAll(async () => {
  await firefox?.close();
});

interface Sidebar {
  open: boolean;
  /** The sidebar Firefox shows (an add-on's id ends in -sidebar-action). */
  id: string;
  /** The document in the sidebar's inner browser. */
  url: string | null;
}

const readSidebar = async (): Promise<Sidebar> =>
  (await firefox.chrome(`
    const inner = SidebarController.browser?.contentDocument?.getElementById('webext-panels-browser');
    return { open: SidebarController.isOpen, id: SidebarController.currentID, url: inner?.currentURI?.spec ?? null };
  `)) as Sidebar;

/** Alt+Shift+D through the browser window's text input processor: keydown/keyup as from the keyboard. */
const pressShortcut = () =>
  firefox.chrome(`
    const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
    if (!tip.beginInputTransactionForTests(window)) throw new Error('no input transaction');
    const key = (key, code, keyCode) => new KeyboardEvent('', { key, code, keyCode });
    const alt = key('Alt', 'AltLeft', 18), shift = key('Shift', 'ShiftLeft', 16), d = key('D', 'KeyD', 68);
    tip.keydown(alt); tip.keydown(shift); tip.keydown(d); tip.keyup(d); tip.keyup(shift); tip.keyup(alt);
  `);

async function waitForSidebar(check: (s: Sidebar) => boolean): Promise<Sidebar> {
  const until = Date.now() + 5_000;
  let state = await readSidebar();
  while (!check(state) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    state = await readSidebar();
  }
  return state;
}

test('Alt+Shift+D opens the Why Denied sidebar on its panel, and closes it again', async () => {
  // A page has the focus, as a console tab does when the user presses the keys.
  await firefox.command('Marionette:SetContext', { value: 'content' });
  await firefox.command('WebDriver:Navigate', { url: 'data:text/html,<title>console</title><input autofocus>' });
  await firefox.command('WebDriver:ExecuteScript', { script: 'document.querySelector("input").focus();', args: [] });
  expect((await readSidebar()).open).toBe(false);

  await pressShortcut();
  const opened = await waitForSidebar((s) => s.open && s.url !== null && s.url !== 'about:blank');
  expect(opened.open).toBe(true);
  expect(opened.id).toBe(`${addonId().replace(/[^a-z0-9_-]/gi, '_')}-sidebar-action`);
  expect(opened.url).toBe(`moz-extension://${ADDON_UUID}/sidepanel.html`);

  await pressShortcut();
  expect((await waitForSidebar((s) => !s.open)).open).toBe(false);
});
