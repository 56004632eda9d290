import { View, Text } from '@tarojs/components';
import type { FilingRecord } from '@/domain/filing-record';
import { reviewClock } from '@/domain/review-clock';
import { trackState } from '@/domain/sms-window';
import { chinaDateOf } from '@/domain/working-days';
import { useT } from '@/components/use-t';
import type { MessageKey } from '@/i18n';
import { CountdownText } from './countdown-display';
import { reviewStart, REVIEW_STEPS } from './review-start';
import { cycleWindowState } from './sms-actions';
import { CountdownVisibility, usePageVisible, useTickValue } from './use-tick';
import './filing-countdown-summary.scss';

interface ReviewLine {
  kind: string;
  n: number;
  max: number;
  overdue: boolean;
}

function reviewLines(filing: FilingRecord, now: number): ReviewLine[] {
  const lines: ReviewLine[] = [];
  for (const step of REVIEW_STEPS) {
    const started = reviewStart(filing, step);
    if (!started) continue;
    try {
      const clock = reviewClock(started.kind, chinaDateOf(started.startedAt), chinaDateOf(now));
      lines.push({ kind: started.kind, n: clock.workingDayN, max: clock.maxDays, overdue: clock.overdue });
    } catch {
      // A date that cannot be computed is shown on the review card itself.
    }
  }
  return lines;
}

function Lines({ filing }: { filing: FilingRecord }) {
  const t = useT();
  const cycle = filing.smsCycles[filing.smsCycles.length - 1];
  // Which SMS tracks are counting changes rarely (expiry); only CountdownText ticks per second.
  const running = Boolean(
    cycle && cycle.outcome === 'open' && cycle.tracks.some((tr) => trackState(tr, Date.now()).state === 'counting'),
  );
  // Re-renders at transitions (expiry): what expired is derived here, never written from a view.
  useTickValue(
    (now) =>
      cycle && cycle.outcome === 'open'
        ? `${cycleWindowState(cycle, now)}|${cycle.tracks.map((tr) => trackState(tr, now).state).join(',')}`
        : 'none',
    Object.is,
    running,
  );
  const now = Date.now();
  const counting =
    cycle && cycle.outcome === 'open' ? cycle.tracks.filter((tr) => trackState(tr, now).state === 'counting') : [];
  const reviews = reviewLines(filing, now);
  if (counting.length === 0 && reviews.length === 0) return null;

  return (
    <View className='countdown-summary' data-testid={`countdown-summary-${filing.id}`}>
      {counting.map((track) => (
        <View className='countdown-summary__line' key={track.verifier} data-testid={`summary-sms-${track.verifier}`}>
          <Text className='countdown-summary__label'>
            {t('summary.sms', { who: t(`sms.verifier.${track.verifier}` as MessageKey) })}
          </Text>
          <CountdownText track={track} className='countdown-summary__time' />
        </View>
      ))}
      {reviews.map((line) => (
        <View className='countdown-summary__line' key={line.kind} data-testid={`summary-review-${line.kind}`}>
          <Text className={line.overdue ? 'danger-text countdown-summary__label' : 'countdown-summary__label'}>
            {t(line.overdue ? 'summary.review.overdue' : 'summary.review', {
              review: t(`review.kind.${line.kind}` as MessageKey),
              n: line.n,
              max: line.max,
            })}
          </Text>
        </View>
      ))}
    </View>
  );
}

/**
 * The running countdowns of one filing, one compact line each, for its Progress card: SMS time
 * left per counting verifier (ticking text only) and "working day N of M" per running review.
 * Nothing when nothing runs. Pass `visible` from the page's useDidShow/useDidHide (or wrap the
 * page in CountdownVisibility) so a hidden tab stops ticking. Render it inside a CustomWrapper
 * so the ticks' setData stays off the page; one wrapper around a whole list of these costs one
 * setData a second for the list (the Progress page does this).
 */
export function FilingCountdownSummary({ filing, visible }: { filing: FilingRecord; visible?: boolean }) {
  const inherited = usePageVisible();
  return (
    <CountdownVisibility visible={visible ?? inherited}>
      <Lines filing={filing} />
    </CountdownVisibility>
  );
}
