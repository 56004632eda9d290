/**
 * Issue 10's findings as a user meets them on the pages, over the WeChat storage fake
 * (taro-mock): deleting a filing when storage refuses, pages that write while only being looked
 * at, and erasing everything. Each test failed on the code before the fix (see the closing note).
 */
jest.mock('@/assets/tab/progress-active.png', () => 'progress-active.png');
jest.mock('@/platform/photo-pixels', () => ({
  MAX_DECODE_LONG_SIDE: 4096,
  decodePhoto: (path: string) => jest.requireActual('./photos-support').fakeDecode(path),
  warmUpPhotoFile: async () => null,
}));
import { render, screen, fireEvent, act, cleanup } from '@testing-library/react';
import {
  fileData,
  modalAnswers,
  resetTaroMock,
  routerParams,
  storageData,
  storageFaults,
  taroCalls,
  USER_DATA_PATH,
} from '../support/taro-mock';
import { useAppStore } from '@/store';
import { newFilingRecord, type FilingRecord } from '@/domain/filing-record';
import { SMS_WINDOW_MS } from '@/domain/sms-window';
import { ProgressPage } from '@/features/journey/progress-page';
import { FilingCountdownSummary } from '@/features/countdowns';
import { MePage } from '@/features/settings/me-page';
import { StorageBanner } from '@/components/storage-banner';
import SmsRoute from '@/pages/sms/index';
import { PHOTO_DIR, flush } from './photos-support';
import { present } from '../support/present';

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 2, 10, 1, 0, 0);

function seed(filing: FilingRecord) {
  act(() => {
    useAppStore.setState({
      localePreference: 'zh-CN',
      filings: { [filing.id]: filing },
      filingOrder: [filing.id],
    });
  });
  (useAppStore as unknown as { flush?: () => unknown }).flush?.();
}

/** Counts storage writes and removals from now on. */
function countWrites() {
  const writes: string[] = [];
  storageFaults.write = (key, op) => {
    writes.push(`${op} ${key}`);
    return null;
  };
  return writes;
}

beforeEach(() => {
  resetTaroMock();
  act(() => useAppStore.setState({ filings: {}, filingOrder: [], localePreference: 'zh-CN' }));
  (useAppStore as unknown as { flush?: () => unknown }).flush?.();
  resetTaroMock();
});
afterEach(() => cleanup());

test('finding 7: deleting a filing while storage refuses the write keeps its photo files', async () => {
  const file = 'ph-F1-business-license-lq3k.jpg';
  fileData.set(`${PHOTO_DIR}/${file}`, 'photo:sharp:1600x1200');
  const filing = newFilingRecord('F1', '客户甲', T0);
  seed({
    ...filing,
    photos: { 'business-license': { file, width: 1600, height: 1200, takenAt: T0, problems: [], sharpness: 200 } },
  });
  render(<ProgressPage />);
  storageFaults.write = () => 'exceed storage max size 10Mb';
  modalAnswers.push(true);
  await act(async () => {
    fireEvent.click(screen.getByTestId('filing-delete'));
  });
  await flush(6);
  expect(fileData.has(`${PHOTO_DIR}/${file}`)).toBe(true);
  const toasts = taroCalls.filter((c) => c.api === 'showToast').map((c) => (c.args as { title: string }).title);
  expect(toasts.some((title) => /未删除|没有删除|未保存|没有保存/.test(title))).toBe(true);
});

describe('finding 8: looking at an expired SMS window writes nothing', () => {
  const expired = () => {
    const filing = newFilingRecord('F2', '客户乙', T0);
    return {
      ...filing,
      steps: { ...filing.steps, 'filing-sms': { ...filing.steps['filing-sms'], status: 'in-progress' as const } },
      smsCycles: [
        {
          id: 'RoundT0aaaa1',
          startedAt: T0,
          outcome: 'open' as const,
          tracks: [
            {
              verifier: 'legal-representative' as const,
              receivedAt: T0,
              deadline: T0 + SMS_WINDOW_MS,
              verifiedAt: null,
              wrongEntries: 0,
            },
          ],
        },
      ],
    };
  };

  beforeEach(() => {
    jest.useFakeTimers();
    jest.setSystemTime(T0 + SMS_WINDOW_MS + HOUR);
  });
  afterEach(() => {
    cleanup();
    jest.useRealTimers();
  });

  test('the SMS page shows the rejection without saving anything', () => {
    seed(expired());
    const writes = countWrites();
    routerParams.current = { id: 'F2' };
    render(<SmsRoute />);
    act(() => {
      jest.advanceTimersByTime(3000);
    });
    expect(screen.getByTestId('sms-war-room').getAttribute('data-window')).toBe('rejected');
    expect(writes).toEqual([]);
  });

  test('the Progress card countdown summary saves nothing either', () => {
    seed(expired());
    const writes = countWrites();
    render(<FilingCountdownSummary filing={present(useAppStore.getState().filings.F2, 'filing F2')} visible />);
    act(() => {
      jest.advanceTimersByTime(3000);
    });
    expect(writes).toEqual([]);
  });
});

test('finding 11: erase everything also deletes share-card images and export files, and lists the calendar reminders that stay', async () => {
  jest.useFakeTimers();
  jest.setSystemTime(T0);
  const filing = newFilingRecord('F3', '客户丙', T0);
  seed({
    ...filing,
    profile: {
      ...filing.profile,
      entityPrincipal: { ...filing.profile.entityPrincipal, name: '张三' },
    },
    steps: { ...filing.steps, 'filing-sms': { ...filing.steps['filing-sms'], status: 'in-progress' } },
    smsCycles: [
      {
        id: 'RoundT0bbbb1',
        startedAt: T0,
        outcome: 'open',
        tracks: [
          {
            verifier: 'legal-representative',
            receivedAt: T0,
            deadline: T0 + SMS_WINDOW_MS,
            verifiedAt: null,
            wrongEntries: 0,
          },
        ],
      },
    ],
  });
  routerParams.current = { id: 'F3' };
  const sms = render(<SmsRoute />);
  await act(async () => {
    fireEvent.click(screen.getByTestId('sms-calendar-legal-representative'));
  });
  expect(taroCalls.some((c) => c.api === 'addPhoneCalendar')).toBe(true);
  sms.unmount();
  jest.useRealTimers();

  fileData.set(`${USER_DATA_PATH}/share-card-1767225600000.png`, 'png');
  fileData.set(`${USER_DATA_PATH}/exports/filing-data-1.json`, '{"raw":"张三 110101199003074578"}');
  render(<MePage />);
  await act(async () => {
    fireEvent.click(screen.getByTestId('erase-everything'));
  });
  await flush(6);
  expect([...fileData.keys()].filter((k) => k.startsWith(`${USER_DATA_PATH}/`))).toEqual([]);
  const left = screen.getByTestId('erase-calendar-left').textContent ?? '';
  expect(left).toContain('张三');
  expect(left).toMatch(/日历/);
});

test('storage nearly full: every page warns before a write could fail', () => {
  storageData.set('fc.q.filler', 'x'.repeat(8.5 * 1024 * 1024));
  act(() => {
    useAppStore.retrySave();
  });
  render(<StorageBanner />);
  expect(screen.getByTestId('storage-nearly-full').textContent).toMatch(/已用 8\.5 MB，上限 10\.0 MB/);
  storageData.delete('fc.q.filler');
  act(() => {
    useAppStore.retrySave();
  });
  expect(screen.queryByTestId('storage-nearly-full')).toBeNull();
});
