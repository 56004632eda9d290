import fc from 'fast-check';
import {
  CARD_FUTURE_TOLERANCE_MS,
  CARD_TEXT_LIMITS,
  MAX_CODE_LENGTH,
  MAX_EPOCH_MS,
  MAX_PATH_BYTES,
  MAX_PROGRESS_TOTAL,
  MIN_EPOCH_MS,
  cardAgeNote,
  cardPath,
  cardProblem,
  cardTimeProblem,
  decodeCard,
  decodeReply,
  encodeCard,
  encodeReply,
  isStale,
  replyPath,
  replyProblem,
  replyTo,
  type CardData,
  type DecodeResult,
  type ReplyData,
} from '@/domain/share-card';
import {
  base64UrlDecode,
  base64UrlEncode,
  crc32,
  truncateUtf8,
  utf8ByteLength,
  utf8Encode,
} from '@/domain/share-bytes';
import { containsForbiddenCharacters } from '@/domain/card-text';
import { containsPersonalIdentifier } from '@/domain/personal-data';
import { SMS_CLOCK_SKEW_MS, SMS_WINDOW_MS } from '@/domain/sms-window';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const T0 = Date.UTC(2026, 2, 1, 9, 30, 15, 123);
const HOUR = 60 * 60 * 1000;

const cjk = (n: number, from = 0x4e00) =>
  Array.from({ length: n }, (_, i) => String.fromCodePoint(from + ((i * 37) % 0x5000))).join('');

/** The size benchmark from the brief: 30 + 30 Chinese characters and a 10-character sender. */
const CARD_30_30_10: CardData = {
  filingId: 'k3J9_xQ-2mZt8VbW',
  roundId: 'R7kq2MwXp9Ta',
  company: cjk(30),
  miniProgram: cjk(30, 0x6000),
  sender: cjk(10, 0x7000),
  createdAt: T0,
  tasks: { idPhotos: 'todo', sms: 'counting', smsDeadline: T0 + 24 * HOUR },
  progress: { done: 7, total: 12 },
  verifier: 'legal-representative',
};

const REPLY: ReplyData = {
  filingId: 'k3J9_xQ-2mZt8VbW',
  roundId: 'R7kq2MwXp9Ta',
  cardCreatedAt: T0,
  verifier: 'person-in-charge',
  action: 'sms-verified',
  at: T0 + HOUR,
};

// ---------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------

const codePointChar = (min: number, max: number) => fc.integer({ min, max }).map((cp) => String.fromCodePoint(cp));
const textUnit = fc.oneof(
  codePointChar(0x4e00, 0x9fff), // CJK unified ideographs
  codePointChar(0x1f300, 0x1faff), // emoji (4 UTF-8 bytes)
  codePointChar(0x20, 0x7e), // printable ASCII
  codePointChar(0xa0, 0xd7ff), // the rest of the BMP below surrogates
  codePointChar(0xe000, 0xfffd),
  codePointChar(0x10000, 0x10ffff), // any astral code point
);
const textArb = (maxBytes: number, minBytes = 0) =>
  fc
    .string({ unit: textUnit, maxLength: 60 })
    .map((s) => truncateUtf8(s, maxBytes))
    .filter((s) => utf8ByteLength(s) >= minBytes && !containsForbiddenCharacters(s) && !containsPersonalIdentifier(s));
const filingIdArb = fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 10, maxLength: 16 });
const epochArb = fc.integer({ min: MIN_EPOCH_MS, max: MAX_EPOCH_MS - 1 });
const verifierArb = fc.constantFrom('legal-representative' as const, 'person-in-charge' as const);
/** A deadline no later than the card's time + 24 h + skew; after the card's time while counting. */
const LATEST_DEADLINE = SMS_WINDOW_MS + SMS_CLOCK_SKEW_MS;
const tasksArb = (createdAt: number) =>
  fc
    .record({
      idPhotos: fc.constantFrom('todo' as const, 'done' as const),
      sms: fc.constantFrom('waiting' as const, 'counting' as const, 'verified' as const, 'expired' as const),
      ahead: fc.integer({ min: 1, max: LATEST_DEADLINE }),
      back: fc.integer({ min: -LATEST_DEADLINE, max: 400 * 24 * HOUR }),
    })
    .map(({ idPhotos, sms, ahead, back }) => ({
      idPhotos,
      sms,
      smsDeadline:
        sms === 'counting'
          ? Math.min(createdAt + ahead, MAX_EPOCH_MS - 1)
          : sms === 'expired'
            ? Math.min(Math.max(createdAt - back, MIN_EPOCH_MS), MAX_EPOCH_MS - 1)
            : null,
    }))
    .filter((tasks) => tasks.sms !== 'counting' || (tasks.smsDeadline as number) > createdAt);
