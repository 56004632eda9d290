import fc from 'fast-check';
import {
  MAX_CODE_LENGTH,
  base64UrlDecode,
  base64UrlEncode,
  crc32,
  openFrame,
  payloadOf,
  pushText,
  pushVarint,
  seal,
  truncateUtf8,
  utf8ByteLength,
  utf8Decode,
  utf8Encode,
} from '@/domain/share-bytes';

// ---------------------------------------------------------------------------------------
// UTF-8, base64url, CRC-32
// ---------------------------------------------------------------------------------------

describe('utf8Encode / utf8Decode', () => {
  it('agrees with Node for every well-formed string and round-trips', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const bytes = utf8Encode(s) as Uint8Array;
        expect(Array.from(bytes)).toEqual(Array.from(Buffer.from(s, 'utf8')));
        expect(utf8Decode(bytes)).toBe(s);
        expect(utf8ByteLength(s)).toBe(bytes.length);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts exactly the byte sequences a fatal TextDecoder accepts', () => {
    const oracle = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (bytes) => {
        let expected: string | null;
        try {
          expected = oracle.decode(bytes);
        } catch {
          expected = null;
        }
        // TextDecoder strips a leading BOM; our decoder keeps text byte-exact.
        if (expected !== null && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
          expected = '\ufeff' + expected;
        expect(utf8Decode(bytes)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['overlong NUL', [0xc0, 0x80]],
    ['overlong slash', [0xe0, 0x80, 0xaf]],
    ['encoded surrogate', [0xed, 0xa0, 0x80]],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['truncated sequence', [0xe4, 0xb8]],
    ['lone continuation', [0x80]],
    ['invalid lead', [0xff]],
  ])('rejects %s', (_name, bytes) => {
    expect(utf8Decode(Uint8Array.from(bytes))).toBeNull();
  });

  it('refuses lone surrogates when encoding', () => {
    expect(utf8Encode('a\ud800')).toBeNull();
    expect(utf8Encode('\udc00b')).toBeNull();
    expect(utf8ByteLength('\ud83d')).toBe(-1);
  });
});

describe('truncateUtf8', () => {
  it('cuts on code point boundaries within the byte budget', () => {
    expect(truncateUtf8('腾讯科技', 7)).toBe('腾讯');
    expect(truncateUtf8('a😀b', 4)).toBe('a');
    expect(truncateUtf8('a😀b', 5)).toBe('a😀');
    expect(truncateUtf8('abc', 0)).toBe('');
    expect(truncateUtf8('a\ud800b', 10)).toBe('ab');
  });
});

describe('base64UrlEncode / base64UrlDecode', () => {
  it('agrees with Node base64url and round-trips', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const text = base64UrlEncode(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(Array.from(base64UrlDecode(text) as Uint8Array)).toEqual(Array.from(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('rejects padding, foreign characters, impossible lengths and non-zero trailing bits', () => {
    expect(base64UrlDecode('QQ==')).toBeNull();
    expect(base64UrlDecode('QQ')).toEqual(Uint8Array.from([0x41]));
    expect(base64UrlDecode('QR')).toBeNull(); // same byte, dirty trailing bits
    expect(base64UrlDecode('Q')).toBeNull();
    expect(base64UrlDecode('a+b/')).toBeNull();
    expect(base64UrlDecode('ab c')).toBeNull();
    expect(base64UrlDecode('abé')).toBeNull();
  });
});

describe('crc32', () => {
  it('matches the IEEE check value', () => {
    expect(crc32(Uint8Array.from('123456789', (c) => c.charCodeAt(0)))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------
// Varints and frames
// ---------------------------------------------------------------------------------------

describe('varints, text and frames', () => {
  it('round-trips canonical varints up to 2^49 and text, and checks tag and CRC', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 49 - 1 }), fc.string({ maxLength: 20 }), (value, text) => {
        fc.pre(utf8ByteLength(text) >= 0);
        const out: number[] = [0x7f];
        pushVarint(out, value);
        pushText(out, text);
        const code = seal(out);
        const frame = openFrame(code, 0x7f);
        expect(frame.ok).toBe(true);
        if (!frame.ok) return;
        const reader = payloadOf(frame.bytes);
        expect(reader.varint()).toBe(value);
        expect(reader.text(200)).toBe(text);
        expect(reader.atEnd()).toBe(true);
        expect(openFrame(code, 0x7e)).toEqual({ ok: false, reason: 'version' });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses an overlong varint and text longer than allowed', () => {
    const overlong = payloadOf(Uint8Array.from([0x7f, 0x81, 0x00, 0, 0, 0, 0]));
    expect(overlong.varint()).toBeNull();
    const out: number[] = [0x7f];
    pushText(out, 'abcdef');
    const frame = openFrame(seal(out), 0x7f);
    expect(frame.ok && payloadOf(frame.bytes).text(5)).toBeNull();
  });

  it("checks the raw input's length before any other work", () => {
    expect(openFrame('A'.repeat(MAX_CODE_LENGTH + 1), 0x12)).toEqual({ ok: false, reason: 'too-long' });
    expect(openFrame('', 0x12)).toEqual({ ok: false, reason: 'empty' });
    expect(openFrame(42, 0x12)).toEqual({ ok: false, reason: 'format' });
  });
});
