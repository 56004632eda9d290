import { View, Text, Button } from '@tarojs/components';
import type { FilingRecord } from '@/domain/filing-record';
import {
  faceCheckState,
  faceCheckSubmittedAt,
  passFaceCheck,
  startFaceCheck,
  type FaceCheckStateName,
} from '@/domain/face-check';
import { formatHms } from '@/domain/countdown-format';
import { miniProgramPrincipalOf } from '@/domain/principals';
import { useAppStore } from '@/store';
import { useT } from '@/components/use-t';
import { showToast } from '@/platform/system';
import { useTickValue } from '@/features/countdowns';
import { CalendarButton, formatLocalDateTime } from '@/features/countdowns/subpackage';
import './face-check-card.scss';

const FACE_ALARM_MINUTES = 120;
const PLATFORM_STEP = 'filing-platform-review' as const;
const FACE_STEP = 'filing-face-check' as const;

/** When the filing went in, for the face-check task (domain faceCheckSubmittedAt). */
function submittedAtOf(filing: FilingRecord): number | null {
  return faceCheckSubmittedAt(filing.faceCheck, filing.steps[PLATFORM_STEP]);
}

function chipClass(state: FaceCheckStateName): string {
  if (state === 'submitted' || state === 'passed') return 'chip chip--ok';
  if (state === 'notice-expired' || state === 'task-expired') return 'chip chip--danger';
  if (state === 'notice-open') return 'chip chip--warn';
  return 'chip';
}

/** The remaining time as HH:MM:SS; only this text re-renders each second. */
function Remaining({ filing, label }: { filing: FilingRecord; label: string }) {
  const text = useTickValue((now) =>
    formatHms(faceCheckState(filing.faceCheck, submittedAtOf(filing), now).remainingMs),
  );
  return (
    <View className='face-check__remaining'>
      <Text className='face-check__label'>{label}</Text>
      <Text className='face-check__time' data-testid='face-check-remaining'>
        {text}
      </Text>
    </View>
  );
}

/**
 * The face check (人脸核身) of the mini program's person in charge, with its own countdown like the
 * SMS: the notice is valid for 24 hours, the task for 3 days (domain/face-check.ts). The card
 * re-renders at transitions; the seconds are in Remaining.
 */
export function FaceCheckCard({ filing }: { filing: FilingRecord }) {
  const t = useT();
  const check = filing.faceCheck;
  const submittedAt = submittedAtOf(filing);
  const state = useTickValue(
    (now) => faceCheckState(check, submittedAt, now).state,
    Object.is,
    check.noticeAt !== null,
  );
  const { deadline } = faceCheckState(check, submittedAt, Date.now());
  const who = miniProgramPrincipalOf(filing.profile).name.trim();

  /** Stores the face check and moves its step along: in progress with a notice, done once passed. */
  const save = (next: ReturnType<typeof startFaceCheck>) => {
    if (next === null) {
      showToast(t('face.refused'));
      return false;
    }
    const store = useAppStore.getState();
    const now = Date.now();
    store.setFaceCheck(filing.id, next, now);
    const status = next.passedAt !== null ? 'done' : 'in-progress';
    if (filing.steps[FACE_STEP].status !== status) store.setStep(filing.id, FACE_STEP, status, now);
    return true;
  };
  const received = () => save(startFaceCheck(Math.floor(Date.now() / 1000) * 1000, Date.now()));
  const passed = () => save(passFaceCheck(check, Date.now()));
  const restart = () => {
    if (received()) showToast(t('face.restart'), 'success');
  };

  return (
    <View className='card face-check' data-testid='face-check' data-state={state}>
      <View className='face-check__head'>
        <Text className='face-check__title'>{who ? t('face.who', { name: who }) : t('face.title')}</Text>
        <Text className={chipClass(state)} data-testid='face-check-state'>
          {t(`face.state.${state}`)}
        </Text>
      </View>

      {state === 'not-started' ? (
        <View className='face-check__body'>
          <Text className='muted'>{t('face.waiting.body')}</Text>
          <Button className='btn face-check__main' data-testid='face-received' onClick={received}>
            {t('face.notice.received')}
          </Button>
        </View>
      ) : null}

      {state === 'notice-open' ? (
        <View className='face-check__body'>
          <Remaining filing={filing} label={t('face.remaining.notice')} />
          {deadline !== null ? (
            <Text className='face-check__deadline'>{t('face.deadline', { time: formatLocalDateTime(deadline) })}</Text>
          ) : null}
          <Button className='btn face-check__main' data-testid='face-passed' onClick={passed}>
            {t('face.passed')}
          </Button>
        </View>
      ) : null}

      {state === 'passed' ? (
        <View className='face-check__body'>
          <Remaining filing={filing} label={t('face.remaining.task')} />
          {deadline !== null ? (
            <Text className='face-check__deadline' data-testid='face-task-deadline'>
              {t('face.deadline', { time: formatLocalDateTime(deadline) })}
            </Text>
          ) : null}
          <Text className='muted small'>{t('face.passed.body')}</Text>
          {deadline !== null ? (
            <CalendarButton
              testId='face-calendar'
              addedKey='calendar.added.face'
              reminder={() => ({
                uid: `face-${filing.id}-${deadline}@filing-companion`,
                title: t('calendar.face.title', { who: who || t('face.title') }),
                description: t('calendar.face.description', { time: formatLocalDateTime(deadline) }),
                start: deadline,
                end: deadline,
                alarmMinutesBefore: FACE_ALARM_MINUTES,
              })}
            />
          ) : null}
        </View>
      ) : null}

      {state === 'notice-expired' || state === 'task-expired' ? (
        <View className='face-check__body'>
          <Text className='danger-text'>
            {t(state === 'notice-expired' ? 'face.expired.notice' : 'face.expired.task')}
          </Text>
          <Button className='btn face-check__main' data-testid='face-restart' onClick={restart}>
            {t('face.notice.received')}
          </Button>
        </View>
      ) : null}

      {state === 'submitted' ? <Text className='ok-text'>{t('face.submitted.body')}</Text> : null}
      <Text className='muted small face-check__tips'>{t('face.tips')}</Text>
    </View>
  );
}
