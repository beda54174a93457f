import { formatNumber, t } from '../../lib/i18n';

/** From this share of the limit on, the count shows: far from it, it would only be noise. */
const NEAR = 0.8;

/** Whether `length` is close enough to `limit` to show the count. */
export function nearLimit(length: number, limit: number): boolean {
  return length >= Math.floor(limit * NEAR);
}

/**
 * A text box's limit (lib/limits.ts, the same the schemas check), shown as the organizer nears
 * it: "430 of 500 characters", then, past it, how much to cut. Over the limit it is an alert:
 * the text is kept on screen but cannot be saved until it is shorter.
 */
export function LimitCount({ id, length, limit }: { id: string; length: number; limit: number }) {
  if (!nearLimit(length, limit)) return null;
  const over = length - limit;
  if (over > 0) {
    return (
      <span id={id} class="occ-field-error occ-limit" role="alert">
        {t('panel.limit.over', [formatNumber(over), formatNumber(limit)])}
      </span>
    );
  }
  return (
    <span id={id} class="occ-hint occ-limit">
      {t('panel.limit.near', [formatNumber(length), formatNumber(limit)])}
    </span>
  );
}
