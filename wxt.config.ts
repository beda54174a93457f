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
    build: {
      target: 'es2022',
      rollupOptions: {
        // onLog, not onwarn: @preact/preset-vite sets its own onwarn, which would replace ours.
        onLog(level, log, handler) {
          // zod 4 ships two comments that mention `@__PURE__` in prose (util.js, regexes.js);
          // Rollup reads them as misplaced annotations and warns on every build. It drops the
          // comments and the output is the same, so exactly these two are silenced.
          if (level === 'warn' && log.code === 'INVALID_ANNOTATION' && /[\\/]node_modules[\\/]zod[\\/]/.test(log.id ?? '')) return;
          handler(level, log);
        },
      },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the panel's unsaved drafts (local), which person each CRM tab shows (session) and
    // CRM tokens (local, never synced); identity: signing in to a nation's OAuth app.
    permissions: ['alarms', 'notifications', 'scripting', 'storage', 'unlimitedStorage', 'identity'],
    // Only the CRM person pages, never <all_urls>.
    host_permissions: contentScriptMatches,
    // The guest (entrypoints/guest/): an unlisted script the manifest loads, so it starts with
    // nothing but its own code. At document_idle, so that on most pages even loading it comes
    // after the page's load event (the frame waits for that event anyway).
    content_scripts: [{ matches: contentScriptMatches, js: ['guest.js'], run_at: 'document_idle' }],
    // The CRMs' APIs, asked for only when the organizer connects an account (Chrome already
    // covers them with the hosts above; Firefox asks).
    optional_host_permissions: ['https://*.nationbuilder.com/api/*', 'https://*.nationbuilder.com/oauth/*', 'https://actionnetwork.org/api/*', 'https://*.actionbuilder.org/api/*'],
    // The panel page may be framed by CRM pages only. In Chrome only through an address that
    // changes every session, so a page cannot probe for it to learn the extension is there.
    web_accessible_resources: [
      {
        resources: ['panel.html'],
        matches: [...new Set(contentScriptMatches.map((pattern) => pattern.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*')))],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
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
              // 140 (an ESR) is the first to read data_collection_permissions, which AMO requires.
              strict_min_version: '140.0',
              // Nothing leaves the computer.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
