/**
 * Public API of the countdowns feature, for other features (journey's Progress cards and
 * filing page).
 * - FilingCountdownSummary({ filing, visible? }): the filing's most urgent running clock (the
 *   nearest deadline, ticking, and whom it waits for) and how many others run, or nothing.
 * - useTickValue: re-render on the shared one-second tick when a derived value changes.
 * - ReviewClockCard, CalendarButton, formatLocalDateTime: in subpackage.ts, for the filing page's
 *   steps and cards (kept out of this index so they stay in the subpackages: the Progress tab
 *   imports this index into the main package).
 * - CountdownVisibility({ visible }): wrap a page whose countdowns must stop while it is hidden
 *   (pass what the page's useDidShow/useDidHide report).
 * - settledSms(filing, now, texts) + useRejectionTexts(): the filing with its SMS round settled
 *   as it stands now. Screens show this (never writing it); actions that change the filing's
 *   SMS step save it with their own change.
 */
export { FilingCountdownSummary } from './filing-countdown-summary';
export { useTickValue } from './use-tick';
export { CountdownVisibility } from './use-tick';
export { settledSms, type RejectionTexts } from './sms-actions';
export { useRejectionTexts } from './rejection-texts';
