/** "Nov 2026" for "2026-11", in the interface language (lib/dates.ts formats every date). */
export { formatMonth } from '../../lib/dates';
