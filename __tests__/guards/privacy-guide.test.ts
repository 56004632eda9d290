/**
 * Every privacy-scoped wx API the weapp code calls is declared in the privacy guide the project
 * keeps (docs/privacy-guide.json, mirrored in the MP console), or WeChat fails it with errno 112
 * (wx-fake rule privacy-declared). Scopes: "用户隐私保护指引" interface list,
 * https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/miniprogram-intro.html
 */
import fs from 'fs';
import path from 'path';
import { PRIVACY_SCOPES } from '../support/wx-fake/rules';
import { declaredPrivacyKeys } from '../support/wx-fake/privacy';

const PLATFORM = path.resolve(__dirname, '../../src/platform');
const weappSource = fs
  .readdirSync(PLATFORM)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.h5.ts'))
  .map((f) => fs.readFileSync(path.join(PLATFORM, f), 'utf8'))
  .join('\n');

/** The privacy-scoped APIs the weapp code calls ('camera.takePhoto' is the camera context's takePhoto). */
const used = Object.keys(PRIVACY_SCOPES).filter((api) => new RegExp(`\\b${api.split('.').pop()}\\b`).test(weappSource));

test('the app uses the privacy-scoped APIs this issue names', () => {
  expect(used).toEqual(
    expect.arrayContaining([
      'chooseMedia',
      'camera.takePhoto',
      'saveImageToPhotosAlbum',
      'addPhoneCalendar',
      'setClipboardData',
    ]),
  );
});

test('each one is declared in docs/privacy-guide.json with a purpose in both languages', () => {
  const declared = new Set(declaredPrivacyKeys());
  const missing = used.filter((api) => !declared.has(PRIVACY_SCOPES[api as keyof typeof PRIVACY_SCOPES]));
  expect(missing).toEqual([]);
  const guide = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../docs/privacy-guide.json'), 'utf8')) as {
    declared: Array<{ privacyKey: string; apis: string[]; purpose: Record<string, string> }>;
  };
  for (const item of guide.declared) {
    expect(item.purpose['zh-CN']?.length).toBeGreaterThan(4);
    expect(item.purpose.en?.length).toBeGreaterThan(4);
  }
  // Nothing declared that the app does not use: the review requires the guide to match the code package.
  const usedKeys = new Set(used.map((api) => PRIVACY_SCOPES[api as keyof typeof PRIVACY_SCOPES]));
  expect(guide.declared.map((d) => d.privacyKey).filter((k) => !usedKeys.has(k as never))).toEqual([]);
});
