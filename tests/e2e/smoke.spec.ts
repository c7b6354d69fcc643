import { expect, test } from '@playwright/test';
import { launchWithExtension } from '../../scripts/support/browser';

test('the built extension loads in Chromium and its service worker starts', async () => {
  const browser = await launchWithExtension();
  try {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  } finally {
    await browser.close();
  }
});
