import { useEffect, useState } from 'react';
import { View, Text, Button, Picker, CustomWrapper } from '@tarojs/components';
import type { FilingRecord } from '@/domain/filing-record';
import { ownValue } from '@/domain/own';
import {
  trackState,
  type SmsCycle,
  type SmsTrack,
  type SmsTrackRefusal,
  type SmsTrackState,
  type SmsVerifier,
} from '@/domain/sms-window';
import { entityPrincipalOf, miniProgramPrincipalOf } from '@/domain/principals';
import { useAppStore } from '@/store';
import { useT } from '@/components/use-t';
import { PrivacySheet } from '@/components/privacy-sheet';
import { StorageBanner } from '@/components/storage-banner';
import { confirmModal, copyToClipboard, showToast, setNavigationTitle } from '@/platform/system';
import { reportSave } from '@/components/save-feedback';
import { CalendarButton } from './calendar-button';
import { CountdownRing } from './countdown-display';
import { ReviewClockCard } from './review-clock-card';
import {
  addWrongEntry,
  currentCycle,
  cycleWindowState,
  pastCycles,
  recordSmsReceived,
  recordVerified,
  resubmitSms,
  settledSms,
} from './sms-actions';
import { useRejectionTexts } from './rejection-texts';
import { CountdownVisibility, useClockJump, useTickValue } from './use-tick';
import { formatLocalDateTime, formatLocalTime, latestInstantAt } from './time-text';
import './sms-page.scss';

const MIIT_SITE = 'beian.miit.gov.cn';
const MIIT_URL = 'https://beian.miit.gov.cn';
const SMS_ALARM_MINUTES = 120;

type T = ReturnType<typeof useT>;

/**
 * "主体负责人 · 张三" / "小程序负责人 · 王五": the track ids keep their stored names, and mean the
 * entity's person in charge and the mini program's person in charge (sms-window.ts SmsVerifier).
 */
function verifierLabel(t: T, filing: FilingRecord, verifier: SmsVerifier): string {
  const role = t(`sms.verifier.${verifier}`);
  const name =
    verifier === 'legal-representative'
      ? entityPrincipalOf(filing.profile).name
      : miniProgramPrincipalOf(filing.profile).name;
  return name.trim() ? t('sms.verifier.named', { role, name: name.trim() }) : role;
}

/**
 * What the page shows changes only at transitions (6 h / 1 h warnings, expiry, a clock moved
 * back), so the page subscribes to the ticker through this key and re-renders a few times a day;
 * the seconds are rendered by CountdownRing alone.
 */
function transitionKey(cycle: SmsCycle, now: number): string {
  return `${cycleWindowState(cycle, now)}|${cycle.tracks
    .map((track) => {
      const s = trackState(track, now);
      return `${s.state}:${s.warning}:${s.wrongEntryWarning}:${s.clockJump ? 1 : 0}`;
    })
    .join(',')}`;
}

function stateChipClass(state: SmsTrackState['state']): string {
  if (state === 'verified') return 'chip chip--ok';
  if (state === 'expired' || state === 'locked') return 'chip chip--danger';
  if (state === 'counting') return 'chip chip--warn';
  return 'chip';
}

function refusalText(t: T, reason: SmsTrackRefusal | 'closed'): string {
  return t(`sms.refusal.${reason}`);
}

interface TrackCardProps {
  filing: FilingRecord;
  track: SmsTrack;
  state: SmsTrackState;
  label: string;
}

