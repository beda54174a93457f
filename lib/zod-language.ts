import { z } from 'zod';
import es from 'zod/v4/locales/es.js';
import { uiLanguage } from './i18n';

/**
 * zod's own messages ("Invalid input: expected string…") in the interface language. Our schemas
 * word their own messages through t(); this covers the rest. Called once at the start of each
 * context that validates or shows validation errors (the background, the extension pages).
 */
export function setZodLanguage(): void {
  if (uiLanguage() === 'es') z.config(es());
}
