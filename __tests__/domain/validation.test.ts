import fc from 'fast-check';
import { PROVINCES } from '@/domain/provinces';
import {
  CREDIT_CODE_ALPHABET,
  VALIDATION_REASONS,
  creditCodeCheckChar,
  foldFullWidth,
  idBirthDate,
  idRegionCode,
  registrationNumberCheckDigit,
  residentIdCheckChar,
  validateEmail,
  validateLicenseNumber,
  validateMobile,
  validateRegistrationNumber,
  validateResidentId,
  validateUnifiedSocialCreditCode,
  type ValidationResult,
} from '@/domain/validation';

// Independent re-derivations of the two check systems, straight from the standards' formulas
// (not from the module's tables), so the module is checked against something other than itself.
// GB 32100-2015: weight of position i (1-based) is 3^(i−1) mod 31; check = (31 − Σ mod 31) mod 31.
const GB32100_WEIGHTS = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k += 1) w = (w * 3) % 31;
  return w;
});
function gb32100Check(body17: string): string {
  const sum = GB32100_WEIGHTS.reduce((acc, w, i) => acc + CREDIT_CODE_ALPHABET.indexOf(body17.charAt(i)) * w, 0);
  return CREDIT_CODE_ALPHABET.charAt((31 - (sum % 31)) % 31);
}
// GB 11643-1999: weight of position i (1-based) is 2^(18−i) mod 11; Σ mod 11 indexes "10X98765432".
const GB11643_WEIGHTS = Array.from({ length: 17 }, (_, i) => 2 ** (17 - i) % 11);
function gb11643Check(body17: string): string {
  const sum = GB11643_WEIGHTS.reduce((acc, w, i) => acc + Number(body17.charAt(i)) * w, 0);
  return '10X98765432'.charAt(sum % 11);
}
const withIdCheck = (body17: string) => body17 + gb11643Check(body17);
const withCreditCheck = (body17: string) => body17 + gb32100Check(body17);

const ALL_VALIDATORS: Array<[string, (input: string) => ValidationResult]> = [
  ['validateUnifiedSocialCreditCode', validateUnifiedSocialCreditCode],
  ['validateRegistrationNumber', validateRegistrationNumber],
  ['validateResidentId', (input) => validateResidentId(input)],
  ['validateMobile', validateMobile],
  ['validateEmail', validateEmail],
  ['validateLicenseNumber', validateLicenseNumber],
];

describe('check-character formulas', () => {
  test('the independent derivations reproduce the weights the standards print', () => {
    expect(GB32100_WEIGHTS).toEqual([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]);
    expect(GB11643_WEIGHTS).toEqual([7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]);
  });

  test('module check functions agree with the independent ones', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...CREDIT_CODE_ALPHABET), minLength: 17, maxLength: 17 }),
        (body) => {
          expect(creditCodeCheckChar(body)).toBe(gb32100Check(body));
        },
      ),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}$/), (body) => {
        expect(residentIdCheckChar(body)).toBe(gb11643Check(body));
      }),
    );
  });

  test('check functions return undefined for malformed bodies', () => {
    expect(creditCodeCheckChar('9111000060003734')).toBeUndefined();
    expect(creditCodeCheckChar('9111000060003734I')).toBeUndefined();
    expect(residentIdCheckChar('3604261991010100')).toBeUndefined();
    expect(residentIdCheckChar('3604261991010100A')).toBeUndefined();
    expect(registrationNumberCheckDigit('1101080000000')).toBeUndefined();
    expect(registrationNumberCheckDigit('11010800000001A')).toBeUndefined();
  });
});

