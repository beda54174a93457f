/**
 * Every word the product shows comes through here: `t('panel.plan')`, with `$1` substitutions
 * and plural forms (`0 | 1 | n` in the yml). Messages live in locales/en.yml and es.yml and are
 * served by the browser's own i18n, so no context ships both languages' strings.
 */
export { i18n } from '#i18n';
import { i18n } from '#i18n';

export const t = i18n.t;

/** The interface language the browser picked: 'es' or 'en'. */
export function uiLanguage(): 'en' | 'es' {
  try {
    const lang = (globalThis as { chrome?: typeof chrome }).chrome?.i18n?.getUILanguage?.() ?? navigator.language;
    return lang.toLowerCase().startsWith('es') ? 'es' : 'en';
  } catch {
    return 'en';
  }
}

/** A count or length as the interface language writes it ("5,000"; Latin American Spanish too). */
export function formatNumber(n: number): string {
  return n.toLocaleString(uiLanguage() === 'es' ? 'es-419' : 'en-US');
}
