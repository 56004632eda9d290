/**
 * The WeChat storage fake refuses what WeChat refuses (1 MB per key, 10 MB in all) the way
 * WeChat does: Sync throws, async fails / rejects, and a refused write changes nothing.
 */
import {
  KEY_LIMIT_BYTES,
  LIMIT_SIZE_KB,
  STORAGE_FAIL,
  TOTAL_LIMIT_BYTES,
  createWxStorage,
  storedBytes,
  wxRawStorage,
} from '../support/wx-fake/storage';

const immediate = (fn: () => void) => fn();

test('the limits are the documented 1 MB per key and 10 MB in all', () => {
  expect(KEY_LIMIT_BYTES).toBe(1_048_576);
  expect(TOTAL_LIMIT_BYTES).toBe(10_485_760);
  expect(LIMIT_SIZE_KB).toBe(10_240);
});

test('size counts the key and the JSON of the value in UTF-8 (quotes, escapes, CJK at 3 bytes)', () => {
  expect(storedBytes('k', 'ab')).toBe(1 + 4);
  expect(storedBytes('k', '备案')).toBe(1 + 2 + 6);
  expect(storedBytes('k', 'a"b')).toBe(1 + 6);
  expect(storedBytes('k', { a: 1 })).toBe(1 + 7);
});

test('a key over 1 MB is refused by setStorageSync with a throw, and nothing changes', () => {
  const fake = createWxStorage();
  fake.api.setStorageSync('big', 'old');
  const tooBig = 'x'.repeat(KEY_LIMIT_BYTES);
  expect(() => fake.api.setStorageSync('big', tooBig)).toThrow(`setStorageSync:fail ${STORAGE_FAIL.key}`);
  expect(fake.api.getStorageSync('big')).toBe('old');
  // Just under the limit is fine.
  const fits = 'x'.repeat(KEY_LIMIT_BYTES - storedBytes('big', ''));
  fake.api.setStorageSync('big', fits);
  expect(fake.sizeOf('big')).toBe(KEY_LIMIT_BYTES);
});

test('writes past 10 MB in all are refused; replacing a key counts only the difference', () => {
  const fake = createWxStorage();
  const chunk = 'y'.repeat(1_000_000);
  for (let i = 0; i < 10; i += 1) fake.api.setStorageSync(`k${i}`, chunk);
  expect(() => fake.api.setStorageSync('k10', chunk)).toThrow(`setStorageSync:fail ${STORAGE_FAIL.total}`);
  expect(fake.data.has('k10')).toBe(false);
  // Replacing an existing key with a value of the same size still fits.
  fake.api.setStorageSync('k3', chunk.replace(/^y/, 'z'));
  expect(fake.api.getStorageInfoSync()).toEqual({
    keys: expect.arrayContaining(['k0', 'k9']),
    currentSize: Math.ceil(fake.usedBytes() / 1024),
    limitSize: 10_240,
  });
});

test('async forms report refusals through fail/complete, or a rejected Promise', async () => {
  const fake = createWxStorage({ limits: { keyBytes: 10 }, defer: immediate });
  const seen: string[] = [];
  fake.api.setStorage({
    key: 'k',
    data: 'far too long',
    success: () => seen.push('success'),
    fail: (e) => seen.push(e.errMsg),
    complete: () => seen.push('complete'),
  });
  expect(seen).toEqual([`setStorage:fail ${STORAGE_FAIL.key}`, 'complete']);
  await expect(fake.api.setStorage({ key: 'k', data: 'far too long' })).rejects.toEqual({
    errMsg: `setStorage:fail ${STORAGE_FAIL.key}`,
  });
  await expect(fake.api.setStorage({ key: 'k', data: 'ok' })).resolves.toEqual({ errMsg: 'setStorage:ok' });
  await expect(fake.api.getStorage({ key: 'missing' })).rejects.toEqual({
    errMsg: `getStorage:fail ${STORAGE_FAIL.notFound}`,
  });
  await expect(fake.api.getStorage({ key: 'k' })).resolves.toEqual({ errMsg: 'getStorage:ok', data: 'ok' });
});

test("a missing key reads as '' and the RawStorage adapter maps it to null", () => {
  const fake = createWxStorage();
  expect(fake.api.getStorageSync('nothing')).toBe('');
  const raw = wxRawStorage(fake);
  expect(raw.get('nothing')).toBeNull();
  raw.set('a', 'text');
  expect(raw.get('a')).toBe('text');
  expect(raw.keys()).toEqual(['a']);
  expect(raw.info()).toEqual({ usedKB: 1, limitKB: 10_240 });
  raw.remove('a');
  expect(raw.keys()).toEqual([]);
});

test('values are copied in and out, as WeChat persists them', () => {
  const fake = createWxStorage();
  const value = { list: [1] };
  fake.api.setStorageSync('o', value);
  value.list.push(2);
  const read = fake.api.getStorageSync('o') as { list: number[] };
  expect(read).toEqual({ list: [1] });
  read.list.push(3);
  expect(fake.api.getStorageSync('o')).toEqual({ list: [1] });
});

test('injected faults fail reads and writes the WeChat way; a shared Map survives a "relaunch"', () => {
  const data = new Map<string, unknown>();
  const broken = createWxStorage({
    data,
    inject: { write: (key) => (key === 'bad' ? 'write DB data fail' : null), read: () => null },
  });
  broken.api.setStorageSync('good', 1);
  expect(() => broken.api.setStorageSync('bad', 1)).toThrow('setStorageSync:fail write DB data fail');
  const relaunched = createWxStorage({ data });
  expect(relaunched.api.getStorageSync('good')).toBe(1);
  expect(relaunched.api.getStorageSync('bad')).toBe('');
});
