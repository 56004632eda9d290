/**
 * Every row of the WeChat fake's rules table, broken on purpose: each test calls the fake the way
 * an app that breaks the rule would, and expects WeChat's refusal. A row with no test here counts
 * as missing (the last test checks that).
 */
import fs from 'fs';
import { createWxFake, photoOf, type WxFake } from '../support/wx-fake';
import { WX_RULES, SET_DATA_MAX_CHARS, SET_DATA_WARN_BYTES, USER_FILES_MAX_BYTES } from '../support/wx-fake/rules';
import { checkSetData } from '../support/wx-fake/set-data';
import { canIUseAt } from '../support/wx-fake/versions';
import { KEY_LIMIT_BYTES, TOTAL_LIMIT_BYTES } from '../support/wx-fake/storage';
import { textDocument } from '../support/photo-fixtures';

const scene = textDocument({ width: 64, height: 48, seed: 3 });

/** Calls a callback-style API and resolves with its success or fail result. */
function call(fn: (o: object) => unknown, options: object = {}): Promise<{ ok: boolean; res: any }> {
  return new Promise((resolve) => {
    fn({
      ...options,
      success: (res: unknown) => resolve({ ok: true, res }),
      fail: (res: unknown) => resolve({ ok: false, res }),
    });
  });
}

function withPhoto(fake: WxFake, path = 'wxfile://tmp/photo.jpg', w = 4000, h = 3000, orientation: any = 'up') {
  fake.files.put(path, 'photo', { size: 3_000_000, image: photoOf(scene, w, h, orientation) });
  return path;
}