/** One verifier's SMS: state, countdown ring, actions. Renders with the page (at transitions), not per tick. */
function TrackCard({ filing, track, state, label }: TrackCardProps) {
  const t = useT();
  const texts = useRejectionTexts();
  const filingId = filing.id;
  const verifier = track.verifier;

  /** A refusal says why; a change that was not saved says so (never a silent "done"). */
  const report = (result: ReturnType<typeof recordVerified>) => {
    if (result.ok) return;
    if (result.reason === 'not-saved') reportSave(t, { ok: false, failures: result.failures });
    else showToast(refusalText(t, result.reason));
  };

  const received = (at: number) => {
    const now = Date.now();
    report(recordSmsReceived(filingId, verifier, at, now, texts));
  };

  const pickTime = (value: unknown) => {
    const now = Date.now();
    const at = latestInstantAt(String(value), now);
    if (at === null) {
      showToast(refusalText(t, 'not-a-time'));
      return;
    }
    received(at);
  };

  const verify = () => report(recordVerified(filingId, verifier, Date.now(), texts));

  const wrongEntry = async () => {
    if (track.wrongEntries === 5) {
      const sure = await confirmModal({
        title: t('sms.wrong.confirm.title'),
        content: t('sms.wrong.confirm.body'),
        confirmText: t('common.confirm'),
        cancelText: t('common.cancel'),
        danger: true,
      });
      if (!sure) return;
    }
    report(addWrongEntry(filingId, verifier, Date.now(), texts));
  };

  const nowText = formatLocalTime(Date.now());
  const pickerValue = track.receivedAt !== null ? formatLocalTime(track.receivedAt) : nowText;

  return (
    <View className='card sms-track' data-testid={`track-${verifier}`} data-state={state.state}>
      <View className='sms-track__head'>
        <Text className='sms-track__who'>{label}</Text>
        <Text className={stateChipClass(state.state)} data-testid={`track-state-${verifier}`}>
          {t(`sms.state.${state.state}`)}
        </Text>
      </View>

      {state.state === 'waiting' ? (
        <View className='sms-track__body'>
          <Text className='muted'>{t('sms.waiting.body')}</Text>
          <Button
            className='btn sms-track__main'
            data-testid={`received-${verifier}`}
            onClick={() => received(Math.floor(Date.now() / 1000) * 1000)}
          >
            {t('sms.received')}
          </Button>
          <Picker
            mode='time'
            value={pickerValue}
            onChange={(e) => pickTime(e.detail.value)}
            data-testid={`received-time-${verifier}`}
          >
            <Text className='sms-track__link'>{t('sms.received.earlier')}</Text>
          </Picker>
          <Text className='muted small'>{t('sms.received.hint')}</Text>
        </View>
      ) : null}

      {state.state === 'counting' ? (
        <View className='sms-track__body'>
          <CountdownRing track={track} label={t('sms.remaining')} />
          {track.deadline !== null ? (
            <Text className='sms-track__deadline' data-testid={`deadline-${verifier}`}>
              {t('sms.deadline', { time: formatLocalDateTime(track.deadline) })}
            </Text>
          ) : null}
          {state.warning !== 'none' ? (
            <View
              className={`sms-alert ${state.warning === '1h' ? 'sms-alert--danger' : 'sms-alert--warn'}`}
              data-testid={`warning-${verifier}`}
            >
              <Text>{t(state.warning === '1h' ? 'sms.warning.1h' : 'sms.warning.6h')}</Text>
            </View>
          ) : null}
          <Button className='btn sms-track__main' data-testid={`verify-${verifier}`} onClick={verify}>
            {t('sms.verify')}
          </Button>
          <View className='sms-track__wrong'>
            <Text className={track.wrongEntries >= 4 ? 'danger-text' : 'muted'} data-testid={`wrong-count-${verifier}`}>
              {t('sms.wrong.count', { n: track.wrongEntries })}
            </Text>
            <Button className='btn btn--small btn--danger' data-testid={`wrong-${verifier}`} onClick={wrongEntry}>
              {t('sms.wrong.add')}
            </Button>
          </View>
          {state.wrongEntryWarning !== 'none' ? (
            <View className='sms-alert sms-alert--danger' data-testid={`wrong-warning-${verifier}`}>
              <Text>{t(state.wrongEntryWarning === 'five' ? 'sms.wrong.five' : 'sms.wrong.four')}</Text>
            </View>
          ) : null}
          {state.clockJump ? <Text className='warn-text small'>{t('sms.clock.beforeReceived')}</Text> : null}
          <Picker
            mode='time'
            value={pickerValue}
            onChange={(e) => pickTime(e.detail.value)}
            data-testid={`received-time-${verifier}`}
          >
            <Text className='sms-track__link'>
              {t('sms.received.edit', {
                time: track.receivedAt !== null ? formatLocalDateTime(track.receivedAt) : '--',
              })}
            </Text>
          </Picker>
          {track.deadline !== null ? (
            <CalendarButton
              testId={`sms-calendar-${verifier}`}
              addedKey='calendar.added.sms'
              reminder={() => {
                const deadline = track.deadline as number;
                const time = formatLocalDateTime(deadline);
                return {
                  uid: `sms-${filingId}-${verifier}-${deadline}@filing-companion`,
                  title: t('calendar.sms.title', { who: label }),
                  description: t('calendar.sms.description', { time }),
                  start: deadline,
                  end: deadline,
                  alarmMinutesBefore: SMS_ALARM_MINUTES,
                };
              }}
            />
          ) : null}
        </View>
      ) : null}

      {state.state === 'verified' && track.verifiedAt !== null ? (
        <Text className='ok-text sms-track__result' data-testid={`verified-at-${verifier}`}>
          {t('sms.verifiedAt', { time: formatLocalDateTime(track.verifiedAt) })}
        </Text>
      ) : null}
      {state.state === 'expired' && track.deadline !== null ? (
        <Text className='danger-text sms-track__result'>
          {t('sms.expiredAt', { time: formatLocalDateTime(track.deadline) })}
        </Text>
      ) : null}
      {state.state === 'locked' ? <Text className='danger-text sms-track__result'>{t('sms.lockedBody')}</Text> : null}
    </View>
  );
}

