import { describe, expect, it } from 'vitest';
import { chromeMessages } from '../i18n-messages';
import { t } from '../../../lib/i18n';

describe('locale files', () => {
  const en = chromeMessages('en');
  const es = chromeMessages('es');

  it('have the same keys in English and Spanish', () => {
    const missingInEs = Object.keys(en).filter((key) => !(key in es));
    const missingInEn = Object.keys(es).filter((key) => !(key in en));
    expect({ missingInEs, missingInEn }).toEqual({ missingInEs: [], missingInEn: [] });
  });

  it('use the same substitutions in both languages', () => {
    const subs = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort().join(',');
    const mismatched = Object.keys(en).filter((key) => es[key] && subs(en[key]!.message) !== subs(es[key]!.message));
    expect(mismatched).toEqual([]);
  });

  it('leave no message empty', () => {
    const empty = [...Object.entries(en), ...Object.entries(es)].filter(([, m]) => !m.message.trim()).map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('are what the product reads', () => {
    expect(t('commandToggle')).toBe('Show or hide the 1:1 panel');
  });
});
