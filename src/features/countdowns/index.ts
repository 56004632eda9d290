/**
 * Public API of the countdowns feature, for other features (journey's Progress cards and
 * filing page). Scaffold: the countdowns feature fills these in.
 */
export { FilingCountdownSummary } from './filing-countdown-summary';
export { ReviewClockCard } from './review-clock-card';
