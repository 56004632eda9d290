/**
 * Reading ICU-style message text in the i18n guards, independently of src/i18n's own formatter:
 * plain `{name}` placeholders and `{name, plural, one {…} other {…}}` blocks
 * (https://unicode-org.github.io/icu/userguide/format_parse/messages/).
 */

/** The placeholder names a message uses, plural arguments included (`{count, plural, …}` uses `count`). */
export const placeholderNames = (s: string) =>
  new Set([...s.matchAll(/\{(\w+)(?:\}|,\s*plural\s*,)/g)].map((m) => m[1] ?? ''));

/** The text outside plural blocks (a plural block is `{name, plural, … }` with nested braces). */
export function outsidePlurals(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (/^\{\w+,\s*plural\s*,/.test(s.slice(i))) {
      let depth = 0;
      for (; i < s.length; i++) {
        if (s[i] === '{') depth++;
        else if (s[i] === '}' && --depth === 0) break;
      }
      out += '#';
    } else out += s[i];
  }
  return out;
}

/** The `{name, plural, selector {text} …}` blocks of a message, with their selectors and texts. */
export function pluralBlocks(s: string): { name: string; forms: Record<string, string> }[] {
  const blocks: { name: string; forms: Record<string, string> }[] = [];
  for (const start of [...s.matchAll(/\{(\w+),\s*plural\s*,/g)]) {
    const forms: Record<string, string> = {};
    let i = (start.index ?? 0) + start[0].length;
    for (;;) {
      const selector = /^\s*([\w=]+)\s*\{/.exec(s.slice(i));
      if (!selector) break;
      i += selector[0].length;
      let depth = 1;
      const from = i;
      for (; i < s.length && depth > 0; i++) {
        if (s[i] === '{') depth++;
        else if (s[i] === '}') depth--;
      }
      forms[selector[1] ?? ''] = s.slice(from, i - 1);
    }
    blocks.push({ name: start[1] ?? '', forms });
  }
  return blocks;
}
