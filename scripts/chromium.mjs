import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/**
 * The Chromium to drive: CHROME_PATH when set, else the first Chromium found. Branded Chrome
 * 137+ ignores --load-extension, so Chromium builds come first.
 */
export function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ].filter(Boolean);
  for (const path of candidates) if (existsSync(path)) return path;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  return undefined;
}

/** Flags for a quiet, offline-friendly Chromium with our extension loaded. */
export function chromiumArgs({ extensionDir, hostRules }) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--host-resolver-rules=${hostRules}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // The demo server answers the CRM APIs' https addresses with a self-signed certificate
    // (demo/tls/); this browser profile is only ever pointed at it.
    '--ignore-certificate-errors',
  ];
}
