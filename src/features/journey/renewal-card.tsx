import { useState } from 'react';
import { View, Text, Button, Picker } from '@tarojs/components';
import type { FilingRecord } from '@/domain/filing-record';
import { renewalReminderDates, renewalStatus } from '@/domain/verification';
import { chinaDateOf, chinaMidnight } from '@/domain/working-days';
import { useAppStore } from '@/store';
import { useT } from '@/components/use-t';
import { addPhoneCalendar, CALENDAR_IS_FILE_DOWNLOAD } from '@/platform/calendar';
import { openSettings, showToast } from '@/platform/system';
import './renewal-card.scss';

/** Reminders go off at 09:00 China time on their day. */
const REMINDER_HOUR_MS = 9 * 3_600_000;

/**
 * The yearly renewal of WeChat verification: valid one year from approval, reminders 30, 7 and
 * 1 days before (domain/verification.ts), in the app and as phone-calendar events (one per
 * reminder day, through the calendar platform module: wx.addPhoneCalendar, or an .ics file in
 * the browser).
 */
export function RenewalCard({ filing }: { filing: FilingRecord }) {
  const t = useT();
  const [denied, setDenied] = useState(false);
  const [busy, setBusy] = useState(false);
  const approvedOn = filing.profile.verificationApprovedOn;
  const today = chinaDateOf(Date.now());
  const status = renewalStatus(approvedOn, today);

  const setApprovedOn = (value: string) =>
    useAppStore.getState().updateProfile(filing.id, (p) => ({ ...p, verificationApprovedOn: value }), Date.now());

  const addReminders = async () => {
    if (busy || !status) return;
    setBusy(true);
    let added = 0;
    try {
      for (const { daysBefore, date } of renewalReminderDates(approvedOn)) {
        const start = chinaMidnight(date) + REMINDER_HOUR_MS;
        if (start < Date.now()) continue;
        const result = await addPhoneCalendar({
          uid: `renewal-${filing.id}-${status.expiresOn}-${daysBefore}@filing-companion`,
          title: t('calendar.renewal.title', { days: daysBefore }),
          description: t('calendar.renewal.description', { date: status.expiresOn }),
          start,
          end: start,
          alarmMinutesBefore: 0,
        });
        if (!result.ok) {
          if (result.reason === 'denied') setDenied(true);
          else if (result.reason === 'unsupported') showToast(t('calendar.unsupported'));
          else if (result.reason === 'failed') showToast(t('calendar.failed'));
          break;
        }
        added += 1;
      }
      if (added > 0) showToast(t('renewal.added', { count: added }), 'success');
    } finally {
      setBusy(false);
    }
  };

  const line = !status
    ? t('renewal.noDate')
    : status.state === 'expired'
      ? t('renewal.expired', { days: -status.daysLeft })
      : status.state === 'due'
        ? t('renewal.due', { days: status.daysLeft })
        : t('renewal.valid', { days: status.daysLeft });

  return (
    <View className='card renewal' data-testid='renewal-card' data-state={status?.state ?? 'unknown'}>
      <View className='renewal__head'>
        <Text className='renewal__title'>{t('renewal.title')}</Text>
        {status ? (
          <Text className='renewal__expires' data-testid='renewal-expires'>
            {t('renewal.expires', { date: status.expiresOn })}
          </Text>
        ) : null}
      </View>
      <Picker
        mode='date'
        value={approvedOn || today}
        end={today}
        onChange={(e) => setApprovedOn(String(e.detail.value))}
      >
        <View className='renewal__date' data-testid='renewal-date'>
          <Text className='muted'>{t('field.verificationApprovedOn')}</Text>
          <Text>{approvedOn || t('profile.chooseDate')}</Text>
        </View>
      </Picker>
      <Text
        className={status?.state === 'expired' ? 'danger-text' : status?.state === 'due' ? 'warn-text' : 'muted'}
        data-testid='renewal-status'
      >
        {line}
      </Text>
      <Text className='muted small renewal__note'>{t('renewal.note')}</Text>
      {status && status.state !== 'expired' ? (
        <Button className='btn btn--plain renewal__button' data-testid='renewal-calendar' onClick={addReminders}>
          {CALENDAR_IS_FILE_DOWNLOAD ? t('calendar.download') : t('renewal.calendar')}
        </Button>
      ) : null}
      {denied ? (
        <View className='calendar-denied' data-testid='renewal-calendar-denied'>
          <Text className='calendar-denied__title'>{t('calendar.denied.title')}</Text>
          <Text className='calendar-denied__body'>{t('calendar.denied.body')}</Text>
          <Button className='btn btn--small calendar-denied__action' onClick={openSettings}>
            {t('calendar.denied.settings')}
          </Button>
        </View>
      ) : null}
    </View>
  );
}
