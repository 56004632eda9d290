/** Short local date-time texts for instants the user recorded (the phone's own clock and zone). */

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** 'MM-DD HH:mm' in the phone's time zone, as the SMS itself shows it. */
export function formatLocalDateTime(epochMs: number): string {
  const d = new Date(epochMs);
  if (Number.isNaN(d.getTime())) return '--';
  return `${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/** 'HH:mm' in the phone's time zone. */
export function formatLocalTime(epochMs: number): string {
  const d = new Date(epochMs);
  if (Number.isNaN(d.getTime())) return '--:--';
  return `${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/**
 * The most recent instant at `hhmm` (phone time) that is not later than `now` + 1 minute: a
 * time of day later than now means yesterday. Returns null for malformed input.
 */
export function latestInstantAt(hhmm: string, now: number): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  const d = new Date(now);
  d.setHours(hours, minutes, 0, 0);
  let at = d.getTime();
  if (at > now + 60_000) {
    const y = new Date(now);
    y.setDate(y.getDate() - 1);
    y.setHours(hours, minutes, 0, 0);
    at = y.getTime();
  }
  return at;
}

/** 'MM-DD' of a China calendar date 'YYYY-MM-DD'. */
export function shortDate(date: string): string {
  return date.slice(5);
}
