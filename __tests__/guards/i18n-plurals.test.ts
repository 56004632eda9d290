/**
 * English plurals (issue 12, "Text"): a message that puts a number before a counted noun says
 * "1 problem" and "2 problems", never "1 problems". Chinese has no grammatical plural, so the
 * zh-CN tables stay plain. The plural form is ICU's: `{count, plural, one {# problem} other {# problems}}`
 * (https://unicode-org.github.io/icu/userguide/format_parse/messages/), with CLDR's English rule:
 * "one" for exactly 1, "other" for everything else, 0 included
 * (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html).
 */
import { messages, translate, LOCALES, type MessageKey } from '@/i18n/all';
import fc from 'fast-check';
import { formatMessage, pluralCategory } from '@/i18n/format';
import { placeholderNames, outsidePlurals, pluralBlocks } from '../support/icu-messages';

type Table = Record<string, string>;
const en = messages.en as Table;
const zh = messages['zh-CN'] as Table;

describe('English plurals render right for one and for many', () => {
  it.each([
    ['filing.link.preflight.blocking', { count: 1 }, '1 problem'],
    ['filing.link.preflight.blocking', { count: 2 }, '2 problems'],
    ['filing.link.preflight.blocking', { count: 0 }, '0 problems'],
    ['step.resubmissions', { count: 1 }, 'Resubmitted 1 time'],
    ['step.resubmissions', { count: 3 }, 'Resubmitted 3 times'],
    ['step.resubmissionsLeft', { left: 1, max: 3 }, 'Verification can be resubmitted 1 more time (of 3)'],
    ['renewal.valid', { days: 1 }, '1 day left'],
    ['renewal.valid', { days: 30 }, '30 days left'],
    ['renewal.added', { count: 1 }, '1 reminder added'],
    ['legacy.overdue', { days: 1 }, expect.stringContaining('passed 1 day ago')],
    ['problem.id-expires-too-soon', { months: 1 }, expect.stringContaining('more than 1 month after')],
    ['preflight.cap', { existing: 1, count: 2, cap: 5 }, expect.stringContaining(': 1 other (2 with')],
    [
      'storage.pending.body',
      { n: 1, max: 20, size: '1 MB', when: 'x' },
      expect.stringMatching(/^1 more unreadable value stays /),
    ],
  ] as const)('%s with %j', (key, params, expected) => {
    expect(translate('en', key, params)).toEqual(expected);
  });

  it('leaves Chinese as it is: no plural in zh-CN', () => {
    expect(translate('zh-CN', 'filing.link.preflight.blocking', { count: 1 })).toBe('1 个问题');
    expect(translate('zh-CN', 'step.resubmissions', { count: 1 })).toBe('已重新提交 1 次');
  });
});

// Placeholders that carry a number (counts, days, limits) and nouns this app counts.
const NUMBER_PLACEHOLDERS = /^(count|n|days|months|left|max|min|existing|total|done|cap)$/;
const COUNTED_NOUN =
  /^(filings?|steps?|problems?|times?|days?|months?|years?|hours?|minutes?|reminders?|characters?|values?|types?|others?|rounds?|items?|photos?|codes?|verifiers?|warnings?)$/i;

