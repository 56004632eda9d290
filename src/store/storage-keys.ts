/**
 * Where the app keeps what, in WeChat key-value storage (schema v3). WeChat refuses a key over
 * 1 MB and a total over 10 MB (https://developers.weixin.qq.com/miniprogram/dev/api/storage/
 * wx.setStorageSync.html), so no key grows with the number of filings except the small index:
 *
 *   fc.index        { v, order, migrated? }   order of the filings; the migration's commit point
 *   fc.settings     { v, localePreference }
 *   fc.health       { v, kept: [...] }        what is kept aside as unreadable, and why
 *   fc.calendar     { v, reminders: [...] }   reminders the app put in the phone calendar
 *   fc.f.<id>       { v, filing }             one filing each (its size is bounded: record-limits.ts)
 *   fc.q.<n>        the raw text of one unreadable value, verbatim
 *
 * Membership comes from the keys themselves: a filing is there when its fc.f.<id> key is,
 * whatever the index says, so a damaged or lost index never hides a filing.
 */

export const INDEX_KEY = 'fc.index';
export const SETTINGS_KEY = 'fc.settings';
export const HEALTH_KEY = 'fc.health';
export const CALENDAR_KEY = 'fc.calendar';
export const FILING_PREFIX = 'fc.f.';
export const KEPT_PREFIX = 'fc.q.';

/** The single key of schema v1–v2 (everything in one value; migrated away from at v3). */
export const LEGACY_KEY = 'filing-companion';
/** Where v2 set aside an unreadable LEGACY_KEY value. */
export const LEGACY_BACKUP_KEY = 'filing-companion.backup';

export const filingKey = (id: string) => `${FILING_PREFIX}${id}`;

/** The filing id of a fc.f.<id> key, or null. */
export function filingIdOf(key: string): string | null {
  return key.startsWith(FILING_PREFIX) && key.length > FILING_PREFIX.length ? key.slice(FILING_PREFIX.length) : null;
}

/** Every key this app writes or reads (erase everything clears all of storage anyway). */
export function isAppKey(key: string): boolean {
  return key.startsWith('fc.') || key === LEGACY_KEY || key === LEGACY_BACKUP_KEY;
}

/**
 * A 64-bit fingerprint of a stored text (two 32-bit FNV-1a variants) plus its length: tells
 * whether two unreadable values are the same without keeping both.
 */
export function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${text.length}-${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}

/** Bytes a key costs in WeChat's count as this app reads it: UTF-8 of the name and of the JSON text. */
export function storedBytes(key: string, text: string): number {
  return utf8Length(key) + utf8Length(JSON.stringify(text));
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}
