import { t } from '../../lib/i18n';
import { messageOf } from '../../lib/error-message';

/**
 * What went wrong, as the organizer reads it: an Error's message; for a request the background
 * refused as invalid, only what was wrong with it (the organizer sent a form, not a request).
 * The prefix is found from the locale's own sentence, so this works in every language.
 */
export function errorText(cause: unknown): string {
  const text = messageOf(cause);
  const [before = '', after = ''] = t('errors.request.invalid', ['\u0001', '']).split('\u0001');
  if (!before || !text.startsWith(before)) return text;
  const end = text.indexOf(after, before.length);
  return after && end > before.length ? text.slice(end + after.length) : text;
}