describe('validateUnifiedSocialCreditCode', () => {
  // Valid numbers copied from python-stdnum tests/test_cn_uscc.doctest ("found online and should
  // all be valid numbers") and the stdnum/cn/uscc.py docstring.
  test.each([
    '91110000600037341L',
    '121200004013590816',
    '91152201078371135X',
    '9115220107837757XE',
    '91310115MA1K3BTP2B',
    '9144030071526726XG',
    '91440300568520498A',
    '91620105L015101280',
    '91340600MA2PBM9HXD',
    '92340602MA2PBMEM24',
    '92340621MA2UK3PJXE',
  ])('stdnum valid %s', (code) => {
    expect(validateUnifiedSocialCreditCode(code)).toEqual({ status: 'valid', normalized: code });
  });

  test('normalises whitespace and case (stdnum doctest: "91 110000 600037341L")', () => {
    expect(validateUnifiedSocialCreditCode('  91 110000 600037341L ')).toEqual({
      status: 'valid',
      normalized: '91110000600037341L',
    });
    expect(validateUnifiedSocialCreditCode('91310115ma1k3btp2b').normalized).toBe('91310115MA1K3BTP2B');
    expect(validateUnifiedSocialCreditCode('91310115ma1k3btp2b').status).toBe('valid');
    // Full-width characters typed through a Chinese IME.
    expect(validateUnifiedSocialCreditCode('９１１１００００６０００３７３４１Ｌ').status).toBe('valid');
  });

  test.each<[string, ValidationResult['status'], string]>([
    // stdnum: InvalidLength.
    ['12345', 'invalid', 'length'],
    // stdnum: InvalidFormat (I, O, Z, S, V are not in the alphabet).
    ['9111000060003IOZSV', 'invalid', 'charset'],
    // stdnum: InvalidChecksum. A checksum miss is only a warning here: early pilot codes exist.
    ['91110000600037341N', 'warning', 'checksum'],
    // stdnum rejects a letter in position 1 as InvalidFormat, but A is a GB 32100 registration
    // authority (中央军委改革和编制办公室), so the only fault left is the check character.
    ['A1110000600037341L', 'warning', 'checksum'],
    ['911100006000373411L', 'invalid', 'length'],
    ['9111000060003734-L', 'invalid', 'charset'],
    ['', 'invalid', 'empty'],
    ['   ', 'invalid', 'empty'],
  ])('%s → %s (%s)', (code, status, reason) => {
    expect(validateUnifiedSocialCreditCode(code)).toMatchObject({ status, reason });
  });

  test('a non-digit region part (characters 3–8) is invalid', () => {
    expect(validateUnifiedSocialCreditCode(withCreditCheck('91A10000600037341'))).toMatchObject({
      status: 'invalid',
      reason: 'region',
    });
  });

  test('unknown registration authority or province prefix only warns', () => {
    // 'B' is in the alphabet but not in GB 32100 table 1.
    expect(validateUnifiedSocialCreditCode(withCreditCheck('B1110000600037341'))).toMatchObject({
      status: 'warning',
      reason: 'authority',
    });
    // 99 is no GB/T 2260 province.
    expect(validateUnifiedSocialCreditCode(withCreditCheck('91990000600037341'))).toMatchObject({
      status: 'warning',
      reason: 'region',
    });
    // Central-level registrations use region 100000.
    expect(validateUnifiedSocialCreditCode(withCreditCheck('12100000400000001')).status).toBe('valid');
  });
});

describe('validateRegistrationNumber', () => {
  // 110108000000016 is the GS 15-2006 example reproduced by many open-source validators;
  // the others are 15-digit numbers published with such validators as known-good data.
  test.each([
    '110108000000016',
    '140000100028286',
    '310117003171688',
    '330282602082220',
    '440301104041144',
    '320483000067847',
    '320300000174110',
  ])('valid %s', (number) => {
    expect(validateRegistrationNumber(number)).toEqual({ status: 'valid', normalized: number });
  });

  test.each<[string, ValidationResult['status'], string]>([
    ['320483000067848', 'warning', 'checksum'],
    ['32048300006784', 'invalid', 'length'],
    ['3204830000678481', 'invalid', 'length'],
    // Some pre-GS 15 numbers carry letters; the contract keeps 15 digits only.
    ['14082500A000118', 'invalid', 'charset'],
    ['', 'invalid', 'empty'],
  ])('%s → %s (%s)', (number, status, reason) => {
    expect(validateRegistrationNumber(number)).toMatchObject({ status, reason });
  });

  test('removes inner whitespace', () => {
    expect(validateRegistrationNumber(' 110108 000000016 ')).toEqual({
      status: 'valid',
      normalized: '110108000000016',
    });
  });

  test('every single-digit substitution is caught (ISO 7064 MOD 11,10 property)', () => {
    const number = '110108000000016';
    for (let i = 0; i < 15; i += 1) {
      for (const digit of '0123456789') {
        if (digit === number[i]) continue;
        const changed = number.slice(0, i) + digit + number.slice(i + 1);
        expect(validateRegistrationNumber(changed).status).toBe('warning');
      }
    }
  });

  test('documented limit: MOD 11,10 misses some adjacent transpositions', () => {
    // 370125200024527 → swap digits 12/13 → 370125200025427 still passes the check digit.
    expect(validateRegistrationNumber('370125200024527').status).toBe('valid');
    expect(validateRegistrationNumber('370125200025427').status).toBe('valid');
  });
});

