/**
 * Shared fixture for the browser end-to-end tests: serves the production H5 build (dist-h5/) on
 * localhost, launches Debian's Chromium through playwright-core, and records every request so a
 * test can assert that the app talks to nothing but localhost.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = path.join(__dirname, '..', '..');
export const SCREENSHOTS = path.join(ROOT, 'artifacts', 'screenshots');

export interface App {
  url: string;
  browser: Browser;
  /** Every URL any page of this app requested. */
  requests: string[];
  close(): Promise<void>;
}

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function startApp(): Promise<App> {
  const distH5 = process.env.H5_DIST || path.join(ROOT, 'dist-h5');
  if (!fs.existsSync(path.join(distH5, 'index.html'))) {
    throw new Error(`No H5 build at ${distH5}: run "npx taro build --type h5" first (npm test does).`);
  }
  const { serveStatic } = require(path.join(ROOT, 'scripts', 'serve.cjs'));
  const server = await serveStatic(distH5);
  // Playwright gives each launch a fresh, empty profile directory of its own.
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
  const requests: string[] = [];
  (browser as Browser & { __requests?: string[] }).__requests = requests;
  return {
    url: server.url,
    browser,
    requests,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** A fresh phone-sized browser context (empty storage) in the given language. */
export async function newPhone(browser: Browser, options: { locale: 'zh-CN' | 'en' }): Promise<Page> {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: options.locale,
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  const requests = (browser as Browser & { __requests?: string[] }).__requests;
  context.on('request', (request) => requests?.push(request.url()));
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    // Surface uncaught errors in the test output; tests assert on what the user sees.
    console.error(`[pageerror] ${error.message}`);
  });
  return page;
}

/** Opens an app route, e.g. 'pages/me/index' or 'pages/filing/index?id=x'. */
export async function open(page: Page, appUrl: string, route: string): Promise<void> {
  await page.goto(`${appUrl}#/${route}`);
  await page.waitForSelector('.taro_page, .taro-tabbar__container', { timeout: 15000 });
}

/** Saves artifacts/screenshots/<name>.png (the folder is git-ignored). */
export async function shot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Requests that left localhost (data: and blob: URLs are local too). */
export function outsideLocalhost(requests: string[]): string[] {
  return requests.filter((u) => !/^(https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/|data:|blob:)/.test(u));
}

/** Waits until `text` is visible on the page (fails the test after `timeout` ms). */
export async function seeText(page: Page, text: string | RegExp, timeout = 10_000): Promise<void> {
  // H5 keeps earlier pages in the DOM, hidden; only a visible match counts.
  await page.getByText(text).locator('visible=true').first().waitFor({ state: 'visible', timeout });
}

// H5 keeps earlier pages in the DOM (hidden), so every lookup is limited to visible elements.
export const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"] >> visible=true`).first();

/** The real <input>/<textarea> inside a Taro H5 input component (or the element itself). */
export const fieldInput = (page: Page, id: string) =>
  byTestId(page, id).locator('xpath=descendant-or-self::*[self::input or self::textarea]').first();

/** Types like a user: a masked identifier shows its input after a tap on Show; then the box loses focus. */
export async function typeInto(page: Page, id: string, value: string): Promise<void> {
  const path = id.replace(/^input-/, '');
  const reveal = byTestId(page, `reveal-${path}`);
  if (id.startsWith('input-') && (await reveal.isVisible().catch(() => false))) await reveal.click();
  const box = fieldInput(page, id);
  await box.click();
  await box.fill(value);
  await box.blur();
}

/** Scrolls the window and every kept Taro page back to the top (before a screenshot). */
export async function toTop(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.querySelectorAll('.taro_page').forEach((el) => ((el as HTMLElement).scrollTop = 0));
  });
}

/** Taps the button labelled `text` in the open Taro H5 modal (showModal's confirm or cancel). */
export async function tapModalButton(page: Page, text: string): Promise<void> {
  const button = page
    .locator('.taro-modal__foot div, .taro__modal button, .taro-modal button')
    .filter({ hasText: text })
    .last();
  await button.waitFor({ state: 'visible', timeout: 5000 });
  await button.click();
}

/** Creates a filing from the Progress tab and returns its id (read from the filing page URL). */
export async function createFiling(page: Page, appUrl: string, name: string): Promise<string> {
  await open(page, appUrl, 'pages/progress/index');
  await byTestId(page, 'empty-action').click();
  await typeInto(page, 'name-input', name);
  await byTestId(page, 'name-submit').click();
  await page.waitForURL(/pages\/filing\/index\?id=/);
  await byTestId(page, 'filing-name').waitFor();
  const id = new URL(page.url().replace('#/', '')).searchParams.get('id');
  if (!id) throw new Error(`no filing id in ${page.url()}`);
  return id;
}

/**
 * What the app saved in the browser build, put back together from its keys (issue 10's layout:
 * fc.settings, fc.index, one fc.f.<id> per filing; Taro's H5 storage wraps each value in { data }).
 */
export async function storedState(
  page: Page,
): Promise<{ localePreference: string; filingOrder: string[]; filings: Record<string, any> }> {
  return page.evaluate(() => {
    const read = (key: string): any => {
      const raw = window.localStorage.getItem(key);
      if (raw === null) return undefined;
      try {
        return JSON.parse(JSON.parse(raw).data);
      } catch {
        return undefined;
      }
    };
    const filings: Record<string, any> = {};
    for (const key of Object.keys(window.localStorage)) {
      if (key.startsWith('fc.f.')) {
        const value = read(key);
        if (value?.filing) filings[key.slice('fc.f.'.length)] = value.filing;
      }
    }
    return {
      localePreference: read('fc.settings')?.localePreference ?? 'system',
      filingOrder: read('fc.index')?.order ?? [],
      filings,
    };
  });
}
