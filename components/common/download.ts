import { toIcs, type CalendarEvent } from '../../lib/export/ics';
import { slug } from '../../lib/export/filename';

/** Saves text as a file through the browser's own download (no permission needed). */
export function downloadText(file: { filename: string; mime: string; text: string }): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a file the organizer picked, as text. */
export function readFileText(file: File): Promise<string> {
  return file.text();
}


/** Offers one event as an .ics file the organizer's calendar opens. */
export function downloadCalendar(event: CalendarEvent, name: string): void {
  downloadText({ filename: `${slug(name, 50)}.ics`, mime: 'text/calendar;charset=utf-8', text: toIcs([event], Date.now()) });
}
