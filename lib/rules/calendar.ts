import { TZDate } from '@date-fns/tz';
import { addMonths, format, startOfMonth } from 'date-fns';

/**
 * Calendar buckets in a time zone, worked out once as instants so that thousands of times can be
 * sorted into them with plain comparisons (formatting each time in a zone costs far more).
 */

/** The instant a calendar day ("2026-11-30") starts in `timeZone`. */
export function dayStart(day: string, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, timeZone).getTime();
}

export interface MonthBuckets {
  /** "2026-11", oldest first. */
  months: string[];
  /** Which month `ms` falls in (an index into `months`), or -1 outside them. */
  indexOf(ms: number): number;
}

/** The calendar months from the one holding `from` to the one holding `to`, in the zone (at most 240). */
export function monthBuckets(from: number, to: number, timeZone: string): MonthBuckets {
  const months: string[] = [];
  const starts: number[] = [];
  let m = startOfMonth(new TZDate(from, timeZone));
  for (; m.getTime() <= to && months.length < 240; m = addMonths(m, 1)) {
    months.push(format(m, 'yyyy-MM'));
    starts.push(m.getTime());
  }
  const end = m.getTime();
  return {
    months,
    indexOf(ms) {
      if (!starts.length || ms < starts[0]! || ms >= end) return -1;
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= ms) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
  };
}