describe('plural guards', () => {
  it('every English message that counts a noun has plural forms', () => {
    const counted = Object.entries(en)
      .filter(([, text]) =>
        [...outsidePlurals(text).matchAll(/\{(\w+)\}([^.,;:()/{}–]*)/g)].some(
          ([, name = '', after = '']) =>
            NUMBER_PLACEHOLDERS.test(name) &&
            after
              .trim()
              .split(/\s+/)
              .slice(0, 3)
              .some((word) => COUNTED_NOUN.test(word)),
        ),
      )
      .map(([key, text]) => `${key}: ${text}`);
    expect(counted).toEqual([]);
  });

  it('counted messages exist: the guard above has something to look at', () => {
    const plural = Object.values(en).filter((text) => pluralBlocks(text).length > 0);
    expect(plural.length).toBeGreaterThanOrEqual(20);
  });

  it('every English plural has a "one" and an "other" form, and nothing else', () => {
    const bad = Object.entries(en).flatMap(([key, text]) =>
      pluralBlocks(text)
        .filter((block) => JSON.stringify(Object.keys(block.forms).sort()) !== '["one","other"]')
        .map((block) => `${key} (${block.name}): ${Object.keys(block.forms).join(', ')}`),
    );
    expect(bad).toEqual([]);
  });

  it('both forms of a plural use the same placeholders and show the number', () => {
    const bad = Object.entries(en).flatMap(([key, text]) =>
      pluralBlocks(text)
        .filter(({ forms }) => {
          const names = Object.values(forms).map((form) => JSON.stringify([...placeholderNames(form)].sort()));
          return new Set(names).size > 1 || Object.values(forms).some((form) => !form.includes('#'));
        })
        .map((block) => `${key} (${block.name})`),
    );
    expect(bad).toEqual([]);
  });

  it('the plural argument is a number the Chinese message shows too', () => {
    const bad = Object.entries(en).flatMap(([key, text]) =>
      pluralBlocks(text)
        .filter((block) => !NUMBER_PLACEHOLDERS.test(block.name) || !placeholderNames(zh[key] ?? '').has(block.name))
        .map((block) => `${key} (${block.name})`),
    );
    expect(bad).toEqual([]);
  });

  it.each(LOCALES.filter((locale) => locale !== 'en'))(
    '%s has no plural forms (Chinese has no grammatical plural)',
    (locale) => {
      const withPlural = Object.entries(messages[locale] as Table).filter(([, text]) => pluralBlocks(text).length > 0);
      expect(withPlural).toEqual([]);
    },
  );

  it('renders every plural for 0, 1, 2 and 21 without leaving syntax behind', () => {
    const leftovers = Object.entries(en).flatMap(([key, text]) =>
      pluralBlocks(text).length === 0
        ? []
        : [0, 1, 2, 21].flatMap((n) => {
            const params = Object.fromEntries(
              [...placeholderNames(text)].map((name) => [name, NUMBER_PLACEHOLDERS.test(name) ? n : 'x']),
            );
            const shown = translate('en', key as MessageKey, params);
            return /[{}#]|plural/.test(shown) ? [`${key}@${n}: ${shown}`] : [];
          }),
    );
    expect(leftovers).toEqual([]);
  });
});

describe('formatMessage', () => {
  const problems = '{count, plural, one {# problem} other {# problems}} in {where}';

  it('chooses the form by CLDR category: exactly 1 is "one", 0 and fractions are "other"', () => {
    expect(pluralCategory('en', 1)).toBe('one');
    expect(pluralCategory('en', 0)).toBe('other');
    expect(pluralCategory('en', 1.5)).toBe('other');
    expect(pluralCategory('en', -1)).toBe('other');
    expect(pluralCategory('zh-CN', 1)).toBe('other');
  });

  it('fills the number and the placeholders inside and around the chosen form', () => {
    expect(formatMessage('en', problems, { count: 1, where: 'Profile' })).toBe('1 problem in Profile');
    expect(
      formatMessage('en', '{n, plural, one {# value for {who}} other {# values for {who}}}', { n: 3, who: 'Li' }),
    ).toBe('3 values for Li');
    expect(
      formatMessage('en', 'a {x, plural, one {# b} other {# bs}} c {y, plural, one {# d} other {# ds}}', {
        x: 1,
        y: 2,
      }),
    ).toBe('a 1 b c 2 ds');
  });

  it('reads a number given as text, and leaves a block whose number is missing visible', () => {
    expect(formatMessage('en', problems, { count: '1', where: 'x' })).toBe('1 problem in x');
    expect(formatMessage('en', problems, { where: 'x' })).toBe(
      '{count, plural, one {# problem} other {# problems}} in x',
    );
    expect(formatMessage('en', problems)).toBe(problems);
  });

  it('never leaves plural syntax behind for any whole number (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1_000_000 }), (n) => {
        const shown = formatMessage('en', problems, { count: n, where: 'x' });
        expect(shown).toBe(`${n} ${n === 1 ? 'problem' : 'problems'} in x`);
      }),
    );
  });
});
