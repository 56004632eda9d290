/**
 * Public API of the countdowns feature, for other features (journey's Progress cards and
 * filing page).
 * - FilingCountdownSummary({ filing, visible? }): one line per running countdown, or nothing.
 * - ReviewClockCard({ filing, step }): the working-day clock of a review step, or nothing.
 * - FaceCheckCard({ filing }): the face check's 24-hour notice and 3-day task countdowns.
 * - RenewalCard({ filing }): the yearly renewal of WeChat verification, with calendar reminders.
 * - CountdownVisibility({ visible }): wrap a page whose countdowns must stop while it is hidden
 *   (pass what the page's useDidShow/useDidHide report).
 * - settledSms(filing, now, texts) + useRejectionTexts(): the filing with its SMS round settled
 *   as it stands now. Screens show this (never writing it); actions that change the filing's
 *   SMS step save it with their own change.
 */
export { FilingCountdownSummary } from './filing-countdown-summary';
export { ReviewClockCard } from './review-clock-card';
export { FaceCheckCard } from './face-check-card';
export { RenewalCard } from './renewal-card';
export { CountdownVisibility } from './use-tick';
export { settledSms, type RejectionTexts } from './sms-actions';
export { useRejectionTexts } from './rejection-texts';