function amountText(t: T, deltaMs: number): string {
  const minutes = Math.max(1, Math.round(Math.abs(deltaMs) / 60_000));
  return minutes < 120
    ? t('sms.amount.minutes', { n: minutes })
    : t('sms.amount.hours', { n: Math.round(minutes / 60) });
}

function History({ cycles }: { cycles: SmsCycle[] }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (cycles.length === 0) return null;
  return (
    <View className='sms-history'>
      <View className='cell' data-testid='history-toggle' onClick={() => setOpen(!open)}>
        <Text className='cell__label'>{t('sms.history.title', { n: cycles.length })}</Text>
        <Text className={`sms-history__arrow ${open ? 'sms-history__arrow--open' : ''}`} />
      </View>
      {open
        ? cycles.map((cycle, index) => (
            <View className='cell sms-history__item' key={`${cycle.startedAt}-${index}`} data-testid='history-item'>
              <Text className='cell__label'>
                {t('sms.history.round', { n: cycles.length - index, date: formatLocalDateTime(cycle.startedAt) })}
              </Text>
              <Text className={cycle.outcome === 'all-verified' ? 'ok-text small' : 'danger-text small'}>
                {t(`sms.outcome.${cycle.outcome}`)}
              </Text>
            </View>
          ))
        : null}
    </View>
  );
}

