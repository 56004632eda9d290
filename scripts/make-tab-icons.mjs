// Renders the tab bar icons (81×81 PNG, grey and WeChat green) from inline SVG with Chromium.
// Run once after changing an icon: node scripts/make-tab-icons.mjs. The PNGs are committed.
import fs from 'node:fs';
import { chromium } from 'playwright-core';

const ICONS = {
  // Progress: a route with three checkpoints.
  progress:
    '<circle cx="20" cy="62" r="8"/><circle cx="60" cy="20" r="8"/><path d="M20 54 V40 Q20 34 26 34 H54 Q60 34 60 28" fill="none" stroke-width="6"/><circle cx="60" cy="62" r="8"/><path d="M28 62 H52" stroke-width="6"/>',
  // Materials: a stack of documents.
  materials:
    '<rect x="18" y="12" width="44" height="58" rx="6" fill="none" stroke-width="6"/><path d="M28 30 H52 M28 42 H52 M28 54 H44" stroke-width="6"/>',
  // Me: a person.
  me: '<circle cx="40" cy="28" r="14" fill="none" stroke-width="6"/><path d="M14 70 Q14 48 40 48 Q66 48 66 70" fill="none" stroke-width="6"/>',
};
const COLOURS = { '': '#7f7f7f', '-active': '#07c160' };

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 81, height: 81 } });
for (const [name, body] of Object.entries(ICONS)) {
  for (const [suffix, colour] of Object.entries(COLOURS)) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="81" height="81" viewBox="0 0 81 81" fill="${colour}" stroke="${colour}" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: 81, height: 81 } });
    fs.writeFileSync(`src/assets/tab/${name}${suffix}.png`, png);
  }
}
await browser.close();
console.log('tab icons written to src/assets/tab/');
