import { useState } from 'react';
import { View, Text, Button } from '@tarojs/components';
import { addPhoneCalendar, CALENDAR_IS_FILE_DOWNLOAD, type CalendarReminder } from '@/platform/calendar';
import { openSettings, showToast } from '@/platform/system';
import { STORAGE_LOG_LIMITS } from '@/domain/record-limits';
import { useAppStore } from '@/store';
import { useT } from '@/components/use-t';
import type { MessageKey } from '@/i18n';
import './calendar-button.scss';

interface CalendarButtonProps {
  /** Built on tap, so the times are current. */
  reminder: () => CalendarReminder;
  addedKey: MessageKey;
  testId: string;
}

/**
 * "Add to phone calendar" with an alarm. A denied calendar permission shows what happened and a
 * button to the settings page (openSetting must come from a tap). The browser build downloads
 * an .ics file instead.
 */
export function CalendarButton({ reminder, addedKey, testId }: CalendarButtonProps) {
  const t = useT();
  const [denied, setDenied] = useState(false);
  const [busy, setBusy] = useState(false);

  const add = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const event = reminder();
      const result = await addPhoneCalendar(event);
      if (result.ok) {
        setDenied(false);
        // Remembered so that "erase everything" can say which events stay in the phone calendar.
        useAppStore.getState().recordCalendarReminder({
          title: event.title.slice(0, STORAGE_LOG_LIMITS.calendarTitleChars),
          start: event.start,
          at: Date.now(),
        });
        showToast(
          t(result.method === 'ics-download' ? 'calendar.downloaded' : addedKey),
          result.method === 'ics-download' ? 'none' : 'success',
        );
      } else if (result.reason === 'denied') {
        setDenied(true);
      } else if (result.reason === 'unsupported') {
        showToast(t('calendar.unsupported'));
      } else if (result.reason === 'failed') {
        showToast(t('calendar.failed'));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='calendar-button'>
      <Button className='btn btn--plain' data-testid={testId} onClick={add}>
        {t(CALENDAR_IS_FILE_DOWNLOAD ? 'calendar.download' : 'calendar.add')}
      </Button>
      {denied ? (
        <View className='calendar-denied' data-testid={`${testId}-denied`}>
          <Text className='calendar-denied__title'>{t('calendar.denied.title')}</Text>
          <Text className='calendar-denied__body'>{t('calendar.denied.body')}</Text>
          <Button
            className='btn btn--small calendar-denied__action'
            data-testid={`${testId}-settings`}
            onClick={openSettings}
          >
            {t('calendar.denied.settings')}
          </Button>
        </View>
      ) : null}
    </View>
  );
}
