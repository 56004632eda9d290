/**
 * The photo slots page and the capture page in the built WeChat package (dist/), on the WeChat
 * fake's iPhone (no other wx mocks): the slots render, and a photo chosen from the album is read
 * (getImageInfo, offscreen canvas), checked on its pixels, copied under USER_DATA_PATH with a
 * thumbnail written from toDataURL, and referenced in wx storage. A 108 MP photo goes the same
 * way through a native downscale. Needs a current `npx taro build --type weapp`.
 */
import { launchWeapp, loadPage, waitFor, waitForDist, type WeappSession } from './harness';
import { textDocument } from '../support/photo-fixtures';
import { photoOf } from '../support/wx-fake';

waitForDist();
jest.setTimeout(60_000);

const STORE_KEY = 'filing-companion';
const USER_DATA_PATH = 'wxfile://usr';
const FILING_ID = 'WeappPhotos1';

/** The album holds one photo of a licence, stored at width×height; the user picks it. */
function pickable(session: WeappSession, width: number, height: number): string {
  const path = `wxfile://tmp/picked-${width}x${height}.jpg`;
  const scene = textDocument({ width: 1600, height: 1200, seed: 11 });
  session.wxFake.files.put(path, 'original photo bytes', {
    size: Math.round(width * height * 0.3),
    image: photoOf(scene, width, height),
  });
  session.wxFake.answers.chooseMedia.push(path);
  return path;
}

function seededStorage(photos: Record<string, unknown> = {}) {
  const now = Date.now();
  const state = {
    localePreference: 'zh-CN',
    filings: {
      [FILING_ID]: {
        id: FILING_ID,
        name: 'Weapp',
        createdAt: now,
        updatedAt: now,
        profile: { entityType: 'enterprise', legalRepIsPersonInCharge: true },
        photos,
      },
    },
    filingOrder: [FILING_ID],
    unreadableFilings: [],
  };
  return { [STORE_KEY]: JSON.stringify({ state, version: 2 }) };
}

test('the photo slots page renders its slots; a photo chosen from the album is saved as a file and a reference', async () => {
  const session = launchWeapp({ language: 'zh_CN', initialStorage: seededStorage(), profile: 'ios' });
  const picked = pickable(session, 1600, 1200);

  const slots = await loadPage('pages/photos/index', { id: FILING_ID });
  await slots.waitForText('主体证件');
  expect(slots.text()).toContain('主体负责人证件人像面');
  expect(slots.text()).toContain('主体负责人证件国徽面');
  expect(slots.text()).toContain('未拍摄');

  const capture = await loadPage('pages/capture/index', { id: FILING_ID, slot: 'business-license' });
  await capture.waitForText('从相册选择');
  await capture.tap('capture-album');
  await capture.waitForText('检查通过', 20_000);
  expect(session.callsOf('chooseMedia')[0]?.args).toMatchObject({ sourceType: ['album'] });
  await capture.tap('capture-keep');

  const ref = await waitFor(() => session.storedState().filings[FILING_ID]?.photos['business-license'], {
    timeoutMs: 5000,
    describe: () => JSON.stringify(session.storedState().filings[FILING_ID]?.photos),
  });
  expect(ref).toMatchObject({ width: 1600, height: 1200, problems: [] });
  // File first, reference second: the original and its thumbnail are under USER_DATA_PATH.
  const files = session.wxFake.files;
  expect(files.content.get(`${USER_DATA_PATH}/photos/${ref.file}`)).toBe(files.content.get(picked));
  expect(files.images.get(`${USER_DATA_PATH}/photos/${ref.file}.thumb.jpg`)).toMatchObject({ type: 'jpeg' });
  expect(session.callsOf('navigateBack').length).toBe(1);
  // Nothing WeChat would refuse on an iPhone (offscreen canvasToTempFilePath, canvas size, memory).
  expect(session.wxFake.refusals).toEqual([]);
  expect(session.wxFake.canvas.violations).toEqual([]);
});

test('a 108 MP photo from the album is read on an iPhone: shrunk natively, never decoded whole', async () => {
  const session = launchWeapp({ language: 'zh_CN', initialStorage: seededStorage(), profile: 'ios' });
  pickable(session, 12000, 9000);
  const capture = await loadPage('pages/capture/index', { id: FILING_ID, slot: 'business-license' });
  await capture.waitForText('从相册选择');
  await capture.tap('capture-album');
  await capture.waitForText('检查通过', 30_000);
  expect(session.callsOf('compressImage')[0]?.args).toMatchObject({ compressedWidth: 4096, compressedHeight: 3072 });
  expect(session.wxFake.canvas.biggestDecode).toEqual({ width: 4096, height: 3072, pixels: 4096 * 3072 });
  expect(session.wxFake.canvas.violations).toEqual([]);
});

test('export on an iPhone: prepared by its own tap, then "send as a file" shares it from the next tap', async () => {
  const file = 'ph-WeappPhotos1-business-license-a.jpg';
  const ref = { file, width: 4000, height: 3000, takenAt: Date.now(), problems: [], sharpness: 300 };
  const session = launchWeapp({
    language: 'zh_CN',
    initialStorage: seededStorage({ 'business-license': ref }),
    profile: 'ios',
  });
  const scene = textDocument({ width: 1600, height: 1200, seed: 13 });
  session.wxFake.files.put(`${USER_DATA_PATH}/photos/${file}`, 'kept photo', {
    size: 3_600_000,
    image: photoOf(scene, 4000, 3000),
  });
  const page = await loadPage('pages/photos/index', { id: FILING_ID });
  await page.waitForText('主体证件');
  await page.tap('export-open-business-license');
  await page.tap('export-prepare');
  await page.waitForText('作为文件发送到聊天', 20_000);
  await page.tap('export-share');
  const shared = await waitFor(() => session.callsOf('shareFileMessage')[0]);
  expect(shared.args).toMatchObject({ fileName: expect.stringMatching(/^主体证件-\d{4}-\d{2}-\d{2}\.jpg$/) });
  expect(String((shared.args as { filePath: string }).filePath)).toMatch(/^wxfile:\/\/usr\/drawn\//);
  await waitFor(() => session.callsOf('showToast').length > 0);
  expect(session.wxFake.refusals).toEqual([]);
  expect(session.wxFake.canvas.texts.some((t) => t.startsWith('仅用于微信小程序认证及备案'))).toBe(true);
});
