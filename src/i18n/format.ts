import type { Locale } from './define';

/**
 * Message formatting: `{name}` placeholders and ICU-style plurals,
 * `{count, plural, one {# problem} other {# problems}}`, where `#` is the number
 * (ICU MessageFormat: https://unicode-org.github.io/icu/userguide/format_parse/messages/).
 * Hand-written rather than a MessageFormat library or Intl.PluralRules: the two locales need one
 * rule each, and the WeChat JS engines do not all ship Intl.PluralRules.
 */

export type PluralCategory = 'one' | 'other';
export type MessageParams = Record<string, string | number>;

/**
 * CLDR plural category: English "one" is exactly 1 with no visible fraction (i = 1 and v = 0);
 * Chinese has only "other"
 * (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html).
 */
export function pluralCategory(locale: Locale, n: number): PluralCategory {
  return locale === 'en' && n === 1 ? 'one' : 'other';
}

const PLURAL_START = /\{(\w+),\s*plural\s*,/g;
const FORM = /\s*(\w+)\s*\{/y;

/** Index just past the brace that closes the one opened before `from` (depth 1 at `from`). */
function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The forms of one plural block (`one {…} other {…}`) from `from` up to the block's closing brace. */
function readForms(text: string, from: number): { forms: Partial<Record<string, string>>; end: number } | null {
  const forms: Partial<Record<string, string>> = {};
  let i = from;
  for (;;) {
    FORM.lastIndex = i;
    const form = FORM.exec(text);
    if (!form) break;
    const end = closingBrace(text, FORM.lastIndex);
    if (end < 0) return null;
    forms[form[1] ?? ''] = text.slice(FORM.lastIndex, end - 1);
    i = end;
  }
  while (text[i] === ' ') i++;
  return text[i] === '}' ? { forms, end: i + 1 } : null;
}

/** `template` with its plural blocks chosen for `params` (a block whose number is missing stays as written). */
function choosePlurals(locale: Locale, template: string, params: MessageParams): string {
  let out = '';
  let done = 0;
  PLURAL_START.lastIndex = 0;
  for (let start = PLURAL_START.exec(template); start; start = PLURAL_START.exec(template)) {
    const block = readForms(template, PLURAL_START.lastIndex);
    if (!block) break;
    const value = params[start[1] ?? ''];
    const n = typeof value === 'number' ? value : Number(value);
    const form = value === undefined ? undefined : (block.forms[pluralCategory(locale, n)] ?? block.forms.other);
    out +=
      template.slice(done, start.index) +
      (form === undefined ? template.slice(start.index, block.end) : form.replace(/#/g, String(value)));
    done = block.end;
    PLURAL_START.lastIndex = block.end;
  }
  return out + template.slice(done);
}

/** `template` filled from `params`: plurals chosen, `{name}` replaced; unknown placeholders stay visible. */
export function formatMessage(locale: Locale, template: string, params?: MessageParams): string {
  if (!params) return template;
  const chosen = template.includes('plural') ? choosePlurals(locale, template, params) : template;
  return chosen.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
