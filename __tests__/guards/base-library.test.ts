/**
 * The minimum base library (project.config.json libVersion) covers every wx API the weapp code
 * calls, or the call is guarded (`typeof … === 'function'`) where it is newer. The versions are
 * the "基础库 X 开始支持" lines of each API's page (wx-fake/versions.ts).
 */
import fs from 'fs';
import path from 'path';
import { API_SINCE, compareVersion, minimumBaseLibrary } from '../support/wx-fake/versions';

const PLATFORM = path.resolve(__dirname, '../../src/platform');
/** Names read off Taro that are not wx APIs. */
const NOT_WX_APIS = new Set(['env', 'USER_DATA_PATH']);

/** wx APIs a weapp platform file uses: `Taro.x`, keys of `Taro as unknown as { x… }` casts, canvas toDataURL. */
function apisIn(source: string): string[] {
  const names = new Set<string>();
  for (const [, name = ''] of source.matchAll(/\bTaro\.(\w+)/g)) names.add(name);
  for (const [, members = ''] of source.matchAll(/Taro as unknown as \{([^}]*)\}/g))
    for (const [, name = ''] of members.matchAll(/(?:^|[{;,])\s*(\w+)\??\s*[:(]/g)) names.add(name);
  if (/\.toDataURL\b/.test(source)) names.add('Canvas.toDataURL');
  if (/compressedWidth/.test(source)) names.add('compressImage.object.compressedWidth');
  if (/openType=['"]agreePrivacyAuthorization/.test(source)) names.add('button.open-type.agreePrivacyAuthorization');
  return [...names].filter((n) => !NOT_WX_APIS.has(n)).sort();
}

const weappFiles = fs
  .readdirSync(PLATFORM)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.h5.ts'))
  .map((f) => ({ file: f, source: fs.readFileSync(path.join(PLATFORM, f), 'utf8') }));

test('project.config.json declares the minimum base library: 2.32.3 (privacy consent APIs)', () => {
  expect(minimumBaseLibrary()).toBe('2.32.3');
});

test('every wx API the weapp code uses is in the version table', () => {
  const unknown = weappFiles.flatMap(({ file, source }) =>
    apisIn(source)
      .filter((api) => API_SINCE[api] === undefined)
      .map((api) => `${file}: ${api}`),
  );
  expect(unknown).toEqual([]);
});

test('every wx API the weapp code uses exists at the minimum base library, or is guarded', () => {
  const min = minimumBaseLibrary();
  const problems: string[] = [];
  const used: string[] = [];
  for (const { file, source } of weappFiles) {
    for (const api of apisIn(source)) {
      used.push(api);
      const since = API_SINCE[api];
      if (since === undefined) {
        problems.push(`${file}: ${api} is not in the version table`);
        continue;
      }
      if (compareVersion(min, since) >= 0) continue;
      const guarded = new RegExp(`typeof [^\\n]*\\b${api.split('.').pop()}\\b[^\\n]*[!=]== 'function'`).test(source);
      if (!guarded) problems.push(`${file}: ${api} needs base library ${since} > ${min} and is not guarded`);
    }
  }
  expect(problems).toEqual([]);
  // The scan finds the APIs this issue is about (a scan that finds nothing proves nothing).
  expect(used).toEqual(
    expect.arrayContaining(['shareFileMessage', 'createOffscreenCanvas', 'onNeedPrivacyAuthorization']),
  );
});
