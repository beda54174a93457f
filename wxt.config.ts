import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { contentScriptMatches } from './lib/crm/index';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: a reader can follow every name to its module.
  imports: false,
  // OCC_OUT lets parallel builds (and the benchmark) use their own output folder.
  outDir: process.env.OCC_OUT ?? '.output',
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: '1:1 Companion',
    description:
      'Prepare, hold and follow up 1:1 conversations from your CRM person pages. Everything stays on this computer.',
    permissions: ['alarms', 'notifications', 'scripting', 'unlimitedStorage'],
    // Only the CRM person pages, never <all_urls>.
    host_permissions: contentScriptMatches,
    action: { default_title: '1:1 Companion: follow-ups' },
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+O' },
        description: 'Show or hide the 1:1 panel',
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
