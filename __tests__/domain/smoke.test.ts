import dayjs from 'dayjs';
test('jest runs TypeScript', () => { expect(dayjs('2026-01-01').year()).toBe(2026); });