describe('the WeChat fake refuses what WeChat refuses', () => {
  test('rule tap-only: shareFileMessage after an await is refused; inside the tap it is sent', async () => {
    const fake = createWxFake({ profile: 'ios' });
    const file = withPhoto(fake);
    // The broken fixture: the tap handler awaits (an export, here any promise) and then shares.
    const brokenTap = async () => {
      await Promise.resolve();
      return call(fake.wx.shareFileMessage, { filePath: file, fileName: 'a.jpg' });
    };
    const late = await fake.gesture.run(brokenTap);
    expect(late).toEqual({
      ok: false,
      res: expect.objectContaining({ errMsg: 'shareFileMessage:fail can only be invoked by user TAP gesture.' }),
    });
    const inTap = await fake.gesture.run(() => call(fake.wx.shareFileMessage, { filePath: file, fileName: 'a.jpg' }));
    expect(inTap.ok).toBe(true);
    // openSetting and openPrivacyContract outside any tap (e.g. from onShow) fail the same way.
    expect((await call(fake.wx.openSetting)).res.errMsg).toBe(
      'openSetting:fail can only be invoked by user TAP gesture.',
    );
    expect((await call(fake.wx.openPrivacyContract)).res.errMsg).toBe(
      'openPrivacyContract:fail can only be invoked by user TAP gesture.',
    );
  });

  test('rule tap-modal-callback: openSetting after `await showModal()` fails; in its success callback it opens', async () => {
    const fake = createWxFake({ profile: 'ios' });
    const viaAwait = await fake.gesture.run(async () => {
      const res = (await fake.wx.showModal({ title: 't' })) as { confirm: boolean };
      return res.confirm ? call(fake.wx.openSetting) : null;
    });
    expect(viaAwait?.ok).toBe(false);
    const viaCallback = await new Promise<{ ok: boolean }>((resolve) =>
      fake.wx.showModal({
        title: 't',
        success: (r: { confirm: boolean }) => r.confirm && call(fake.wx.openSetting).then(resolve),
      }),
    );
    // The success callback runs inside the modal tap; the openSetting call itself is synchronous there.
    expect(viaCallback.ok).toBe(true);
  });

  test('rule clipboard-from-tap: a copy from a lifecycle hook or after an await is refused; from the tap it copies', async () => {
    const fake = createWxFake({ profile: 'ios' });
    fake.privacy.agreed = true;
    // The broken fixtures: copying on page show, and copying after awaiting something in the tap.
    const onShow = await call(fake.wx.setClipboardData, { data: '110105194912310021' });
    expect(onShow.res.errMsg).toBe('setClipboardData:fail can only be invoked by user TAP gesture.');
    const late = await fake.gesture.run(async () => {
      await Promise.resolve();
      return call(fake.wx.setClipboardData, { data: '110105194912310021' });
    });
    expect(late.ok).toBe(false);
    expect(fake.clipboard).toBe('');
    const inTap = await fake.gesture.run(() => call(fake.wx.setClipboardData, { data: '13800138000' }));
    expect(inTap.ok).toBe(true);
    expect(fake.clipboard).toBe('13800138000');
    // Consent first: a first copy waits for the agree button, then copies what was tapped.
    const fresh = createWxFake({ profile: 'ios' });
    let answer: ((a: object) => void) | null = null;
    fresh.wx.onNeedPrivacyAuthorization((resolve: (a: object) => void) => (answer = resolve));
    const pending = fresh.gesture.run(() => call(fresh.wx.setClipboardData, { data: '13800138000' }));
    expect(fresh.clipboard).toBe('');
    fresh.privacy.tapAgreeButton('agree');
    (answer as unknown as (a: object) => void)({ event: 'agree', buttonId: 'agree' });
    expect((await pending).ok).toBe(true);
    expect(fresh.clipboard).toBe('13800138000');
  });

  test('rule privacy-consent: a privacy API before consent asks the app and fails on "disagree" (errno 104)', async () => {
    const fake = createWxFake({ profile: 'android' });
    // (Inside a tap: rule clipboard-from-tap holds the clipboard to taps.)
    const noListener = await fake.gesture.run(() => call(fake.wx.setClipboardData, { data: 'x' }));
    expect(noListener.res).toMatchObject({
      errMsg: 'setClipboardData:fail privacy permission is not authorized',
      errno: 104,
    });
    const asked: string[] = [];
    fake.wx.onNeedPrivacyAuthorization((resolve: (a: object) => void, info: { referrer: string }) => {
      asked.push(info.referrer);
      resolve({ event: 'disagree' });
    });
    const declined = await call(fake.wx.saveImageToPhotosAlbum, { filePath: withPhoto(fake) });
    expect(declined.res).toMatchObject({
      errMsg: 'saveImageToPhotosAlbum:fail privacy permission is not authorized',
      errno: 104,
    });
    expect(asked).toEqual(['saveImageToPhotosAlbum']);
    // After consent the same call goes through.
    fake.privacy.agreed = true;
    expect((await call(fake.wx.saveImageToPhotosAlbum, { filePath: withPhoto(fake) })).ok).toBe(true);
  });

  test('rule privacy-agree-button: "agree" without a tap on the agree button does not count', async () => {
    const fake = createWxFake();
    fake.wx.onNeedPrivacyAuthorization((resolve: (a: object) => void) =>
      resolve({ event: 'agree', buttonId: 'privacy-agree' }),
    );
    const noTap = await call(fake.wx.chooseMedia, { count: 1 });
    expect(noTap.res.errno).toBe(104);
    expect(fake.privacy.agreed).toBe(false);
    fake.privacy.tapAgreeButton('privacy-agree');
    fake.answers.chooseMedia.push(withPhoto(fake));
    expect((await call(fake.wx.chooseMedia, { count: 1 })).ok).toBe(true);
    expect(fake.privacy.agreed).toBe(true);
  });

  test('rule privacy-declared: an API whose key the privacy guide lacks fails with errno 112', async () => {
    const fake = createWxFake();
    fake.privacy.agreed = true;
    fake.privacy.declared.delete('Calendar');
    const res = await call(fake.wx.addPhoneCalendar, { title: 't', startTime: 1 });
    expect(res.res).toMatchObject({
      errMsg: 'addPhoneCalendar:fail api scope is not declared in the privacy agreement',
      errno: 112,
    });
  });

  test('rule offscreen-export-ios: canvasToTempFilePath of an offscreen canvas fails on iOS, works on Android', async () => {
    for (const [profile, ok] of [
      ['ios', false],
      ['android', true],
    ] as const) {
      const fake = createWxFake({ profile });
      const canvas = fake.wx.createOffscreenCanvas({ type: '2d', width: 100, height: 80 });
      const res = await call(fake.wx.canvasToTempFilePath, { canvas, fileType: 'jpg', quality: 0.9 });
      expect(res.ok).toBe(ok);
      if (!ok) expect(res.res.errMsg).toBe('canvasToTempFilePath:fail invalid viewId');
    }
  });

  test('rule canvas-size: no canvas side over 4096 px', () => {
    const fake = createWxFake({ profile: 'android' });
    expect(fake.wx.createOffscreenCanvas({ type: '2d', width: 4097, height: 100 })).toBeUndefined();
    const canvas = fake.wx.createOffscreenCanvas({ type: '2d', width: 4096, height: 3072 });
    expect(canvas).toBeDefined();
    canvas.width = 6000;
    const ctx = canvas.getContext('2d');
    expect(() => ctx.getImageData(0, 0, 1, 1)).toThrow(/broken/);
    expect(canvas.toDataURL('image/jpeg', 0.9)).toBe('data:,');
    expect(fake.canvas.violations.filter((v) => v.startsWith('canvas-size'))).toHaveLength(2);
  });

  test('rule decode-memory: decoding a 108 MP photo on a phone fails; 12 MP decodes', async () => {
    const fake = createWxFake({ profile: 'ios' });
    const big = withPhoto(fake, 'wxfile://tmp/108mp.jpg', 12000, 9000);
    const small = withPhoto(fake, 'wxfile://tmp/12mp.jpg', 4000, 3000);
    const canvas = fake.wx.createOffscreenCanvas({ type: '2d', width: 1, height: 1 });
    const load = (src: string) =>
      new Promise<string>((resolve) => {
        const image = canvas.createImage();
        image.onload = () => resolve('loaded');
        image.onerror = (e: { errMsg: string }) => resolve(e.errMsg);
        image.src = src;
      });
    expect(await load(big)).toMatch(/out of memory/);
    expect(await load(small)).toBe('loaded');
    expect(fake.canvas.biggestDecode.pixels).toBe(12_000_000);
    expect(fake.canvas.violations.some((v) => v.startsWith('decode-memory'))).toBe(true);
  });

  test('rule set-data-limit: a setData over 1,048,576 characters throws', () => {
    expect(() => checkSetData({ big: 'x'.repeat(SET_DATA_MAX_CHARS) })).toThrow(/已经超过最大长度 1048576/);
  });

  test('rule set-data-warning: a setData over 256 KB warns', () => {
    expect(checkSetData({ list: 'x'.repeat(SET_DATA_WARN_BYTES) }).warning).toMatch(/存在有性能问题/);
    expect(checkSetData({ small: 'x' }).warning).toBeNull();
  });

  test("rule files-quota: USER_DATA_PATH holds 200 MB; the write past it fails with WeChat's errMsg", async () => {
    const fake = createWxFake();
    const fsm = fake.wx.getFileSystemManager();
    fake.files.put('wxfile://usr/big.bin', 'big', { size: USER_FILES_MAX_BYTES - 10 });
    const src = withPhoto(fake);
    const res = await call(fsm.copyFile, { srcPath: src, destPath: 'wxfile://usr/copy.jpg' });
    expect(res.res.errMsg).toBe('copyFile:fail the maximum size of the file storage limit is exceeded');
    const write = await call(fsm.writeFile, { filePath: 'wxfile://usr/a.txt', data: 'x'.repeat(20) });
    expect(write.res.errMsg).toBe('writeFile:fail the maximum size of the file storage limit is exceeded');
  });

  test('rule files-missing: a missing source file or parent directory fails with "no such file or directory"', async () => {
    const fake = createWxFake();
    const fsm = fake.wx.getFileSystemManager();
    const copy = await call(fsm.copyFile, { srcPath: 'wxfile://tmp/gone.jpg', destPath: 'wxfile://usr/a.jpg' });
    expect(copy.res.errMsg).toBe(
      'copyFile:fail no such file or directory, copyFile wxfile://tmp/gone.jpg -> wxfile://usr/a.jpg',
    );
    const write = await call(fsm.writeFile, { filePath: 'wxfile://usr/no-dir/a.txt', data: 'x' });
    expect(write.res.errMsg).toBe('writeFile:fail no such file or directory, open wxfile://usr/no-dir/a.txt');
    expect((await call(fsm.getFileInfo, { filePath: 'wxfile://usr/nope' })).res.errMsg).toMatch(
      /no such file or directory/,
    );
  });

  test('rule base-library: on base library 2.16.0 shareFileMessage is not there and canIUse says so', () => {
    const old = createWxFake({ sdkVersion: '2.16.0' });
    expect(old.wx.shareFileMessage).toBeUndefined();
    expect(old.wx.canIUse('shareFileMessage')).toBe(false);
    expect(() => old.wx.shareFileMessage({})).toThrow(TypeError);
    expect(createWxFake({ sdkVersion: '2.16.1' }).wx.canIUse('shareFileMessage')).toBe(true);
    expect(canIUseAt('2.25.0', 'compressImage.object.compressedWidth')).toBe(false);
  });

  test('rule compress-size-options: compressedWidth is ignored before 2.26.0 and for a PNG on iOS', async () => {
    const sizeOf = async (fake: WxFake, src: string) => {
      const out = await call(fake.wx.compressImage, {
        src,
        quality: 90,
        compressedWidth: 2000,
        compressedHeight: 1500,
      });
      const info = await call(fake.wx.getImageInfo, { src: out.res.tempFilePath });
      return `${info.res.width}x${info.res.height}`;
    };
    const old = createWxFake({ profile: 'android', sdkVersion: '2.25.0' });
    expect(await sizeOf(old, withPhoto(old))).toBe('4000x3000');
    const ios = createWxFake({ profile: 'ios' });
    ios.files.put('wxfile://tmp/shot.png', 'png', { image: photoOf(scene, 4000, 3000, 'up', 'png') });
    expect(await sizeOf(ios, 'wxfile://tmp/shot.png')).toBe('4000x3000');
    expect(await sizeOf(ios, withPhoto(ios))).toBe('2000x1500');
  });

  test('rule exif-raw-size: getImageInfo gives the stored size; drawing without turning reads the photo sideways', async () => {
    const fake = createWxFake();
    // A portrait scene photographed with the phone upright: stored landscape, EXIF 6 ("right").
    const portrait = textDocument({ width: 48, height: 64, seed: 5 });
    fake.files.put('wxfile://tmp/side.jpg', 'photo', { image: photoOf(portrait, 4000, 3000, 'right') });
    const info = await call(fake.wx.getImageInfo, { src: 'wxfile://tmp/side.jpg' });
    expect(info.res).toMatchObject({ width: 4000, height: 3000, orientation: 'right' });
    const canvas = fake.wx.createOffscreenCanvas({ type: '2d', width: 64, height: 48 });
    const image = canvas.createImage();
    await new Promise<void>((resolve) => {
      image.onload = resolve;
      image.src = 'wxfile://tmp/side.jpg';
    });
    const ctx = canvas.getContext('2d');
    ctx.drawImage(image, 0, 0, 64, 48);
    const read = ctx.getImageData(0, 0, 64, 48);
    // Drawn as stored, the read is landscape and is not the upright scene's top-left corner.
    expect([read.width, read.height]).toEqual([64, 48]);
    const cornerUpright = [...portrait.data.slice(0, 3)];
    const cornerRead = [...read.data.slice(0, 3)];
    const turned = photoOf(portrait, 4000, 3000, 'right');
    const expected = [0, 0, 0, 0];
    turned.sample(0.5 / 64, 0.5 / 48, expected, 0);
    expect(cornerRead).toEqual(expected.slice(0, 3));
    expect(cornerRead).not.toEqual(cornerUpright);
  });

  test('rule storage-limits: one key over 1 MB and a total over 10 MB are refused; nothing is written', async () => {
    const fake = createWxFake();
    expect(() => fake.wx.setStorageSync('one', 'x'.repeat(KEY_LIMIT_BYTES))).toThrow(
      'setStorageSync:fail exceed storage item max length',
    );
    expect(fake.wx.getStorageSync('one')).toBe('');
    const chunk = 'y'.repeat(1_000_000);
    for (let i = 0; i < 10; i += 1) fake.wx.setStorageSync(`k${i}`, chunk);
    const refused = await call(fake.wx.setStorage, { key: 'k10', data: chunk });
    expect(refused.res.errMsg).toBe('setStorage:fail exceed storage max size 10Mb');
    expect(fake.wx.getStorageInfoSync().limitSize).toBe(TOTAL_LIMIT_BYTES / 1024);
    expect(fake.storage.data.has('k10')).toBe(false);
  });

  test('every rule in the table has a breaking test in this file', () => {
    const source = fs.readFileSync(__filename, 'utf8');
    const missing = WX_RULES.filter(
      (rule) => !source.includes(`'rule ${rule.id}:`) && !source.includes(`"rule ${rule.id}:`),
    );
    expect(missing.map((r) => r.id)).toEqual([]);
    expect(WX_RULES.length).toBeGreaterThanOrEqual(15);
    for (const rule of WX_RULES) expect(rule.source.length).toBeGreaterThan(0);
  });
});