const progressArb = fc
  .integer({ min: 1, max: MAX_PROGRESS_TOTAL })
  .chain((total) => fc.integer({ min: 0, max: total }).map((done) => ({ done, total })));
const cardArb: fc.Arbitrary<CardData> = epochArb.chain((createdAt) =>
  fc.record({
    filingId: filingIdArb,
    roundId: filingIdArb,
    company: textArb(CARD_TEXT_LIMITS.company, 1),
    miniProgram: textArb(CARD_TEXT_LIMITS.miniProgram),
    sender: textArb(CARD_TEXT_LIMITS.sender),
    createdAt: fc.constant(createdAt),
    tasks: tasksArb(createdAt),
    progress: progressArb,
    verifier: verifierArb,
  }),
);
const replyArb: fc.Arbitrary<ReplyData> = fc.record({
  filingId: filingIdArb,
  roundId: filingIdArb,
  cardCreatedAt: epochArb,
  verifier: verifierArb,
  action: fc.constantFrom('sms-verified' as const, 'id-photos-sent' as const),
  at: epochArb,
});

// ---------------------------------------------------------------------------------------
// Helpers that build frames by hand, to reach each decoder branch with a valid CRC
// ---------------------------------------------------------------------------------------

function varint(value: number): number[] {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return out;
}
const ascii = (s: string) => [s.length, ...Array.from(s, (c) => c.charCodeAt(0))];
const utf8 = (s: string) => {
  const bytes = Array.from(utf8Encode(s) as Uint8Array);
  return [bytes.length, ...bytes];
};
/** Appends a correct CRC-32 and returns the base64url code. */
function seal(body: number[]): string {
  const crc = crc32(Uint8Array.from(body));
  return base64UrlEncode(Uint8Array.from([...body, crc >>> 24, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255]));
}
/** The payload bytes of a code, without its CRC. */
function bodyOf(code: string): number[] {
  const bytes = base64UrlDecode(code) as Uint8Array;
  return Array.from(bytes.subarray(0, bytes.length - 4));
}
function minimalCardBody(
  overrides: { flags?: number; done?: number; total?: number; sender?: number[]; deadline?: number } = {},
): number[] {
  return [
    0x12,
    overrides.flags ?? 0,
    ...ascii('abcdefghij'),
    ...ascii('roundid123'),
    ...varint(T0),
    ...(overrides.deadline === undefined ? [] : varint(overrides.deadline)),
    ...varint(overrides.done ?? 1),
    ...varint(overrides.total ?? 3),
    ...utf8('某某科技有限公司'),
    ...utf8(''),
    ...(overrides.sender ?? utf8('王')),
  ];
}

/** A decode of a damaged code may fail, or give the original back, but never another card. */
function expectNoOtherCard<T>(result: DecodeResult<T>, original: T): void {
  if (result.ok) expect(result.card).toEqual(original);
}

// ---------------------------------------------------------------------------------------
// Primitives
// ---------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------
// Round trips and encode-time validation
// ---------------------------------------------------------------------------------------