describe('validateLicenseNumber', () => {
  test('routes 15 digits to the registration-number rules and the rest to the credit code', () => {
    expect(validateLicenseNumber('110108000000016')).toEqual({ status: 'valid', normalized: '110108000000016' });
    expect(validateLicenseNumber('320483000067848')).toMatchObject({ status: 'warning', reason: 'checksum' });
    expect(validateLicenseNumber('91110000600037341l')).toEqual({
      status: 'valid',
      normalized: '91110000600037341L',
    });
    expect(validateLicenseNumber('1234')).toMatchObject({ status: 'invalid', reason: 'length' });
  });
});

describe('validateResidentId', () => {
  // From python-stdnum tests/test_cn_ric.doctest and the stdnum/cn/ric.py docstring, plus the
  // GB 11643-1999 standard's own example 11010519491231002X.
  test.each([
    ['360426199101010071', '360426199101010071'],
    ['44011320141005001x', '44011320141005001X'],
    ['412723199010050012', '412723199010050012'],
    ['110102199101010078', '110102199101010078'],
    ['120110198012010073', '120110198012010073'],
    ['120110199212010072', '120110199212010072'],
    ['11010519491231002X', '11010519491231002X'],
  ])('valid %s', (id, normalized) => {
    expect(validateResidentId(id)).toEqual({ status: 'valid', normalized });
  });

  test.each<[string, string]>([
    // stdnum: InvalidFormat.
    ['T60426199101010078', 'charset'],
    // stdnum: InvalidComponent (month 13).
    ['360426199113010079', 'birth-date'],
    // stdnum: InvalidChecksum.
    ['36042619910102009X', 'checksum'],
    // stdnum: unknown birth place code 99.
    ['990426199112010074', 'region'],
    ['3604261991010100', 'length'],
    ['3604261991010100711', 'length'],
    ['3604261991010X0071', 'charset'],
    ['', 'empty'],
  ])('%s is invalid (%s)', (id, reason) => {
    expect(validateResidentId(id)).toMatchObject({ status: 'invalid', reason });
  });

  test('birth date must be a real date in 1900-01-01..2100-12-31', () => {
    expect(validateResidentId(withIdCheck('44030120230230123'))).toMatchObject({ reason: 'birth-date' });
    expect(validateResidentId(withIdCheck('44030119000229123'))).toMatchObject({ reason: 'birth-date' });
    expect(validateResidentId(withIdCheck('44030120000229123')).status).toBe('valid');
    expect(validateResidentId(withIdCheck('44030118991231123'))).toMatchObject({ reason: 'birth-date' });
    expect(validateResidentId(withIdCheck('44030119000101123')).status).toBe('valid');
    expect(validateResidentId(withIdCheck('44030121001231123')).status).toBe('valid');
    expect(validateResidentId(withIdCheck('44030121010101123'))).toMatchObject({ reason: 'birth-date' });
  });

  test('with today, a birth date after today is future-birth-date', () => {
    const id = '44011320141005001X';
    expect(validateResidentId(id, '2014-10-04')).toMatchObject({
      status: 'invalid',
      reason: 'future-birth-date',
    });
    expect(validateResidentId(id, '2014-10-05').status).toBe('valid');
    expect(validateResidentId(id, '2026-01-01').status).toBe('valid');
    // A malformed today is ignored rather than trusted.
    expect(validateResidentId(id, '2014-13-01').status).toBe('valid');
    expect(validateResidentId(id, 'yesterday').status).toBe('valid');
  });

  test('region: provinces and 71/81/82/83 are accepted, others are not', () => {
    for (const prefix of [...PROVINCES.map((p) => p.code), '71', '81', '82', '83']) {
      expect(validateResidentId(withIdCheck(`${prefix}000019900101123`)).status).toBe('valid');
    }
    for (const prefix of ['00', '10', '16', '20', '47', '55', '66', '70', '80', '84', '90', '99']) {
      expect(validateResidentId(withIdCheck(`${prefix}000019900101123`))).toMatchObject({
        status: 'invalid',
        reason: 'region',
      });
    }
  });

  test('normalises spaces, lowercase x and full-width digits', () => {
    expect(validateResidentId(' 440113 20141005 001x ')).toEqual({
      status: 'valid',
      normalized: '44011320141005001X',
    });
    expect(validateResidentId('４４０１１３２０１４１００５００１ｘ').normalized).toBe('44011320141005001X');
  });
});

