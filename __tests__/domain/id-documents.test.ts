import fc from 'fast-check';
import { ID_DOCUMENT_TYPES, type IdDocumentType } from '@/domain/filing';
import { validateIdDocument } from '@/domain/id-documents';
import { residentIdCheckChar } from '@/domain/validation';

const TODAY = '2026-03-15';
const withCheck = (body17: string) => body17 + residentIdCheckChar(body17);

/** One valid and several refused numbers per document type (sources in src/domain/id-documents.ts). */
const CASES: Record<IdDocumentType, { valid: string[]; invalid: Array<[string, string]>; warning?: string[] }> = {
  'resident-id': {
    valid: ['330106198505050027', '11010519750505005x'],
    invalid: [
      ['330106198505050028', 'checksum'],
      ['33010619850505002', 'length'],
    ],
  },
  'hk-macau-residence-permit': {
    valid: [withCheck('81000019900101001'), withCheck('82000019900101001')],
    invalid: [
      [withCheck('83000019850303002'), 'region'],
      ['330106198505050027', 'region'],
      ['810000199001010010', 'checksum'],
    ],
  },
  'taiwan-residence-permit': {
    valid: [withCheck('83000019850303002')],
    invalid: [[withCheck('81000019900101001'), 'region']],
  },
  'hk-macau-travel-permit': {
    // The card prints 9 characters; the full number carries two more digits counting renewals.
    valid: ['H12345678', 'M12345678', 'h1234567801', ' H 1234 5678 '],
    invalid: [
      ['K12345678', 'format'],
      ['H1234567X', 'charset'],
      ['H1234567', 'length'],
      ['H123456789', 'length'],
    ],
  },
  'taiwan-travel-permit': {
    valid: ['12345678', '１２３４５６７８'],
    invalid: [
      ['1234567', 'length'],
      ['1234567801', 'length'],
      ['T1234567', 'charset'],
    ],
  },
  'foreign-permanent-residence': {
    valid: ['USA110080101001', withCheck('91100019800101001')],
    invalid: [
      [withCheck('11010519800101001'), 'format'],
      ['911000198001010010', 'checksum'],
      ['USA1100801010', 'length'],
      ['US-110080101001', 'charset'],
    ],
  },
  passport: {
    valid: ['E12345678', 'G1234567', 'C0123456789AB'],
    invalid: [],
    // Passports follow no single format: unusual numbers warn and never block.
    warning: ['AB-12', '123', 'Ω12345'],
  },
};

describe('validateIdDocument, per document type', () => {
  test('every document type has cases', () => {
    expect(Object.keys(CASES).sort()).toEqual([...ID_DOCUMENT_TYPES].sort());
  });

  describe.each(Object.entries(CASES))('%s', (type, { valid, invalid, warning = [] }) => {
    test.each(valid)('%s is valid', (number) => {
      expect(validateIdDocument(type as IdDocumentType, number, TODAY).status).toBe('valid');
    });
    if (invalid.length > 0) {
      test.each(invalid)('%s is invalid (%s)', (number, reason) => {
        expect(validateIdDocument(type as IdDocumentType, number, TODAY)).toMatchObject({ status: 'invalid', reason });
      });
    }
    if (warning.length > 0) {
      test.each(warning)('%s only warns', (number) => {
        expect(validateIdDocument(type as IdDocumentType, number, TODAY).status).toBe('warning');
      });
    }
    test('empty is invalid, whatever the type', () => {
      expect(validateIdDocument(type as IdDocumentType, '  ', TODAY)).toMatchObject({
        status: 'invalid',
        reason: 'empty',
      });
    });
  });

  test('normalized numbers have no whitespace and upper-case letters', () => {
    expect(validateIdDocument('hk-macau-travel-permit', ' h 1234 5678 ').normalized).toBe('H12345678');
    expect(validateIdDocument('passport', 'e 1234 5678').normalized).toBe('E12345678');
  });

  test('property: a passport never blocks, and nothing throws for any input of any type', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ID_DOCUMENT_TYPES), fc.string(), (type, input) => {
        const result = validateIdDocument(type, input, TODAY);
        expect(['valid', 'warning', 'invalid']).toContain(result.status);
        if (type === 'passport' && input.trim() !== '') expect(result.status).not.toBe('invalid');
      }),
    );
  });
});
