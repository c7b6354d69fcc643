import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CONSOLE_MATCHES } from './lib/console-hosts';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Why Denied',
    description: 'Explains AWS access-denied errors where they appear: which policy said no, and the fix to apply.',
    // storage: settings; sidePanel: the Chrome side panel (Firefox gets sidebar_action from the sidepanel entrypoint).
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
    host_permissions: CONSOLE_MATCHES,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'why-denied@why-denied.invalid',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