describe('idBirthDate and idRegionCode', () => {
  test('extract the birth date (stdnum get_birth_date examples)', () => {
    expect(idBirthDate('360426199101010071')).toBe('1991-01-01');
    expect(idBirthDate('44011320141005001x')).toBe('2014-10-05');
    expect(idBirthDate('360426199113010079')).toBeUndefined();
    expect(idBirthDate('3604')).toBeUndefined();
    expect(idBirthDate(undefined as unknown as string)).toBeUndefined();
  });

  test('extract the province code', () => {
    expect(idRegionCode('44011320141005001x')).toBe('44');
    expect(idRegionCode(' 36 0426199101010071')).toBe('36');
    expect(idRegionCode('T60426199101010078')).toBeUndefined();
    expect(idRegionCode('')).toBeUndefined();
    expect(idRegionCode(42 as unknown as string)).toBeUndefined();
  });
});

describe('validateMobile', () => {
  test.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['+86-13812345678', '13812345678'],
    ['0086 13812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
    ['19912345678', '19912345678'],
    ['16612345678', '16612345678'],
  ])('valid %s → %s', (input, normalized) => {
    expect(validateMobile(input)).toEqual({ status: 'valid', normalized });
  });

  test.each<[string, string]>([
    ['', 'empty'],
    ['12812345678', 'format'],
    ['10012345678', 'format'],
    ['1381234567', 'length'],
    ['138123456789', 'length'],
    ['138abc45678', 'charset'],
    ['+1 4155550100', 'charset'],
    ['86138123456789', 'length'],
    // 86 + 11 digits is read as a prefixed number, and 12… is not a mobile range.
    ['8612345678901', 'format'],
  ])('%s is invalid (%s)', (input, reason) => {
    expect(validateMobile(input)).toMatchObject({ status: 'invalid', reason });
  });
});

describe('validateEmail', () => {
  test.each([
    ['admin@example.com', 'admin@example.com'],
    ['  Admin.Name+tag@Example.COM ', 'Admin.Name+tag@example.com'],
    ['a_b-c@mail.example.com.cn', 'a_b-c@mail.example.com.cn'],
    ['user@例子.中国', 'user@例子.中国'],
    ['12345@qq.com', '12345@qq.com'],
  ])('valid %s', (input, normalized) => {
    expect(validateEmail(input)).toEqual({ status: 'valid', normalized });
  });

  test.each<[string, string]>([
    ['', 'empty'],
    ['admin', 'format'],
    ['a@b', 'format'],
    ['a@@b.com', 'format'],
    ['a@b@c.com', 'format'],
    ['a b@c.com', 'format'],
    ['@b.com', 'format'],
    ['a@.com', 'format'],
    ['a@b..com', 'format'],
    ['a@b.com.', 'format'],
    ['a@-b.com', 'format'],
    ['a@b-.com', 'format'],
    ['a@b.123', 'format'],
    ['.a@b.com', 'format'],
    ['a..b@c.com', 'format'],
    ['a"b@c.com', 'format'],
    [`${'a'.repeat(65)}@b.com`, 'format'],
    [`${'a'.repeat(60)}@${'b'.repeat(190)}.com`, 'length'],
  ])('%s is invalid (%s)', (input, reason) => {
    expect(validateEmail(input)).toMatchObject({ status: 'invalid', reason });
  });

  test('254 characters is still accepted', () => {
    const email = `${'a'.repeat(60)}@${'b'.repeat(189)}.com`;
    expect(email).toHaveLength(254);
    expect(validateEmail(email).status).toBe('valid');
  });
});

