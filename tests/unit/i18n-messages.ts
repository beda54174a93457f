import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

/** The compiled messages of one locale, as the browser would serve them from _locales. */
export function chromeMessages(locale: 'en' | 'es'): Record<string, { message: string }> {
  const text = readFileSync(resolve(import.meta.dirname, '../../locales', `${locale}.yml`), 'utf8');
  return generateChromeMessages(parseMessagesText(text, 'YAML')) as Record<string, { message: string }>;
}

/** browser.i18n.getMessage over a locale's messages, `$1`…`$9` substituted as Chrome does. */
export function getMessageFor(locale: 'en' | 'es') {
  const messages = chromeMessages(locale);
  return (name: string, subs?: string | string[]): string => {
    const entry = messages[name];
    if (!entry) return '';
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return entry.message.replace(/\$\$|\$(\d)/g, (whole, digit: string | undefined) => (digit ? (list[Number(digit) - 1] ?? '') : '$'));
  };
}
