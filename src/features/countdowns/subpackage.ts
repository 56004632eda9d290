/**
 * Public API of the countdowns feature for subpackage pages only (the filing page's steps and
 * cards). Kept out of index.ts, which the Progress tab imports into the main package, so this
 * code and its messages (countdown-cards.ts) load with the pages that show them.
 * - ReviewClockCard({ filing, step }): the working-day clock of a review step, or nothing.
 * - CalendarButton: adds a reminder to the phone calendar (.ics download in the browser).
 * - formatLocalDateTime: an instant as the phone's local date and time.
 */
export { ReviewClockCard } from './review-clock-card';
export { CalendarButton } from './calendar-button';
export { formatLocalDateTime } from './time-text';
