import fc from 'fast-check';
import {
  IDENTIFIER_DIGITS,
  containsPersonalIdentifier,
  isFormatCodePoint,
  longestDigitRun,
  normaliseForGuard,
  scrubPersonalData,
} from '@/domain/personal-data';
import { CARD_TEXT_LIMITS } from '@/domain/share-card';
import { cardText, senderNameProblem } from '@/domain/share-card-builder';
import { CREDIT_CODE_ALPHABET, creditCodeCheckChar } from '@/domain/validation';

// ---------------------------------------------------------------------------------------
// The normalisation tables against the runtime's Unicode data
// ---------------------------------------------------------------------------------------

describe('normalisation tables', () => {
  it('reads every Unicode decimal digit (Nd) as its ASCII digit', () => {
    let runStart = -1;
    const wrong: string[] = [];
    for (let cp = 0; cp < 0x110000; cp += 1) {
      const ch = String.fromCodePoint(cp);
      if (!/\p{Nd}/u.test(ch)) {
        runStart = -1;
        continue;
      }
      // Nd digits come in runs of ten, 0 first.
      if (runStart < 0 || cp - runStart >= 10) runStart = cp;
      const read = normaliseForGuard(ch).chars.join('');
      if (read !== String(cp - runStart)) wrong.push(`U+${cp.toString(16)}→${read}`);
    }
    expect(wrong).toEqual([]);
  });

  it('drops exactly the format and default-ignorable code points (Cf ∪ Default_Ignorable_Code_Point)', () => {
    const wrong: string[] = [];
    for (let cp = 0; cp < 0x110000; cp += 1) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const expected = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u.test(String.fromCodePoint(cp));
      if (isFormatCodePoint(cp) !== expected) wrong.push(`U+${cp.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('ends a digit run only at a letter: whatever breaks "12345?6" is (or normalises to) a letter', () => {
    const notLetters: string[] = [];
    for (let cp = 0x20; cp < 0x10000; cp += 1) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (containsPersonalIdentifier(`12345${ch}6`)) continue;
      if (!/\p{L}/u.test(ch.normalize('NFKC'))) notLetters.push(`U+${cp.toString(16)}`);
    }
    expect(notLetters).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------
// Examples
// ---------------------------------------------------------------------------------------

describe('containsPersonalIdentifier', () => {
  it.each([
    '13800138000',
    '电话 138-0013-8000',
    '１３８００１３８０００',
    '110101199003074514',
    '6222 0212 3456 7890 123',
    '91350100M000100Y43',
    'boss@example.com',
    'boss＠example．com',
    // Issue 13, finding 2: the separators the old guard missed.
    '138–0013–8000',
    '138—0013—8000',
    '138‐0013‐8000',
    '138/0013/8000',
    '138_0013_8000',
    '138·0013·8000',
    '138\u200b0013\u200b8000',
    '138\u00ad0013\u00ad8000',
    '１３８ー００１３ー８０００'.replace(/ー/g, '\u30fb'),
    '⑬⑧0013 8000'.replace('⑬⑧', '①③⑧'),
    '١٣٨٠٠١٣٨٠٠٠',
    '𝟏𝟑𝟖𝟎𝟎𝟏𝟑𝟖𝟎𝟎𝟎',
    '110101',
    '杭州青禾 1101/0119/9003/0745/14',
  ])('flags %s', (text) => expect(containsPersonalIdentifier(text)).toBe(true));

  it.each([
    '北京字节跳动科技有限公司',
    'ACME 2024 Co., Ltd.',
    '3M中国有限公司',
    '备案助手',
    'INTERNATIONALBUSINESS',
    '2046 工作室',
    '12345 科技',
    '2024年6月1日',
    'Web3.0 实验室',
    '7-Eleven 便利店',
    'ISO 9001 认证',
    '（北京）青禾科技有限公司',
  ])('lets %s through', (text) => {
    expect(containsPersonalIdentifier(text)).toBe(false);
    expect(scrubPersonalData(text)).toBe(text);
  });

  it('longestDigitRun counts digits across separators and stops at letters', () => {
    expect(longestDigitRun('138–0013–8000')).toBe(11);
    expect(longestDigitRun('2046 工作室 12')).toBe(4);
    expect(longestDigitRun('a1b2c3')).toBe(1);
    expect(longestDigitRun('')).toBe(0);
  });

  it('scrubbing cuts from the text as typed: the rest keeps its own characters', () => {
    expect(scrubPersonalData('（北京）青禾 138–0013–8000 科技')).toBe('（北京）青禾   科技');
    expect(scrubPersonalData('Qinghe Tech 91350100M000100Y43 v2.0')).toBe('Qinghe Tech   v2.0');
    expect(scrubPersonalData('身份证 11010519491231002X 号')).toBe('身份证   号');
  });
});

// ---------------------------------------------------------------------------------------
// Properties over separators and groupings
// ---------------------------------------------------------------------------------------

/** Separators a person, an IME or a copy from a document can put between digits. */
const SEPARATORS = [
  ' ',
  '  ',
  '-',
  '–',
  '—',
  '‐',
  '‑',
  '‒',
  '―',
  '−',
  '/',
  '\\',
  '_',
  '·',
  '・',
  '•',
  '.',
  '。',
  ',',
  '，',
  '、',
  ':',
  '：',
  '|',
  '*',
  '~',
  '～',
  '+',
  '#',
  '(',
  ')',
  '（',
  '）',
  '\u3000',
  '\u00a0',
  '\u2009',
  '\u202f',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u180e',
  '📞',
  ' - ',
  '\u200b-\u200b',
];

/** Ways to type a digit: ASCII, full-width, mathematical bold, Arabic-Indic. */
const digitForm = (d: number) =>
  fc.constantFrom(
    String(d),
    String.fromCharCode(0xff10 + d),
    String.fromCodePoint(0x1d7ce + d),
    String.fromCharCode(0x660 + d),
  );
/** Ways to type a code letter: as is, lower case, full-width. */
const letterForm = (ch: string) =>
  fc.constantFrom(ch, ch.toLowerCase(), String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n });

/** The identifiers of domain.md "Sharing", as compact strings of digits and capitals. */
const mobileArb = fc
  .tuple(fc.integer({ min: 3, max: 9 }), digits(9))
  .map(([second, rest]) => `1${second}${rest.join('')}`);
const residentIdArb = fc
  .tuple(digits(17), fc.constantFrom(...'0123456789X'))
  .map(([body, check]) => `${body.join('')}${check}`);
const bankCardArb = fc.integer({ min: 16, max: 19 }).chain((n) => digits(n - 2).map((rest) => `62${rest.join('')}`));
const licenceArb = digits(15).map((d) => d.join(''));
const landlineArb = fc.tuple(digits(3), digits(8)).map(([area, number]) => `0${area.join('')}${number.join('')}`);
const creditCodeArb = fc
  .tuple(
    fc.constantFrom(...'123456789ANY'),
    fc.constantFrom(...'1239'),
    digits(6),
    fc.array(fc.constantFrom(...CREDIT_CODE_ALPHABET), { minLength: 9, maxLength: 9 }),
  )
  .map(([authority, type, division, org]) => {
    const body = `${authority}${type}${division.join('')}${org.join('')}`;
    return body + (creditCodeCheckChar(body) as string);
  });
const secretArb = fc.oneof(mobileArb, residentIdArb, bankCardArb, licenceArb, landlineArb, creditCodeArb);

/** `secret` cut into groups of 1–6 characters, each character typed in one of its forms, groups joined by separators. */
function grouped(secret: string): fc.Arbitrary<string> {
  const chars = Array.from(secret);
  return fc
    .tuple(
      fc.array(fc.integer({ min: 1, max: 6 }), { minLength: chars.length, maxLength: chars.length }),
      fc.tuple(...chars.map((ch) => (/\d/.test(ch) ? digitForm(Number(ch)) : letterForm(ch)))),
      fc.array(fc.constantFrom(...SEPARATORS), { minLength: chars.length, maxLength: chars.length }),
    )
    .map(([sizes, typed, seps]) => {
      let out = '';
      let inGroup = 0;
      let group = 0;
      typed.forEach((ch, i) => {
        // Past the last size, the rest stays in one group.
        if (i > 0 && inGroup >= (sizes[group] ?? Infinity)) {
          out += seps[group];
          group += 1;
          inGroup = 0;
        }
        out += ch;
        inGroup += 1;
      });
      return out;
    });
}

/** Ordinary text around the secret: Chinese words and spaces, as in a company name. */
const benignArb = fc
  .array(fc.constantFrom('杭州', '青禾', '科技', '有限公司', '电话', '身份证', '联系', ' ', '（', '）', '号'), {
    maxLength: 4,
  })
  .map((parts) => parts.join(''));

const caseArb = secretArb.chain((secret) =>
  fc.tuple(fc.constant(secret), benignArb, grouped(secret), benignArb).map(([s, before, typed, after]) => ({
    secret: s,
    text: `${before}${typed}${after}`,
  })),
);

/** The letters and digits of `text` once normalised, upper-cased. */
const compact = (text: string) =>
  normaliseForGuard(text)
    .chars.filter((ch) => /[0-9A-Za-z]/.test(ch))
    .join('')
    .toUpperCase();

/** Every 6-character piece of `secret`. */
const piecesOf = (secret: string) =>
  Array.from({ length: secret.length - IDENTIFIER_DIGITS + 1 }, (_, i) => secret.slice(i, i + IDENTIFIER_DIGITS));

describe('properties over separators and groupings', () => {
  const RUNS = 3000;

  it('finds every phone, resident ID, bank card, licence, landline and credit code, however typed', () => {
    fc.assert(
      fc.property(caseArb, ({ text }) => {
        expect(containsPersonalIdentifier(text)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('leaves no 6-character piece of it in any card field, and the sender name is refused', () => {
    fc.assert(
      fc.property(caseArb, ({ secret, text }) => {
        // The largest and the smallest field; the others only cut at another length.
        for (const limit of [CARD_TEXT_LIMITS.company, CARD_TEXT_LIMITS.sender]) {
          const onCard = cardText(text, limit);
          const kept = compact(onCard);
          const survivors = piecesOf(secret).filter((piece) => kept.includes(piece));
          if (survivors.length > 0 || containsPersonalIdentifier(onCard)) {
            expect({ text, onCard, survivors }).toEqual({ text, onCard, survivors: [] });
          }
        }
        if (senderNameProblem(text) === null) expect({ text, problem: null }).toEqual({ text, problem: 'any' });
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps ordinary names whose digits come in runs of at most 4 between letters', () => {
    const nameArb = fc
      .array(
        fc.oneof(
          fc.constantFrom('青禾', '科技', '工作室', '有限公司', 'Studio', 'ACME', '（北京）', ' '),
          fc.integer({ min: 0, max: 9999 }).map((n) => `${n}号`),
        ),
        { minLength: 1, maxLength: 6 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(nameArb, (name) => {
        fc.pre(longestDigitRun(name) <= 4);
        expect(containsPersonalIdentifier(name)).toBe(false);
        expect(cardText(name, CARD_TEXT_LIMITS.company)).toBe(name.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 500 },
    );
  });
});
