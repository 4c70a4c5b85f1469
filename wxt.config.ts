import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CONTENT_MATCHES } from './lib/sites';

/** Fixed Firefox add-on id: keeps storage and the moz-extension origin stable across installs. */
export const GECKO_ID = 'claimlens@claimlens.app';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ manifestVersion, browser }) => ({
    name: 'ClaimLens',
    description:
      'Highlights fact-checked claims on news pages and shows what fact-checkers found. Runs entirely on your device.',
    permissions: ['storage', 'scripting', 'activeTab', 'contextMenus'],
    host_permissions: CONTENT_MATCHES,
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['*://*/*'] }
      : { optional_permissions: ['*://*/*'] }),
    action: { default_title: 'ClaimLens' },
    // Alt+Shift+A: the content script handles it in the page too, for browsers that keep the key.
    commands: {
      'annotate-selection': { suggested_key: { default: 'Alt+Shift+A' }, description: 'Annotate the selected text with ClaimLens' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