describe('encodeCard / decodeCard round trip', () => {
  it('gives back exactly the card for arbitrary valid data', () => {
    fc.assert(
      fc.property(cardArb, (card) => {
        expect(cardProblem(card)).toBeNull();
        const code = encodeCard(card);
        expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(decodeCard(code)).toEqual({ ok: true, card });
        expect(cardPath(code).length).toBeLessThanOrEqual(MAX_PATH_BYTES);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives back exactly the reply for arbitrary valid data', () => {
    fc.assert(
      fc.property(replyArb, (reply) => {
        const code = encodeReply(reply);
        expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(decodeReply(code)).toEqual({ ok: true, card: reply });
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps millisecond timestamps exactly', () => {
    const card = {
      ...CARD_30_30_10,
      createdAt: MIN_EPOCH_MS + 1,
      tasks: { ...CARD_30_30_10.tasks, smsDeadline: MIN_EPOCH_MS + 3 },
    };
    expect(decodeCard(encodeCard(card))).toEqual({ ok: true, card });
  });

  it('drops fields that are not part of CardData', () => {
    const leaky = { ...CARD_30_30_10, adminMobile: '13800138000', idNumber: '110101199003074514' };
    const decoded = decodeCard(encodeCard(leaky as CardData));
    expect(decoded).toEqual({ ok: true, card: CARD_30_30_10 });
  });

  it('a card is never a reply and a reply never a card', () => {
    expect(decodeReply(encodeCard(CARD_30_30_10))).toEqual({ ok: false, reason: 'version' });
    expect(decodeCard(encodeReply(REPLY))).toEqual({ ok: false, reason: 'version' });
  });
});

describe('encodeCard refuses invalid data with a named problem', () => {
  const base = CARD_30_30_10;
  const cases: Array<[string, unknown]> = [
    ['filing-id', { ...base, filingId: 'short' }],
    ['filing-id', { ...base, filingId: 'has space in it' }],
    ['filing-id', { ...base, filingId: 'a'.repeat(17) }],
    ['round-id', { ...base, roundId: undefined }],
    ['round-id', { ...base, roundId: 'short' }],
    ['round-id', { ...base, roundId: 'has/slash/in/it' }],
    ['company', { ...base, company: '' }],
    ['company', { ...base, company: cjk(51) }],
    ['mini-program', { ...base, miniProgram: cjk(31) }],
    ['mini-program', { ...base, miniProgram: 'a\ud800' }],
    ['sender', { ...base, sender: cjk(17) }],
    ['sender', { ...base, sender: 42 }],
    ['text-characters', { ...base, sender: '王\n五' }],
    ['text-characters', { ...base, company: '\u202e司公限有' }],
    ['text-characters', { ...base, company: '客服 138\u200b0013\u200b8000' }],
    ['text-characters', { ...base, sender: '工\u200d信部' }],
    ['personal-identifier', { ...base, sender: '138–0013–8000' }],
    ['personal-identifier', { ...base, company: '杭州青禾 1101/0119/9003/0745/14' }],
    ['personal-identifier', { ...base, sender: '张三 13800138000' }],
    ['personal-identifier', { ...base, company: '91350100M000100Y43' }],
    ['personal-identifier', { ...base, miniProgram: 'admin@example.com' }],
    ['created-at', { ...base, createdAt: 1.5 + T0 }],
    ['created-at', { ...base, createdAt: MAX_EPOCH_MS }],
    ['created-at', { ...base, createdAt: NaN }],
    ['tasks', { ...base, tasks: { ...base.tasks, sms: 'sent' } }],
    ['tasks', { ...base, tasks: { ...base.tasks, idPhotos: true } }],
    ['tasks', { ...base, tasks: null }],
    ['sms-deadline', { ...base, tasks: { idPhotos: 'todo', sms: 'counting', smsDeadline: null } }],
    ['sms-deadline', { ...base, tasks: { idPhotos: 'todo', sms: 'waiting', smsDeadline: T0 } }],
    ['sms-deadline', { ...base, tasks: { idPhotos: 'todo', sms: 'verified', smsDeadline: undefined } }],
    ['sms-deadline', { ...base, tasks: { idPhotos: 'todo', sms: 'counting', smsDeadline: Date.UTC(2099, 5, 10, 10) } }],
    ['sms-deadline', { ...base, tasks: { idPhotos: 'todo', sms: 'counting', smsDeadline: T0 } }],
    [
      'sms-deadline',
      { ...base, tasks: { idPhotos: 'todo', sms: 'expired', smsDeadline: T0 + SMS_WINDOW_MS + SMS_CLOCK_SKEW_MS + 1 } },
    ],
    ['progress', { ...base, progress: { done: 5, total: 4 } }],
    ['progress', { ...base, progress: { done: 0, total: 0 } }],
    ['progress', { ...base, progress: { done: -1, total: 4 } }],
    ['progress', { ...base, progress: { done: 1, total: MAX_PROGRESS_TOTAL + 1 } }],
    ['verifier', { ...base, verifier: 'administrator' }],
    ['not-an-object', null],
  ];
  it.each(cases)('%s', (problem, card) => {
    expect(cardProblem(card)).toBe(problem);
    expect(() => encodeCard(card as CardData)).toThrow(new RangeError(`encodeCard: invalid card (${problem})`));
  });

  it('accepts a deadline exactly 24 h plus the clock skew after the card', () => {
    const edge = { ...base, tasks: { ...base.tasks, smsDeadline: T0 + SMS_WINDOW_MS + SMS_CLOCK_SKEW_MS } };
    expect(cardProblem(edge)).toBeNull();
  });

  it('replies too', () => {
    expect(replyProblem({ ...REPLY, roundId: 'x' })).toBe('round-id');
    expect(replyProblem({ ...REPLY, cardCreatedAt: 5 })).toBe('created-at');
    expect(replyProblem({ ...REPLY, action: 'called' })).toBe('action');
    expect(replyProblem({ ...REPLY, at: MIN_EPOCH_MS - 1 })).toBe('at');
    expect(replyProblem({ ...REPLY, verifier: 'x' })).toBe('verifier');
    expect(() => encodeReply({ ...REPLY, filingId: '' })).toThrow(/filing-id/);
  });
});

// ---------------------------------------------------------------------------------------
// Size
// ---------------------------------------------------------------------------------------

describe('size', () => {
  it('the 30/30/10 card encodes to at most 400 characters and its path fits', () => {
    const code = encodeCard(CARD_30_30_10);
    const path = cardPath(code);
    console.log(`30/30/10 card: code ${code.length} chars, path ${path.length} bytes`);
    expect(code.length).toBeLessThanOrEqual(400);
    expect(path).toBe(`/pages/card/index?c=${code}`);
    expect((utf8Encode(path) as Uint8Array).length).toBeLessThanOrEqual(MAX_PATH_BYTES);
  });

  it('the largest possible card still fits MAX_PATH_BYTES', () => {
    const fill = (bytes: number) => truncateUtf8('😀'.repeat(60), bytes - (bytes % 4)) + 'a'.repeat(bytes % 4);
    const largest: CardData = {
      filingId: 'Z'.repeat(16),
      roundId: 'Y'.repeat(16),
      company: fill(CARD_TEXT_LIMITS.company),
      miniProgram: fill(CARD_TEXT_LIMITS.miniProgram),
      sender: fill(CARD_TEXT_LIMITS.sender),
      createdAt: MAX_EPOCH_MS - 1,
      tasks: { idPhotos: 'done', sms: 'expired', smsDeadline: MAX_EPOCH_MS - 2 },
      progress: { done: MAX_PROGRESS_TOTAL, total: MAX_PROGRESS_TOTAL },
      verifier: 'person-in-charge',
    };
    expect(utf8ByteLength(largest.company)).toBe(CARD_TEXT_LIMITS.company);
    const code = encodeCard(largest);
    expect(decodeCard(code)).toEqual({ ok: true, card: largest });
    expect(cardPath(code).length).toBeLessThanOrEqual(MAX_PATH_BYTES);
    expect(code.length).toBeLessThan(MAX_CODE_LENGTH);
  });

  it('replyPath carries the reply under r=', () => {
    const code = encodeReply(REPLY);
    expect(replyPath(code)).toBe(`/pages/card/index?r=${code}`);
    console.log(`reply: code ${code.length} chars, path ${replyPath(code).length} bytes`);
    expect(code.length).toBeLessThan(80);
  });
});

// ---------------------------------------------------------------------------------------
// Rejections with specific reasons
// ---------------------------------------------------------------------------------------

describe('decode reasons', () => {
  const code = encodeCard(CARD_30_30_10);

  it("'empty' for a missing code", () => {
    for (const input of ['', undefined, null]) expect(decodeCard(input)).toEqual({ ok: false, reason: 'empty' });
    expect(decodeReply('')).toEqual({ ok: false, reason: 'empty' });
    expect(decodeCard('%25')).toEqual({ ok: false, reason: 'format' });
  });

  it("'too-long' above MAX_CODE_LENGTH characters, before any other check", () => {
    expect(decodeCard('A'.repeat(MAX_CODE_LENGTH + 1))).toEqual({ ok: false, reason: 'too-long' });
    expect(decodeCard(code + 'A'.repeat(MAX_CODE_LENGTH))).toEqual({ ok: false, reason: 'too-long' });
    expect(decodeCard('%'.repeat(2_000_000))).toEqual({ ok: false, reason: 'too-long' });
    expect(decodeReply('\ud800'.repeat(2000))).toEqual({ ok: false, reason: 'too-long' });
    const atLimit = decodeCard('A'.repeat(MAX_CODE_LENGTH));
    expect(atLimit.ok === false && atLimit.reason).not.toBe('too-long');
  });

  it("'version' for an intact frame with another tag", () => {
    for (const tag of [0x13, 0x11, 0x10, 0x01, 0xff]) {
      const body = bodyOf(code);
      body[0] = tag;
      expect(decodeCard(seal(body))).toEqual({ ok: false, reason: 'version' });
    }
    const replyBody = bodyOf(encodeReply(REPLY));
    replyBody[0] = 0x23;
    expect(decodeReply(seal(replyBody))).toEqual({ ok: false, reason: 'version' });
  });

  it("version 1 cards and replies (no SMS round) read as 'version', so they cannot be replied to or applied", () => {
    const v1Card = [
      0x11,
      0x00,
      ...ascii('abcdefghij'),
      ...varint(T0),
      ...varint(1),
      ...varint(3),
      ...utf8('某某科技有限公司'),
      0,
      0,
    ];
    expect(decodeCard(seal(v1Card))).toEqual({ ok: false, reason: 'version' });
    expect(decodeReply(seal([0x21, 0x00, ...ascii('abcdefghij'), ...varint(T0)]))).toEqual({
      ok: false,
      reason: 'version',
    });
    // The reply of issue 13, finding 4 (filing id "constructor"), as it was crafted for version 1.
    expect(decodeReply('IQALY29uc3RydWN0b3KAprLD9TKfvZN4')).toEqual({ ok: false, reason: 'version' });
  });

  it("'checksum' when the payload or the CRC is damaged", () => {
    const bytes = base64UrlDecode(code) as Uint8Array;
    for (const index of [0, 1, 10, bytes.length - 5, bytes.length - 1]) {
      const damaged = Uint8Array.from(bytes);
      damaged[index]! ^= 0x04; // every index is inside the code's bytes
      const reason = decodeCard(base64UrlEncode(damaged));
      expect(reason).toEqual({ ok: false, reason: 'checksum' });
    }
  });

  it("'format' for non-strings, foreign characters and bad URI escapes", () => {
    for (const input of [42, {}, [], true, Symbol('c'), () => code, new String(code)]) {
      expect(decodeCard(input)).toEqual({ ok: false, reason: 'format' });
      expect(decodeReply(input)).toEqual({ ok: false, reason: 'format' });
    }
    for (const input of [
      '\ud800',
      code + '\udc00',
      '%E0%A4%A',
      '%ED%A0%80',
      'abc',
      code + '=',
      code + ' ',
      '+' + code,
    ]) {
      expect(decodeCard(input)).toEqual({ ok: false, reason: 'format' });
    }
  });

  it("'format' for intact frames whose payload breaks a rule", () => {
    expect(decodeCard(seal(minimalCardBody()))).toMatchObject({ ok: true });
    const broken: Array<[string, number[]]> = [
      ['unknown flag bits', minimalCardBody({ flags: 0x10 })],
      ['done above total', minimalCardBody({ done: 4, total: 3 })],
      ['total zero', minimalCardBody({ done: 0, total: 0 })],
      ['invalid UTF-8 sender', minimalCardBody({ sender: [2, 0xc0, 0x80] })],
      ['sender longer than the payload', minimalCardBody({ sender: [9, 0x41] })],
      ['sender over its byte limit', minimalCardBody({ sender: utf8(cjk(17)) })],
      ['phone number in sender', minimalCardBody({ sender: utf8('13800138000') })],
      ['control character in sender', minimalCardBody({ sender: utf8('a\u0007') })],
      ['trailing byte', [...minimalCardBody(), 0]],
      ['missing sender', minimalCardBody().slice(0, -2)],
      ['counting without a deadline', minimalCardBody({ flags: 0b0010 })],
      ['counting, deadline in 2099', minimalCardBody({ flags: 0b0010, deadline: Date.UTC(2099, 5, 10, 10) })],
      ['counting, deadline before the card', minimalCardBody({ flags: 0b0010, deadline: T0 - HOUR })],
      ['expired, deadline a day after the card', minimalCardBody({ flags: 0b0110, deadline: T0 + 25 * HOUR })],
      ['zero-width space in sender', minimalCardBody({ sender: utf8('小\u200b王') })],
      ['phone split by en dashes in sender', minimalCardBody({ sender: utf8('138–0013–8000') })],
      ['just a tag', [0x12]],
    ];
    for (const [name, body] of broken) {
      expect([name, decodeCard(seal(body))]).toEqual([name, { ok: false, reason: 'format' }]);
    }
    // The same createdAt as a non-minimal varint (an extra 0x80 … 0x00 continuation).
    const overlong = minimalCardBody();
    const at = 2 + 11 + 11; // after tag, flags, the 11-byte filing id and the 11-byte round id
    const canonical = varint(T0);
    const [lastByte = 0] = canonical.slice(-1);
    overlong.splice(at, canonical.length, ...canonical.slice(0, -1), lastByte | 0x80, 0x00);
    expect(decodeCard(seal(overlong))).toEqual({ ok: false, reason: 'format' });
    // A filing id with a character outside [A-Za-z0-9_-].
    const badId = minimalCardBody();
    badId[3] = '+'.charCodeAt(0);
    expect(decodeCard(seal(badId))).toEqual({ ok: false, reason: 'format' });
    // Reply with an unknown flag bit, a timestamp before 2020, a bad round id or no card time.
    const replyBody = (flags: number, at: number, round = 'roundid123') => [
      0x22,
      flags,
      ...ascii('abcdefghij'),
      ...ascii(round),
      ...varint(T0),
      ...varint(at),
    ];
    expect(decodeReply(seal(replyBody(0x04, T0)))).toEqual({ ok: false, reason: 'format' });
    expect(decodeReply(seal(replyBody(0x00, 1000)))).toEqual({ ok: false, reason: 'format' });
    expect(decodeReply(seal(replyBody(0x00, T0, 'short')))).toEqual({ ok: false, reason: 'format' });
    expect(decodeReply(seal(replyBody(0x00, T0).slice(0, -varint(T0).length)))).toEqual({
      ok: false,
      reason: 'format',
    });
    expect(decodeReply(seal(replyBody(0x03, T0 + HOUR)))).toEqual({
      ok: true,
      card: {
        filingId: 'abcdefghij',
        roundId: 'roundid123',
        cardCreatedAt: T0,
        verifier: 'person-in-charge',
        action: 'id-photos-sent',
        at: T0 + HOUR,
      },
    });
  });
});

// ---------------------------------------------------------------------------------------
// Transport encodings
// ---------------------------------------------------------------------------------------

describe('transport encodings', () => {
  const percentEncodeAll = (s: string) =>
    Array.from(s, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')).join('');

  it('accepts the code raw, URI-encoded once or twice, and "+ to space" leaves it intact', () => {
    const code = encodeCard(CARD_30_30_10);
    const expected = { ok: true, card: CARD_30_30_10 };
    expect(encodeURIComponent(code)).toBe(code);
    expect(code.replace(/\+/g, ' ')).toBe(code);
    expect(decodeCard(encodeURIComponent(code))).toEqual(expected);
    expect(decodeCard(encodeURIComponent(encodeURIComponent(code)))).toEqual(expected);
    expect(decodeCard(percentEncodeAll(code))).toEqual(expected);
    const replyCode = encodeReply(REPLY);
    expect(decodeReply(percentEncodeAll(replyCode))).toEqual({ ok: true, card: REPLY });
    expect(decodeReply(encodeURIComponent(percentEncodeAll(replyCode)))).toEqual({ ok: true, card: REPLY });
  });

  it('applies the length limit to the input as received, before URI decoding', () => {
    // Escaping every character of a 351-character card twice makes it 5 × longer.
    const code = encodeCard(CARD_30_30_10);
    expect(decodeCard(encodeURIComponent(percentEncodeAll(code)))).toEqual({ ok: false, reason: 'too-long' });
  });

  it('does not decode a third layer of URI encoding', () => {
    const code = encodeCard(CARD_30_30_10);
    const thrice = encodeURIComponent(encodeURIComponent(percentEncodeAll(code)));
    expect(thrice.length).toBeLessThanOrEqual(MAX_CODE_LENGTH * 4);
    expect(decodeCard(thrice).ok).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------
// Mutations: never a different card
// ---------------------------------------------------------------------------------------

function mutationsOf(code: string): string[] {
  const out: string[] = [];
  const foreign = ['+', ' ', '=', '.', '%', '/', 'é', '\u0000', '\ud800'];
  for (let i = 0; i < code.length; i++) {
    out.push(code.slice(0, i)); // truncation
    out.push(code.slice(0, i) + code.slice(i + 1)); // deletion
    if (i + 1 < code.length) out.push(code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2)); // swap
    for (const c of ALPHABET + foreign.join('')) {
      if (c !== code[i]) out.push(code.slice(0, i) + c + code.slice(i + 1)); // substitution
    }
    for (const c of ['+', ' ', 'A', '_']) out.push(code.slice(0, i) + c + code.slice(i)); // insertion
  }
  for (const c of ALPHABET) out.push(code + c, c + code); // appended / prepended
  out.push(code + '=', code + '==', code + '===', code + 'AA', code + 'AAA', code + 'AAAA', code + '%3D', code + '%20');
  out.push(code.replace(/A/g, '+'), code.replace(/-/g, '+').replace(/\+/g, ' '), code.replace(/_/g, '/'));
  const bytes = base64UrlDecode(code) as Uint8Array;
  for (let b = 0; b < bytes.length; b++) {
    for (let bit = 0; bit < 8; bit++) {
      const flipped = Uint8Array.from(bytes);
      flipped[b]! ^= 1 << bit; // b is below bytes.length
      out.push(base64UrlEncode(flipped)); // bit flip
    }
  }
  return out;
}

describe('mutations of valid codes', () => {
  const cards = [CARD_30_30_10, ...fc.sample(cardArb, { numRuns: 4, seed: 20260301 })];
  const replies = [REPLY, ...fc.sample(replyArb, { numRuns: 4, seed: 20260301 })];

  it.each(cards.map((card, i) => [i, card] as const))('card #%i: fail or original, never another card', (_i, card) => {
    const code = encodeCard(card);
    for (const mutated of mutationsOf(code)) {
      const result = decodeCard(mutated);
      expectNoOtherCard(result, card);
      // In fact only mutations that leave the string unchanged (e.g. '+' → space on a
      // '+'-free code, swapping two equal characters) decode at all.
      if (result.ok) expect(mutated).toBe(code);
      expect(decodeReply(mutated).ok).toBe(false);
    }
  });

  it.each(replies.map((reply, i) => [i, reply] as const))(
    'reply #%i: fail or original, never another reply',
    (_i, reply) => {
      const code = encodeReply(reply);
      for (const mutated of mutationsOf(code)) {
        const result = decodeReply(mutated);
        expectNoOtherCard(result, reply);
        if (result.ok) expect(mutated).toBe(code);
        expect(decodeCard(mutated).ok).toBe(false);
      }
    },
  );
});

// ---------------------------------------------------------------------------------------
// Hostile input: never throws, and fast
// ---------------------------------------------------------------------------------------

describe('random input', () => {
  it('10,000+ random strings never throw and decode well under a millisecond each', () => {
    const base64Like = fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 0, maxLength: 600 });
    const nearValid = cardArb.chain((card) =>
      fc.nat().map((n) => {
        const code = encodeCard(card);
        const i = n % code.length;
        return code.slice(0, i) + ALPHABET[(ALPHABET.indexOf(code.charAt(i)) + 1 + (n % 63)) % 64] + code.slice(i + 1);
      }),
    );
    const inputs: unknown[] = [
      ...fc.sample(fc.string({ maxLength: 300 }), { numRuns: 2000, seed: 1 }),
      ...fc.sample(fc.string({ unit: 'binary', maxLength: 300 }), { numRuns: 2000, seed: 2 }),
      ...fc.sample(fc.string({ unit: 'grapheme', maxLength: 300 }), { numRuns: 2000, seed: 3 }),
      ...fc.sample(fc.string({ unit: fc.constantFrom('%', 'E', 'D', 'A', '0', '8', '2', '5'), maxLength: 60 }), {
        numRuns: 1000,
        seed: 4,
      }),
      ...fc.sample(base64Like, { numRuns: 3000, seed: 5 }),
      ...fc.sample(nearValid, { numRuns: 500, seed: 6 }),
      ...fc.sample(fc.anything(), { numRuns: 300, seed: 7 }),
      '\ud800',
      '\udfff\ud800',
      'x'.repeat(5_000_000),
    ];
    expect(inputs.length).toBeGreaterThanOrEqual(10_000);

    // Warm the JIT first so the figures describe steady state, as on a phone after the first card.
    for (let i = 0; i < 200; i++) decodeCard(inputs[i]);

    const timings: number[] = [];
    const thrown: unknown[] = [];
    const reasons = new Set<string>();
    for (const input of inputs) {
      for (const decode of [decodeCard, decodeReply]) {
        const start = performance.now();
        try {
          const result: DecodeResult<unknown> = decode(input);
          reasons.add(result.ok ? 'ok' : result.reason);
        } catch (error) {
          thrown.push(error);
        }
        timings.push(performance.now() - start);
      }
    }
    expect(thrown).toEqual([]);
    expect([...reasons].every((r) => ['ok', 'empty', 'too-long', 'version', 'checksum', 'format'].includes(r))).toBe(
      true,
    );
    const sorted = [...timings].sort((a, b) => a - b);
    const avg = timings.reduce((sum, t) => sum + t, 0) / timings.length;
    const p99 = sorted[Math.floor(sorted.length * 0.99)];
    const max = sorted[sorted.length - 1];
    console.log(
      `decode of ${timings.length} random inputs: avg ${avg.toFixed(4)} ms, p99 ${p99?.toFixed(4)} ms, max ${max?.toFixed(3)} ms; reasons: ${[...reasons].join(', ')}`,
    );
    expect(avg).toBeLessThan(0.2);
  });

  it('decoding a valid 30/30/10 card is fast too', () => {
    const code = encodeCard(CARD_30_30_10);
    const runs = 10_000;
    const start = performance.now();
    for (let i = 0; i < runs; i++) decodeCard(code);
    const avg = (performance.now() - start) / runs;
    console.log(`decode of a valid 30/30/10 card: avg ${avg.toFixed(4)} ms`);
    expect(avg).toBeLessThan(0.2);
  });
});

// ---------------------------------------------------------------------------------------
// Age
// ---------------------------------------------------------------------------------------

describe('cardTimeProblem', () => {
  it("a card made more than a day after the reading phone's time is invalid; clock skew within a day is not", () => {
    expect(cardTimeProblem(CARD_30_30_10, T0)).toBeNull();
    expect(cardTimeProblem(CARD_30_30_10, T0 - CARD_FUTURE_TOLERANCE_MS)).toBeNull();
    expect(cardTimeProblem(CARD_30_30_10, T0 - CARD_FUTURE_TOLERANCE_MS - 1)).toBe('made-in-the-future');
    // A crafted card "made" in 2099 with its deadline in 2099: valid bytes, invalid on any phone today.
    const crafted: CardData = {
      ...CARD_30_30_10,
      createdAt: Date.UTC(2099, 5, 9, 10),
      tasks: { idPhotos: 'todo', sms: 'counting', smsDeadline: Date.UTC(2099, 5, 10, 10) },
    };
    expect(decodeCard(encodeCard(crafted))).toEqual({ ok: true, card: crafted });
    expect(cardTimeProblem(crafted, T0)).toBe('made-in-the-future');
  });
});

describe('replyTo', () => {
  it("brings back the card's filing, round and issue time with the action and a whole-ms time", () => {
    expect(replyTo(CARD_30_30_10, 'sms-verified', T0 + 1.7)).toEqual({
      filingId: CARD_30_30_10.filingId,
      roundId: CARD_30_30_10.roundId,
      cardCreatedAt: T0,
      verifier: 'legal-representative',
      action: 'sms-verified',
      at: T0 + 1,
    });
  });
});

describe('cardAgeNote / isStale', () => {
  const card: CardData = { ...CARD_30_30_10, tasks: { idPhotos: 'todo', sms: 'waiting', smsDeadline: null } };

  it('is fresh for under 24 hours, older-than-a-day from exactly 24 hours', () => {
    expect(cardAgeNote(card, T0)).toBe('fresh');
    expect(cardAgeNote(card, T0 + 24 * HOUR - 1)).toBe('fresh');
    expect(cardAgeNote(card, T0 + 24 * HOUR)).toBe('older-than-a-day');
    expect(cardAgeNote(card, T0 + 30 * 24 * HOUR)).toBe('older-than-a-day');
  });

  it('treats a card from the future (clock skew) as fresh', () => {
    expect(cardAgeNote(card, T0 - 5 * HOUR)).toBe('fresh');
    expect(isStale(card, T0 - 5 * HOUR)).toBe(false);
  });

  it('is stale when a day old or when its running SMS countdown has ended', () => {
    expect(isStale(card, T0 + HOUR)).toBe(false);
    expect(isStale(card, T0 + 24 * HOUR)).toBe(true);
    const counting: CardData = { ...card, tasks: { idPhotos: 'todo', sms: 'counting', smsDeadline: T0 + 2 * HOUR } };
    expect(isStale(counting, T0 + 2 * HOUR - 1)).toBe(false);
    expect(isStale(counting, T0 + 2 * HOUR)).toBe(true);
    const expired: CardData = { ...card, tasks: { idPhotos: 'todo', sms: 'expired', smsDeadline: T0 - HOUR } };
    expect(isStale(expired, T0 + HOUR)).toBe(false);
  });
});
