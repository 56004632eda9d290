/**
 * Issue 12, "Text": wording the issue names, checked across every message table. Written before
 * the fix so each could be seen failing first (see the closing note); creditCode is now certificateNumber.
 */
import { messages, translate } from '@/i18n/all';
import { emptyProfile } from '@/domain/filing';
import { preflight } from '@/domain/preflight';
import { problemText } from '@/features/journey/problem-text';

const allEn = () => Object.values(messages.en).join('\n');

test('"if the code is invalid, you can request a new one", not "an invalid code can be resent"', () => {
  expect(allEn()).not.toMatch(/invalid code can be resent/);
  expect(allEn()).toMatch(/if the code is invalid, you can request a new one/i);
});

test('"Entity name" rather than "Company name"', () => {
  expect(allEn()).not.toMatch(/Company name/);
  expect(allEn()).toMatch(/Entity name/);
});

test('one name for each ID side: photo side and emblem side, never front/back in labels', () => {
  const labels = Object.entries(messages.en).filter(([key]) => /^(material|photos\.slot)\./.test(key));
  for (const [, text] of labels) expect(text).not.toMatch(/\((front|back)\)/);
});

test("the credit code's unknown-region warning has its own message", () => {
  // A well-formed code with a valid check character whose region prefix (99) is no province.
  const profile = { ...emptyProfile(), entityType: 'enterprise' as const, certificateNumber: '91990000MA01ABCD09' };
  const problem = preflight(profile, '2026-03-15').find((p) => p.detail === 'region');
  expect(problem).toBeDefined();
  const t = (key: string, params?: Record<string, string | number>) => translate('en', key as never, params);
  const text = problemText(t, problem!, profile);
  // Not the checksum sentence, and not the "characters 3–8 must be digits" error it used to borrow.
  expect(text).not.toBe(translate('en', 'problem.checksum-warning'));
  expect(text).not.toBe(translate('en', 'invalid.credit.region'));
  expect(text).toMatch(/region/i);
});
