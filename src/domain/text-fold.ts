/**
 * The one full-width folding of the domain. Chinese IMEs in full-width mode type ASCII as
 * U+FF01–U+FF5E ('１２３', 'Ｘ', '＠') and a space as the ideographic space U+3000; validators,
 * filing numbers and the personal-data guard all read those as their ASCII twins.
 */

/**
 * The text with full-width ASCII (U+FF01–U+FF5E) and the ideographic space U+3000 folded to their
 * ASCII forms; other characters untouched. '' when `text` is not a string.
 */
export function foldFullWidth(text: string): string {
  if (typeof text !== 'string') return '';
  return text.replace(/[\uff01-\uff5e\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}
