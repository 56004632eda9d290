import { buildIcsEvent } from '@/domain/ics';

/** A reminder to put in the phone's calendar. Times are epoch ms. */
export interface CalendarReminder {
  /** Stable id, so importing the same deadline again updates rather than duplicates it. */
  uid: string;
  title: string;
  description: string;
  start: number;
  end: number;
  /** Whole minutes before `start` for the alarm. */
  alarmMinutesBefore: number;
}

export type CalendarResult =
  | { ok: true; method: 'phone-calendar' | 'ics-download' }
  | { ok: false; reason: 'denied' | 'cancelled' | 'unsupported' | 'failed' };

/** A file name safe on every OS, from the reminder's uid. */
function fileNameFor(uid: string): string {
  return `${uid.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 60) || 'reminder'}.ics`;
}

/**
 * The browser build cannot reach the phone calendar, so it downloads an iCalendar file with the
 * same event and alarm (RFC 5545, built by the domain's buildIcsEvent) for the calendar app to open.
 */
export async function addPhoneCalendar(reminder: CalendarReminder): Promise<CalendarResult> {
  try {
    const ics = buildIcsEvent({ ...reminder, now: Date.now() });
    const blob = new Blob([ics], { type: 'text/calendar;charset=utf-8' });
    const href = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = href;
    link.download = fileNameFor(reminder.uid);
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
    return { ok: true, method: 'ics-download' };
  } catch {
    return { ok: false, reason: 'failed' };
  }
}

/** True where addPhoneCalendar downloads an .ics file instead of writing to the phone calendar (button label). */
export const CALENDAR_IS_FILE_DOWNLOAD = true;
