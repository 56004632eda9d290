/**
 * The message tables of subpackage pages stay out of the main package (512 KB budget): none of
 * their keys appears in a main-package script of the built weapp, and each appears in the
 * subpackage of a page that shows it. A table imported from main-package code by mistake (or a
 * tab page that starts using one of its keys, which would then show the bare key) fails here.
 * Needs a current build: `npx taro build --type weapp`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DIST_DIR, waitForDist } from './harness';
import { journey } from '@/i18n/messages/journey';
import { countdowns } from '@/i18n/messages/countdowns';
import { photos } from '@/i18n/messages/photos';
import { share } from '@/i18n/messages/share';
import { filingRules } from '@/i18n/messages/filing-rules';
import { filingPage } from '@/i18n/messages/filing-page';
import { help } from '@/i18n/messages/help';
import { sms } from '@/i18n/messages/sms';
import { countdownCards } from '@/i18n/messages/countdown-cards';

waitForDist();

function scriptsUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return scriptsUnder(full);
    return entry.name.endsWith('.js') ? [full] : [];
  });
}

const appJson = JSON.parse(fs.readFileSync(path.join(DIST_DIR, 'app.json'), 'utf8')) as {
  subPackages: { root: string }[];
};
const subRoots = appJson.subPackages.map((p) => path.join(DIST_DIR, p.root.replace(/\/?$/, '/')));
const allScripts = scriptsUnder(DIST_DIR);
const inSubpackage = (file: string) => subRoots.some((root) => file.startsWith(root));
const mainText = allScripts
  .filter((file) => !inSubpackage(file))
  .map((file) => fs.readFileSync(file, 'utf8'))
  .join('\n');
const subText = (root: string) =>
  allScripts
    .filter((file) => file.startsWith(path.join(DIST_DIR, root, '/')))
    .map((file) => fs.readFileSync(file, 'utf8'))
    .join('\n');

/** Whether a script holds `key` as a quoted string (a table entry or a literal use). */
const holds = (text: string, key: string) => text.includes(`"${key}"`) || text.includes(`'${key}'`);

// Each subpackage table, with a page that registers it.
const SUBPACKAGE_TABLES = [
  { name: 'photos', table: photos, page: 'pages/photos' },
  { name: 'share', table: share, page: 'pages/card' },
  { name: 'filing-rules', table: filingRules, page: 'pages/profile' },
  { name: 'filing-page', table: filingPage, page: 'pages/filing' },
  { name: 'help', table: help, page: 'pages/help' },
  { name: 'sms', table: sms, page: 'pages/sms' },
  { name: 'countdown-cards', table: countdownCards, page: 'pages/filing' },
  { name: 'countdown-cards', table: countdownCards, page: 'pages/sms' },
] as const;

test('the main package holds the main tables (the check can see keys at all)', () => {
  for (const table of [journey, countdowns]) {
    const keys = Object.keys(table['zh-CN']);
    expect(keys.filter((key) => !holds(mainText, key))).toEqual([]);
  }
});

test.each(SUBPACKAGE_TABLES)(
  'the $name table is in its subpackage ($page), not in the main package',
  ({ table, page }) => {
    const keys = Object.keys(table['zh-CN']);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => holds(mainText, key))).toEqual([]);
    const sub = subText(page);
    expect(keys.filter((key) => !holds(sub, key))).toEqual([]);
  },
);
