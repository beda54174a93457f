import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { contentScriptMatches } from './lib/crm/index';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: a reader can follow every name to its module.
  imports: false,
  // Messages in locales/<lang>.yml, compiled to _locales; i18n.t() reads them through browser.i18n.
  modules: ['@wxt-dev/i18n/module'],
  // OCC_OUT lets parallel builds (and the benchmark) use their own output folder.
  outDir: process.env.OCC_OUT ?? '.output',
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the extension's own session storage, where a restore reports its progress.
    permissions: ['alarms', 'notifications', 'scripting', 'storage', 'unlimitedStorage'],
    // Only the CRM person pages, never <all_urls>.
    host_permissions: contentScriptMatches,
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+O' },
        description: '__MSG_commandToggle__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'one-on-one-companion@organizers.example',
              strict_min_version: '128.0',
              // Nothing leaves the computer.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
