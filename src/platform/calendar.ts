import Taro from '@tarojs/taro';

/** A reminder to put in the phone's calendar. Times are epoch ms. */
export interface CalendarReminder {
  /** Stable id, so exporting the same deadline again updates rather than duplicates (ICS only). */
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

const CALENDAR_SCOPE = 'scope.addPhoneCalendar';

function errMsgOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'errMsg' in error)
    return String((error as { errMsg: unknown }).errMsg);
  return error instanceof Error ? error.message : String(error);
}

/**
 * Adds the reminder to the phone calendar with an alarm (wx.addPhoneCalendar, base library
 * 2.15.0+). A scope the user turned off earlier is reported as 'denied' without asking again,
 * because WeChat would fail silently; the caller then offers the settings page.
 */
export async function addPhoneCalendar(reminder: CalendarReminder): Promise<CalendarResult> {
  if (typeof Taro.addPhoneCalendar !== 'function') return { ok: false, reason: 'unsupported' };
  try {
    const setting = await Taro.getSetting();
    const scopes = (setting?.authSetting ?? {}) as Record<string, boolean | undefined>;
    if (scopes[CALENDAR_SCOPE] === false) return { ok: false, reason: 'denied' };
  } catch {
    // getSetting failing says nothing about the scope; try the call itself.
  }
  try {
    await Taro.addPhoneCalendar({
      title: reminder.title,
      description: reminder.description,
      startTime: Math.floor(reminder.start / 1000),
      endTime: String(Math.floor(reminder.end / 1000)),
      alarm: true,
      alarmOffset: reminder.alarmMinutesBefore * 60,
    });
    return { ok: true, method: 'phone-calendar' };
  } catch (error) {
    const message = errMsgOf(error);
    if (/auth|deny|denied|permission|privacy/i.test(message)) return { ok: false, reason: 'denied' };
    if (/cancel/i.test(message)) return { ok: false, reason: 'cancelled' };
    return { ok: false, reason: 'failed' };
  }
}

/** True where addPhoneCalendar downloads an .ics file instead of writing to the phone calendar (button label). */
export const CALENDAR_IS_FILE_DOWNLOAD = false;
