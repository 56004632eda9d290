import { memo } from 'react';
import { View, Text } from '@tarojs/components';
import type { FilingRecord } from '@/domain/filing-record';
import { formatHms } from '@/domain/countdown-format';
import { useT } from '@/components/use-t';
import { remainingMs, runningClocks, timedClocksKey, type RunningClock, type TimedClock } from './running-clocks';
import { CountdownVisibility, usePageVisible, useTickValue } from './use-tick';
import './filing-countdown-summary.scss';

type T = ReturnType<typeof useT>;

/** What the clock is and whom it waits for, e.g. "主体负责人短信核验剩余". */
function labelOf(t: T, clock: RunningClock): string {
  if (clock.kind === 'sms') {
    return t('summary.sms', { who: t(`sms.verifier.${clock.track.verifier}`) });
  }
  if (clock.kind === 'face-check') {
    // Only the mini program's person in charge does the face check (domain/principals.ts).
    return clock.stage === 'notice-open'
      ? t('summary.face.notice', { who: t('sms.verifier.person-in-charge') })
      : t('summary.face.task');
  }
  const review = t(`review.kind.${clock.review}`);
  return clock.overdue
    ? t('summary.review.overdue', { review, max: clock.max })
    : t('summary.review', { review, n: clock.n, max: clock.max });
}

function testIdOf(clock: RunningClock): string {
  if (clock.kind === 'sms') return `summary-sms-${clock.track.verifier}`;
  if (clock.kind === 'face-check') return `summary-face-${clock.stage}`;
  return `summary-review-${clock.review}`;
}

/** HH:MM:SS left on the card's nearest clock: the only text of the card that changes each second. */
const NearestTime = memo(function NearestTime({ clock }: { clock: TimedClock }) {
  const text = useTickValue((now) => formatHms(remainingMs(clock, now)));
  return (
    <Text className='countdown-summary__time' data-testid='summary-time'>
      {text}
    </Text>
  );
});

function Summary({ filing }: { filing: FilingRecord }) {
  const t = useT();
  const clocks = runningClocks(filing, Date.now());
  // Re-renders at transitions only (a clock runs out, the nearest changes), and subscribes only
  // while a clock counts to the second; what ran out is derived here, never written from a view.
  // The seconds tick in NearestTime.
  useTickValue(
    (now) => timedClocksKey(filing, now),
    Object.is,
    clocks.some((clock) => clock.kind !== 'review'),
  );
  const nearest = clocks[0];
  if (!nearest) return null;
  const others = clocks.length - 1;
  const overdue = nearest.kind === 'review' && nearest.overdue;

  // Flat on purpose: each tick's setData names the time text by its path in the tree, so every
  // level saved here is saved on every card, every second.
  return (
    <View className='countdown-summary' data-testid={`countdown-summary-${filing.id}`}>
      <Text
        className={overdue ? 'countdown-summary__label danger-text' : 'countdown-summary__label'}
        data-testid={testIdOf(nearest)}
      >
        {labelOf(t, nearest)}
      </Text>
      {nearest.kind !== 'review' ? <NearestTime key={testIdOf(nearest)} clock={nearest} /> : null}
      {others > 0 ? (
        <Text className='countdown-summary__more' data-testid='summary-more'>
          {t('summary.more', { count: others })}
        </Text>
      ) : null}
    </View>
  );
}

/**
 * The most urgent running clock of one filing, for its Progress card: the nearest deadline (an
 * SMS window or the face check, HH:MM:SS ticking) and whom it waits for, else the most urgent
 * review ("working day N of M"), plus how many other clocks run. Nothing when nothing runs.
 * Pass `visible` from the page's useDidShow/useDidHide (or wrap the page in
 * CountdownVisibility) so a hidden tab stops ticking. Render it inside a CustomWrapper so the
 * ticks' setData stays off the page; one wrapper around a whole list of these costs one setData
 * a second for the list (the Progress page does this).
 */
export function FilingCountdownSummary({ filing, visible }: { filing: FilingRecord; visible?: boolean }) {
  const inherited = usePageVisible();
  return (
    <CountdownVisibility visible={visible ?? inherited}>
      <Summary filing={filing} />
    </CountdownVisibility>
  );
}
