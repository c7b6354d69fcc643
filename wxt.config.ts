import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONSOLE_MATCHES } from './lib/console-hosts';

// One JSON file per service, written by scripts/gen-iam-index.mjs; the background fetches iam/<key>.json
// (entrypoints/background/iam-files.ts). Generated, so added here instead of being kept in public/.
const IAM_JSON_DIR = resolve(import.meta.dirname ?? __dirname, 'lib/iam/generated/json');

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const name of readdirSync(IAM_JSON_DIR)) {
        if (name.endsWith('.json')) files.push({ absoluteSrc: resolve(IAM_JSON_DIR, name), relativeDest: `iam/${name}` });
      }
    },
  },
  // The Firefox sources zip holds sources: not the terminal command's build (dist/, scripts/build-cli.mjs) nor a
  // tarball `npm pack` left in the checkout.
  zip: { excludeSources: ['dist/**', '*.tgz'] },
  manifest: ({ browser }) => ({
    name: 'Why Denied',
    description: 'Explains AWS access-denied errors where they appear: which policy said no, and the fix to apply.',
    // storage: settings; sidePanel: the Chrome side panel (Firefox gets sidebar_action from the sidepanel entrypoint).
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
    host_permissions: CONSOLE_MATCHES,
    // The console content script's heavy half (parser, card UI, verdicts), imported by the content script only on
    // pages that show denial-like text; reachable from console pages only.
    web_accessible_resources: [{ resources: ['console-engine.js'], matches: CONSOLE_MATCHES }],
    // Extension pages run only their own bundled scripts: no inline script, no eval, no remote code, and no network
    // (connect-src 'self' reaches only files inside the extension).
    content_security_policy: {
      extension_pages:
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    },
    // Keyboard shortcut to open the side panel: Chrome through the background (sidePanel.open), Firefox through the
    // built-in sidebar command.
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+D' }, description: 'Open the Why Denied sidebar' } }
        : { 'open-side-panel': { suggested_key: { default: 'Alt+Shift+D' }, description: 'Open the Why Denied side panel' } },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'why-denied@why-denied.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
