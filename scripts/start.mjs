// `npm start`: serves the demo CRM pages and opens Chromium with the built extension on a demo
// person page. With no display it runs headless, saves a screenshot and says where.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { hostResolverRules, startDemoServer } from '../demo/server.mjs';
import { DEMO } from '../demo/crm-api/state.mjs';
import { chromiumArgs, findChromium } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const extensionDir = resolve(root, process.env.OCC_OUT ?? '.output', 'chrome-mv3');
const demoDir = resolve(root, '.demo');
const startUrl = process.argv.find((a) => a.startsWith('http')) ?? 'http://riverside.nationbuilder.com/admin/signups/1201';
const headless = process.argv.includes('--headless') || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

const executable = findChromium();
if (!executable) {
  console.error(
    'No Chromium found. Install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`, macOS: `brew install --cask chromium`)\n' +
      'or point CHROME_PATH at a Chromium or Chrome binary, then run `npm start` again.',
  );
  process.exit(1);
}

const server = await startDemoServer(Number(process.env.DEMO_PORT ?? 0));
const profile = resolve(demoDir, 'profile');
mkdirSync(demoDir, { recursive: true });
if (process.argv.includes('--fresh')) rmSync(profile, { recursive: true, force: true });

const args = [
  ...chromiumArgs({ extensionDir, hostRules: hostResolverRules(server.port) }),
  '--remote-debugging-port=0',
  // Lets the DevTools protocol load the extension when the browser ignores --load-extension
  // (branded Chrome 137+).
  '--enable-unsafe-extension-debugging',
  `--user-data-dir=${profile}`,
  '--window-size=1366,860',
  ...(headless ? ['--headless'] : []),
  'about:blank',
];
const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe'] });
const wsEndpoint = await new Promise((resolveWs, reject) => {
  let seen = '';
  child.stderr.on('data', (chunk) => {
    seen += chunk;
    const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
    if (match) resolveWs(match[1]);
  });
  child.on('exit', (code) => reject(new Error(`Chromium exited early (code ${code}):\n${seen.slice(-2000)}`)));
});

const browser = await chromium.connectOverCDP(wsEndpoint);
const context = browser.contexts()[0];
const isOurs = (w) => w.url().startsWith('chrome-extension://');
let worker = context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { timeout: 4000 }).catch(() => undefined));
if (!worker) {
  const cdp = await browser.newBrowserCDPSession();
  try {
    await cdp.send('Extensions.loadUnpacked', { path: extensionDir });
    worker = await context.waitForEvent('serviceworker', { timeout: 8000 });
    console.log('Loaded the extension through the DevTools protocol.');
  } catch (error) {
    console.error(`This browser did not load the extension (${error.message}). Use Chromium, or load ${extensionDir} by hand in chrome://extensions (Developer mode → Load unpacked).`);
  }
}

// The demo CRM accounts, connected with the contract server's demo credentials, so a finished
// 1:1 can be watched landing in the demo CRM inbox (`--no-crm` leaves them unconnected).
if (worker && !process.argv.includes('--no-crm')) {
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  const results = await ext.evaluate(async (demo) => {
    const send = async (type, data) => {
      const reply = await chrome.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() });
      if (reply?.err) throw new Error(reply.err.message);
      return reply?.res;
    };
    const accounts = [
      { crm: 'nationbuilder', account: 'riverside', credential: { kind: 'token', token: demo.nationbuilderToken } },
      { crm: 'actionnetwork', account: 'eastside-tenants', credential: { kind: 'key', key: demo.actionnetworkKey } },
      { crm: 'actionbuilder', account: 'northside-union', credential: { kind: 'key', key: demo.actionbuilderKey }, campaignId: demo.actionbuilderCampaign },
    ];
    const out = [];
    for (const account of accounts) {
      try {
        await send('connectCrm', account);
        out.push(`${account.crm} ${account.account}: connected`);
      } catch (error) {
        out.push(`${account.crm} ${account.account}: ${error.message}`);
      }
    }
    return out;
  }, DEMO);
  await ext.close();
  console.log(`Demo CRM accounts (Options → CRM connections): ${results.join('; ')}.`);
}
console.log(`Demo CRM inbox, showing what the extension sent: http://127.0.0.1:${server.port}/crm-inbox`);

const page = context.pages()[0] ?? (await context.newPage());
await page.goto(startUrl);
const others = [
  'http://riverside.nationbuilder.com/admin/signups/42',
  'http://hillcrest.nationbuilder.com/admin/signups/42',
  'http://actionnetwork.org/user_search/group/eastside-tenants (search results; View Record opens a person)',
  'http://northside-union.actionbuilder.org/entity/view/301/profile?campaignId=7 (single-page app: click people on the left)',
];
console.log(`Demo CRM pages are served on port ${server.port} under their real host names.`);
console.log(`Opened ${startUrl}. Try also:\n  ${others.join('\n  ')}`);

if (headless) {
  await page.setViewportSize({ width: 1366, height: 800 });
  await page
    // The panel is an extension page in a frame the guest hosts on the CRM page.
    .locator('one-on-one-companion iframe')
    .contentFrame()
    .getByRole('complementary', { name: '1:1 Companion' })
    .getByRole('heading', { level: 2 })
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => console.error('The panel did not appear within 10 s.'));
  const shot = resolve(demoDir, 'screenshot.png');
  await page.screenshot({ path: shot });
  console.log(`No display found, so Chromium ran headless. Screenshot saved to ${shot}`);
  await browser.close().catch(() => {});
  child.kill();
  await server.close();
} else {
  console.log('Press Ctrl+C to stop.');
  const stop = async () => {
    child.kill();
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  child.on('exit', stop);
}