describe('totality', () => {
  test.each(ALL_VALIDATORS)('%s treats non-strings as empty', (_name, validate) => {
    for (const value of [null, undefined, 0, 42, {}, [], true, Symbol('x'), () => '1']) {
      expect(validate(value as unknown as string)).toEqual({
        status: 'invalid',
        normalized: '',
        reason: 'empty',
      });
    }
  });

  test.each(ALL_VALIDATORS)('%s never throws and returns a well-formed result', (_name, validate) => {
    const anyText = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: fc.constantFrom(...'0123456789xX +-@.１８ｘ\u3000\t'), maxLength: 24 }),
    );
    fc.assert(
      fc.property(fc.oneof(anyText, fc.anything()), (input) => {
        const result = validate(input as string);
        expect(['valid', 'warning', 'invalid']).toContain(result.status);
        expect(typeof result.normalized).toBe('string');
        if (result.status === 'valid') expect(result.reason).toBeUndefined();
        else expect(VALIDATION_REASONS).toContain(result.reason);
      }),
      { numRuns: 300 },
    );
  });

  test('validateResidentId never throws whatever today is', () => {
    fc.assert(
      fc.property(fc.string(), fc.anything(), (id, today) => {
        expect(() => validateResidentId(id, today as string)).not.toThrow();
      }),
    );
  });

  test('foldFullWidth maps full-width ASCII and leaves other text alone', () => {
    expect(foldFullWidth('ＡＢＣ１２３－＠　中')).toBe('ABC123-@ 中');
    expect(foldFullWidth(null as unknown as string)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// Error detection. Both check systems are linear: Σ wᵢ·aᵢ + a₁₈ ≡ const (mod p), with p = 31
// (GB 32100) or p = 11 (GB 11643), p prime, every weight non-zero mod p, and the check weight 1.
// - A substitution at position i changes the sum by wᵢ·(b − a); 0 < |b − a| < p, so it is
//   never ≡ 0: every single substitution is detected.
// - An adjacent transposition at i, i+1 changes it by (wᵢ − wᵢ₊₁)·(aᵢ₊₁ − aᵢ). GB 32100 has
//   wᵢ₊₁ = 3wᵢ so wᵢ − wᵢ₊₁ = −2wᵢ ≢ 0, and w₁₇ − 1 = 27; GB 11643 has wᵢ = 2wᵢ₊₁ so the
//   difference is wᵢ₊₁ ≢ 0, and w₁₇ − 1 = 1. So every adjacent transposition is detected too.
// The first two tests prove those facts exhaustively; the fast-check ones exercise the validators.
// ---------------------------------------------------------------------------------------------

describe('error detection: exhaustive algebra', () => {
  const cases: Array<[string, number, number[], number]> = [
    // [standard, modulus, weights including the check character's weight 1, character values]
    ['GB 32100', 31, [...GB32100_WEIGHTS, 1], 31],
    ['GB 11643', 11, [...GB11643_WEIGHTS, 1], 11],
  ];

  test.each(cases)('%s: no substitution leaves the weighted sum unchanged', (_std, p, weights, values) => {
    const undetected: string[] = [];
    weights.forEach((w, i) => {
      for (let a = 0; a < values; a += 1) {
        for (let b = 0; b < values; b += 1) {
          if (a !== b && (((w * (b - a)) % p) + p) % p === 0) undetected.push(`pos ${i + 1}: ${a}→${b}`);
        }
      }
    });
    expect(undetected).toEqual([]);
  });

  test.each(cases)('%s: no adjacent transposition leaves the weighted sum unchanged', (_std, p, weights, values) => {
    const undetected: string[] = [];
    for (let i = 0; i + 1 < weights.length; i += 1) {
      for (let a = 0; a < values; a += 1) {
        for (let b = 0; b < values; b += 1) {
          const delta = (weights[i]! - weights[i + 1]!) * (b - a); // i + 1 < weights.length
          if (a !== b && ((delta % p) + p) % p === 0) undetected.push(`pos ${i + 1}/${i + 2}: ${a}${b}`);
        }
      }
    }
    expect(undetected).toEqual([]);
  });
});

/** A valid credit code: known authority, known province prefix, any organisation part. */
const creditCodeArb = fc
  .tuple(
    fc.constantFrom(...'123456789ANY'),
    fc.constantFrom(...CREDIT_CODE_ALPHABET),
    fc.constantFrom('10', ...PROVINCES.map((p) => p.code)),
    fc.stringMatching(/^\d{4}$/),
    fc.string({ unit: fc.constantFrom(...CREDIT_CODE_ALPHABET), minLength: 9, maxLength: 9 }),
  )
  .map(([authority, kind, province, district, organisation]) =>
    withCreditCheck(authority + kind + province + district + organisation),
  );

/** A valid resident ID: known region, real birth date 1900..2025, any sequence number. */
const residentIdArb = fc
  .tuple(
    fc.constantFrom('71', '81', '82', '83', ...PROVINCES.map((p) => p.code)),
    fc.stringMatching(/^\d{4}$/),
    fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2025, 11, 31) }),
    fc.stringMatching(/^\d{3}$/),
  )
  .map(([province, district, birthMs, sequence]) => {
    // UTC ISO date of a UTC instant: independent of the test machine's time zone.
    const birth = new Date(birthMs).toISOString().slice(0, 10).replace(/-/g, '');
    return withIdCheck(province + district + birth + sequence);
  });

