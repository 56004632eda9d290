import { renewalReminderDates, renewalStatus, verificationExpiresOn } from '@/domain/verification';

describe('yearly renewal of WeChat verification', () => {
  test('valid for one year', () => {
    expect(verificationExpiresOn('2025-04-10')).toBe('2026-04-10');
    expect(verificationExpiresOn('2024-02-29')).toBe('2025-02-28');
    expect(verificationExpiresOn('2025-02-30')).toBeNull();
    expect(verificationExpiresOn('')).toBeNull();
  });

  test('reminders 30, 7 and 1 days before expiry', () => {
    expect(renewalReminderDates('2025-04-10')).toEqual([
      { daysBefore: 30, date: '2026-03-11' },
      { daysBefore: 7, date: '2026-04-03' },
      { daysBefore: 1, date: '2026-04-09' },
    ]);
    expect(renewalReminderDates('not a date')).toEqual([]);
  });

  test.each([
    ['2026-03-10', 'valid', 31, null],
    ['2026-03-11', 'due', 30, 30],
    ['2026-04-03', 'due', 7, 7],
    ['2026-04-05', 'due', 5, 7],
    ['2026-04-09', 'due', 1, 1],
    ['2026-04-10', 'due', 0, 1],
    ['2026-04-11', 'expired', -1, 1],
  ])('on %s: %s, %i days left, reminder %s', (today, state, daysLeft, reminder) => {
    expect(renewalStatus('2025-04-10', today)).toEqual({ state, expiresOn: '2026-04-10', daysLeft, reminder });
  });

  test('unknown approval date: no status', () => {
    expect(renewalStatus('', '2026-03-15')).toBeNull();
  });
});