function WarRoom({ filing: stored }: { filing: FilingRecord }) {
  const t = useT();
  const rejectionTexts = useRejectionTexts();
  // What the window has become by now, derived, never written while only being looked at.
  const filing = settledSms(stored, Date.now(), rejectionTexts);
  const cycle = currentCycle(filing, Date.now());
  // Re-render on transitions only; the second-by-second text lives in CountdownRing.
  const anyCounting =
    cycle.outcome === 'open' && cycle.tracks.some((track) => trackState(track, Date.now()).state === 'counting');
  const key = useTickValue((now) => transitionKey(cycle, now), Object.is, anyCounting);
  const jump = useClockJump();
  const now = Date.now();

  const windowState = cycleWindowState(cycle, now);
  const rows = cycle.tracks.map((track) => ({
    track,
    state: trackState(track, now),
    label: verifierLabel(t, filing, track.verifier),
  }));
  const pending = rows.filter((row) => row.state.state !== 'verified');
  const history = pastCycles(filing);
  const rejectedLocked = cycle.outcome === 'locked' || rows.some((row) => row.state.state === 'locked');
  const nextDeadline = rows
    .filter((row) => row.state.state === 'counting')
    .map((row) => row.track.deadline as number)
    .sort((a, b) => a - b)[0];
  const jumpDeadline =
    nextDeadline ??
    cycle.tracks
      .map((tr) => tr.deadline)
      .filter((d): d is number => d !== null)
      .sort((a, b) => a - b)[0];

  const copySite = async () => {
    if (await copyToClipboard(MIIT_URL)) showToast(t('common.copied'), 'success');
  };

  const resubmit = async () => {
    const sure = await confirmModal({
      title: t('sms.resubmit.confirm.title'),
      content: t('sms.resubmit.confirm.body'),
      confirmText: t('common.confirm'),
      cancelText: t('common.cancel'),
    });
    if (!sure) return;
    if (reportSave(t, resubmitSms(filing.id, Date.now(), rejectionTexts))) showToast(t('sms.resubmit.done'), 'success');
  };

  return (
    <View data-testid='sms-war-room' data-window={windowState} data-key={key}>
      {windowState === 'rejected' ? (
        <View className='card sms-banner sms-banner--danger' data-testid='sms-rejected'>
          <Text className='sms-banner__text'>
            {t(rejectedLocked ? 'sms.window.rejected.locked' : 'sms.window.rejected.expired')}
          </Text>
          <Button className='btn' data-testid='resubmit' onClick={resubmit}>
            {t('sms.resubmit')}
          </Button>
        </View>
      ) : null}
      {windowState === 'waiting-for-other' ? (
        <View className='card sms-banner sms-banner--warn' data-testid='sms-waiting-other'>
          <Text className='sms-banner__text'>
            {t('sms.window.waiting-for-other', { name: pending.map((row) => row.label).join('、') })}
          </Text>
        </View>
      ) : null}
      {windowState === 'all-verified' ? (
        <View className='card sms-banner sms-banner--ok' data-testid='sms-all-verified'>
          <Text className='sms-banner__text'>{t('sms.window.all-verified')}</Text>
        </View>
      ) : null}
      {windowState === 'counting' || windowState === 'not-started' ? (
        <Text className='section-title sms-lead'>{t('sms.window.counting')}</Text>
      ) : null}

      {jump && jumpDeadline !== undefined ? (
        <View className='card sms-banner sms-banner--warn' data-testid='clock-jump'>
          <Text className='sms-banner__text'>
            {t(jump.deltaMs < 0 ? 'sms.clock.back' : 'sms.clock.forward', {
              amount: amountText(t, jump.deltaMs),
              deadline: formatLocalDateTime(jumpDeadline),
            })}
          </Text>
        </View>
      ) : null}

      {/* One wrapper for every track: both countdown texts go out in one setData per tick. */}
      <CustomWrapper>
        {rows.map(({ track, state, label }) => (
          <TrackCard key={track.verifier} filing={filing} track={track} state={state} label={label} />
        ))}
      </CustomWrapper>

      {windowState === 'all-verified' ? <ReviewClockCard filing={filing} step='filing-bureau-review' /> : null}

      <View className='section-title'>{t('sms.info.title')}</View>
      <View className='group sms-info'>
        <View className='cell'>
          <Text className='cell__label'>{t('sms.info.sender')}</Text>
        </View>
        <View className='cell'>
          <View className='cell__label sms-info__site'>
            <Text>{t('sms.info.site')}</Text>
            <Text className='sms-info__url' data-testid='miit-site'>
              {MIIT_SITE}
            </Text>
          </View>
          <Button className='btn btn--small btn--plain' data-testid='copy-site' onClick={copySite}>
            {t('sms.info.copy')}
          </Button>
        </View>
        {cycle.tracks.length > 1 ? (
          <View className='cell'>
            <Text className='cell__label muted'>{t('sms.info.two')}</Text>
          </View>
        ) : null}
        <View className='cell'>
          <Text className='cell__label muted'>{t('sms.info.resend')}</Text>
        </View>
      </View>

      <History cycles={history} />
    </View>
  );
}

interface SmsPageProps {
  filingId: string;
  /** From the page's useDidShow/useDidHide: a hidden page stops ticking. */
  visible: boolean;
}

/** The SMS war-room of one filing: a 24-hour countdown per verifier and what to do. */
export function SmsPage({ filingId, visible }: SmsPageProps) {
  const t = useT();
  const filing = useAppStore((s) => ownValue(s.filings, filingId));
  useEffect(() => setNavigationTitle(t('sms.title')), [t]);
  return (
    <CountdownVisibility visible={visible}>
      <View className='page sms-page'>
        <StorageBanner />
        {filing ? (
          <>
            <View className='sms-page__filing'>
              <Text className='sms-page__name'>{filing.name}</Text>
            </View>
            <WarRoom filing={filing} />
          </>
        ) : (
          <View className='card' data-testid='sms-missing'>
            <Text className='muted'>{t('sms.missing')}</Text>
          </View>
        )}
        <PrivacySheet />
      </View>
    </CountdownVisibility>
  );
}
