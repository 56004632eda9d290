/**
 * Masking of identifiers for display (lists, summaries, confirmation screens). The share card
 * must carry none of these at all; masking is for the owner's own screens.
 *
 * Rule: a masked value keeps its length (one '*' per hidden character) and shows at most half
 * of its characters, so a short or truncated value never leaks more than it hides. The one
 * deliberate exception is an 11-character mobile number, shown the conventional way as
 * `138****5678` (7 of 11 shown), which is what users recognise from carriers and apps.
 */

import { validateMobile } from '@/domain/validation';

/** The input without whitespace, split into code points; [] when it is not a string. */
function characters(input: unknown): string[] {
  return typeof input === 'string' ? Array.from(input.replace(/\s+/g, '')) : [];
}

/** `chars` with all but the first `head` and last `tail` replaced by '*'. */
function starMiddle(chars: string[], head: number, tail: number): string {
  const hidden = chars.length - head - tail;
  return chars.slice(0, head).join('') + '*'.repeat(hidden) + chars.slice(chars.length - tail).join('');
}

/**
 * The text (whitespace removed) with its middle replaced by '*', keeping up to `head` leading
 * and `tail` trailing characters, but never showing more than half of them: for short input the
 * shown ends shrink (tail first capped at a quarter, head takes the rest of the half).
 * Returns '' for empty or non-string input.
 */
export function maskMiddle(text: string, head: number, tail: number): string {
  const chars = characters(text);
  const budget = Math.floor(chars.length / 2);
  const wantHead = Math.max(0, Math.floor(Number(head) || 0));
  const wantTail = Math.max(0, Math.floor(Number(tail) || 0));
  const shownTail = Math.min(wantTail, Math.floor(budget / 2));
  const shownHead = Math.min(wantHead, budget - shownTail);
  return starMiddle(chars, shownHead, shownTail);
}

/**
 * A resident ID masked to its first 4 and last 4 characters, e.g. '440301199001011234' →
 * '4403**********1234'; a lowercase x is shown upper-case. Short input shows at most half.
 */
export function maskIdNumber(id: string): string {
  return maskMiddle(typeof id === 'string' ? id.replace(/x/g, 'X') : '', 4, 4);
}

/**
 * A credit code or registration number masked to its first 4 and last 4 characters, upper-cased,
 * e.g. '91110000600037341L' → '9111**********341L'. Short input shows at most half.
 */
export function maskCreditCode(code: string): string {
  return maskMiddle(typeof code === 'string' ? code.toUpperCase() : '', 4, 4);
}

/**
 * A mobile number masked as '138****5678'. A +86/0086/86 prefix, spaces and dashes are dropped
 * first; anything that is not 11 characters then is masked by the at-most-half rule.
 */
export function maskMobile(mobile: string): string {
  const { normalized } = validateMobile(mobile);
  const chars = characters(normalized);
  return chars.length === 11 ? starMiddle(chars, 3, 4) : maskMiddle(normalized, 3, 4);
}
