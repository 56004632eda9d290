/**
 * WeChat verification (微信认证): its routes and its yearly renewal.
 *
 * Sources:
 * - Routes: seed step 4.4 (bank transfer from the company's public account, or WeChat
 *   verification for RMB 300).
 * - Validity: one year, then reviewed yearly (docs/domain.md); WeChat reminds 3 months, 2 months,
 *   1 month and 7 days before (customer-service answer quoted at
 *   https://blob.wenxiaobai.com/article/18248e21-cc7b-9b32-4384-030a1f20868c); the app reminds
 *   30, 7 and 1 days before, as the issue asks, on top of WeChat's own notices.
 *
 * Dates are China calendar dates `YYYY-MM-DD`; time comes in as arguments.
 */

export const VERIFICATION_METHODS = ['bank-transfer', 'wechat-verification'] as const;
/** The two verification routes of seed step 4.4. */
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];

/** Days before expiry when the app reminds the user to renew. */
export const RENEWAL_REMINDER_DAYS = [30, 7, 1] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function toUtcDay(date: string): number | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return t;
}

function fromUtcDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * The day verification approved on `approvedOn` runs out: the same date one year later
 * (29 February → 28 February). Null when `approvedOn` is not a real date.
 */
export function verificationExpiresOn(approvedOn: string): string | null {
  const t = toUtcDay(approvedOn.trim());
  if (t === null) return null;
  const d = new Date(t);
  const year = d.getUTCFullYear() + 1;
  const month = d.getUTCMonth();
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtcDay(Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay)));
}

export type RenewalState =
  /** More than 30 days left. */
  | 'valid'
  /** Within 30 days (the first reminder); `daysLeft` says how close. */
  | 'due'
  /** Past the expiry day: renew now (WeChat limits search, sharing and new releases). */
  | 'expired';

export interface RenewalStatus {
  state: RenewalState;
  expiresOn: string;
  /** Whole days from `today` to the expiry day (negative once past). */
  daysLeft: number;
  /** The reminder threshold reached (30, 7 or 1), or null while more than 30 days remain. */
  reminder: (typeof RENEWAL_REMINDER_DAYS)[number] | null;
}

/** The renewal status on `today`, or null when the approval date is not known. */
export function renewalStatus(approvedOn: string, today: string): RenewalStatus | null {
  const expiresOn = verificationExpiresOn(approvedOn);
  const todayT = toUtcDay(today);
  if (expiresOn === null || todayT === null) return null;
  const daysLeft = Math.round(((toUtcDay(expiresOn) as number) - todayT) / DAY_MS);
  const reminder = [...RENEWAL_REMINDER_DAYS].reverse().find((days) => daysLeft <= days) ?? null;
  const state: RenewalState = daysLeft < 0 ? 'expired' : daysLeft <= RENEWAL_REMINDER_DAYS[0] ? 'due' : 'valid';
  return { state, expiresOn, daysLeft, reminder: daysLeft < 0 ? 1 : reminder };
}

/**
 * The reminder days for a verification approved on `approvedOn`: for each of 30, 7 and 1 days
 * before expiry, the calendar date. Empty when the date is unknown.
 */
export function renewalReminderDates(approvedOn: string): Array<{ daysBefore: number; date: string }> {
  const expiresOn = verificationExpiresOn(approvedOn);
  if (expiresOn === null) return [];
  const expiry = toUtcDay(expiresOn) as number;
  return RENEWAL_REMINDER_DAYS.map((daysBefore) => ({ daysBefore, date: fromUtcDay(expiry - daysBefore * DAY_MS) }));
}