/** Every string that differs from `code` in exactly one position, using `alphabetAt(i)`. */
function substitutions(code: string, alphabetAt: (i: number) => string): string[] {
  const out: string[] = [];
  for (let i = 0; i < code.length; i += 1) {
    for (const ch of alphabetAt(i)) {
      if (ch !== code[i]) out.push(code.slice(0, i) + ch + code.slice(i + 1));
    }
  }
  return out;
}

/** Every string obtained by swapping two adjacent, different characters of `code`. */
function adjacentTranspositions(code: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < code.length; i += 1) {
    if (code[i] !== code[i + 1]) out.push(code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2));
  }
  return out;
}

describe('error detection: validators', () => {
  test('generated credit codes are valid', () => {
    fc.assert(
      fc.property(creditCodeArb, (code) => {
        expect(validateUnifiedSocialCreditCode(code)).toEqual({ status: 'valid', normalized: code });
      }),
    );
  });

  test('every single substitution of a valid credit code is caught', () => {
    fc.assert(
      fc.property(creditCodeArb, (code) => {
        const escaped = substitutions(code, () => CREDIT_CODE_ALPHABET).filter(
          (changed) => validateUnifiedSocialCreditCode(changed).status === 'valid',
        );
        expect(escaped).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  test('every adjacent transposition of a valid credit code is caught', () => {
    fc.assert(
      fc.property(creditCodeArb, (code) => {
        const escaped = adjacentTranspositions(code).filter(
          (changed) => validateUnifiedSocialCreditCode(changed).status === 'valid',
        );
        expect(escaped).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  test('generated resident IDs are valid', () => {
    fc.assert(
      fc.property(residentIdArb, (id) => {
        expect(validateResidentId(id)).toEqual({ status: 'valid', normalized: id });
      }),
    );
  });

  test('every single substitution of a valid resident ID is invalid', () => {
    fc.assert(
      fc.property(residentIdArb, (id) => {
        const escaped = substitutions(id, () => '0123456789X').filter(
          (changed) => validateResidentId(changed).status !== 'invalid',
        );
        expect(escaped).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test('every adjacent transposition of a valid resident ID is invalid', () => {
    fc.assert(
      fc.property(residentIdArb, (id) => {
        const escaped = adjacentTranspositions(id).filter(
          (changed) => validateResidentId(changed).status !== 'invalid',
        );
        expect(escaped).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
