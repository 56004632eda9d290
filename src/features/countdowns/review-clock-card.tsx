import { View, Text } from '@tarojs/components';
import type { FilingRecord } from '@/domain/filing-record';
import type { StepId } from '@/domain/journey-steps';
import {
  reviewClock,
  reviewStrip,
  type ReviewClock,
  type ReviewKind,
  type ReviewStripDay,
} from '@/domain/review-clock';
import { chinaDateOf, chinaMidnight, WorkingDaysError } from '@/domain/working-days';
import { useT } from '@/components/use-t';
import { CalendarButton } from './calendar-button';
import { reviewStart } from './review-start';
import { shortDate } from './time-text';
import './review-clock-card.scss';

const HOUR_MS = 3_600_000;

/** Weekday 0 (Monday) … 6 (Sunday) of a `YYYY-MM-DD` date, independent of the phone's zone. */
function mondayIndex(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

function EstimateBadge({ show }: { show: boolean }) {
  const t = useT();
  return show ? <Text className='chip chip--warn review-clock__estimate'>{t('review.estimate')}</Text> : null;
}

function ReviewStrip({ days }: { days: ReviewStripDay[] }) {
  const t = useT();
  const weekdays = t('review.weekdays').split(',');
  const [first] = days;
  const lead = first ? mondayIndex(first.date) : 0;
  return (
    <View className='review-strip' data-testid='review-strip'>
      <View className='review-strip__grid'>
        {weekdays.map((w) => (
          <Text key={`h-${w}`} className='review-strip__head'>
            {w}
          </Text>
        ))}
        {Array.from({ length: lead }, (_, i) => (
          <View key={`pad-${i}`} className='review-strip__cell review-strip__cell--pad' />
        ))}
        {days.map((day) => (
          <View
            key={day.date}
            data-testid={`strip-${day.date}`}
            data-kind={day.kind}
            className={[
              'review-strip__cell',
              `review-strip__cell--${day.kind}`,
              day.inWindow ? 'review-strip__cell--window' : '',
              day.isToday ? 'review-strip__cell--today' : '',
              day.estimated ? 'review-strip__cell--estimated' : '',
            ].join(' ')}
          >
            <Text className='review-strip__day'>{Number(day.date.slice(8))}</Text>
            {day.kind === 'holiday' ? <Text className='review-strip__mark'>{t('review.mark.holiday')}</Text> : null}
            {day.kind === 'makeup-workday' ? (
              <Text className='review-strip__mark'>{t('review.mark.makeup')}</Text>
            ) : null}
          </View>
        ))}
      </View>
      <View className='review-strip__legend'>
        <Text className='review-strip__key review-strip__key--workday'>{t('review.legend.workday')}</Text>
        <Text className='review-strip__key review-strip__key--weekend'>{t('review.legend.weekend')}</Text>
        <Text className='review-strip__key review-strip__key--holiday'>{t('review.legend.holiday')}</Text>
        <Text className='review-strip__key review-strip__key--makeup'>{t('review.legend.makeup')}</Text>
        <Text className='review-strip__key review-strip__key--today'>{t('review.legend.today')}</Text>
      </View>
    </View>
  );
}

interface ComputedClock {
  kind: ReviewKind;
  start: string;
  clock: ReviewClock;
  strip: ReviewStripDay[];
}

/** The clock and strip, or the typed error code when a date could not be computed. */
function computeClock(filing: FilingRecord, step: StepId, now: number): ComputedClock | { error: string } | null {
  const started = reviewStart(filing, step);
  if (!started) return null;
  try {
    const start = chinaDateOf(started.startedAt);
    const today = chinaDateOf(now);
    const clock = reviewClock(started.kind, start, today);
    const strip = reviewStrip(start, today, clock.maxDays);
    return { kind: started.kind, start, clock, strip };
  } catch (error) {
    if (error instanceof WorkingDaysError) return { error: error.code };
    throw error;
  }
}

/**
 * The working-day clock of a review step: "working day N of up to M", earliest and latest dates,
 * overdue advice, a calendar strip and a reminder for the latest date. Renders nothing until the
 * clock has started.
 */
export function ReviewClockCard({ filing, step }: { filing: FilingRecord; step: StepId }) {
  const t = useT();
  const computed = computeClock(filing, step, Date.now());
  if (computed === null) return null;
  if ('error' in computed) {
    return (
      <View className='card review-clock' data-testid={`review-clock-${step}`}>
        <Text className='danger-text'>{t('review.error', { reason: computed.error })}</Text>
      </View>
    );
  }
  const { kind, start, clock, strip } = computed;
  const review = t(`review.kind.${kind}`);
  const anyEstimated = clock.estimated || strip.some((d) => d.estimated);

  return (
    <View className='card review-clock' data-testid={`review-clock-${step}`}>
      <View className='review-clock__head'>
        <Text className='review-clock__title'>{t('review.title', { review })}</Text>
        {clock.overdue ? <Text className='chip chip--danger'>{t('review.overdue')}</Text> : null}
      </View>
      <View className='review-clock__count'>
        {clock.workingDayN === 0 ? (
          <Text className='review-clock__zero'>{t('review.dayZero')}</Text>
        ) : (
          <Text className={`review-clock__n ${clock.overdue ? 'danger-text' : ''}`} data-testid='review-day-n'>
            {t('review.dayN', { n: clock.workingDayN })}
          </Text>
        )}
        <Text className='review-clock__max'>{t('review.ofMax', { max: clock.maxDays })}</Text>
      </View>
      <Text className='muted small'>{t('review.started', { date: start })}</Text>
      <View className='review-clock__dates'>
        <View className='review-clock__date'>
          <Text className='muted small'>{t('review.earliest')}</Text>
          <Text className='review-clock__date-value' data-testid='review-earliest'>
            {clock.earliest.date}
          </Text>
          <EstimateBadge show={clock.earliest.estimated} />
        </View>
        <View className='review-clock__date'>
          <Text className='muted small'>{t('review.latest')}</Text>
          <Text className='review-clock__date-value' data-testid='review-latest'>
            {clock.latest.date}
          </Text>
          <EstimateBadge show={clock.latest.estimated} />
        </View>
      </View>
      {clock.extendedLatest ? (
        <Text className='muted small review-clock__note'>
          {t(kind === 'wechat-verification-individual' ? 'review.source.individual' : 'review.source.extended', {
            date: clock.extendedLatest.date,
          })}
          {clock.extendedLatest.estimated ? ` (${t('review.estimate')})` : ''}
        </Text>
      ) : null}
      {clock.overdue ? (
        <View className='review-clock__overdue' data-testid='review-overdue'>
          <Text>{t(`review.overdue.${kind}`, { max: clock.maxDays })}</Text>
        </View>
      ) : null}
      <ReviewStrip days={strip} />
      {anyEstimated ? <Text className='muted small review-clock__note'>{t('review.estimate.note')}</Text> : null}
      {!clock.overdue ? (
        <CalendarButton
          testId={`review-calendar-${step}`}
          addedKey='calendar.added.review'
          reminder={() => {
            // 09:00 China time on the latest date, when offices open.
            const startAt = chinaMidnight(clock.latest.date) + 9 * HOUR_MS;
            return {
              uid: `review-${kind}-${filing.id}-${start}@filing-companion`,
              title: t('calendar.review.title', { review }),
              description: t('calendar.review.description', {
                review,
                max: clock.maxDays,
                date: shortDate(clock.latest.date),
              }),
              start: startAt,
              end: startAt + HOUR_MS / 2,
              alarmMinutesBefore: 0,
            };
          }}
        />
      ) : null}
    </View>
  );
}
