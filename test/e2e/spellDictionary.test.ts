// E2E: real Chromium spell checks with the bundled dictionary placed the way the app places it on Linux, and never asks for a download.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  bundledDictionariesDir,
  installBundledDictionaries,
} from '../../node/spellcheck/bundledDictionary';
import { SPELLCHECK_LANGUAGES } from '../../node/spellcheck/spellcheckPlan';
import { axeViolations, screenshot } from './harness';
import { CHROMIUM_FLAGS, findChromium } from './harness/browser';

const repo = fileURLToPath(new URL('../..', import.meta.url));
let root: string;
let netLog: string;
let context: BrowserContext;
let page: Page;
/** Requests the page made (none expected: its content is set inline). */
const pageRequests: string[] = [];

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'bbb-spell-e2e-'));
  // Chromium's user-data dir plays Electron's sessionData: both keep dictionaries in Dictionaries/.
  const userData = path.join(root, 'profile');
  installBundledDictionaries({
    bundledDir: bundledDictionariesDir({ isPackaged: false, resourcesPath: '', appPath: repo }),
    sessionDataDir: userData,
    languages: SPELLCHECK_LANGUAGES,
  });
  // What installSpellcheck asks of the session: check en-US, no Google spelling service.
  mkdirSync(path.join(userData, 'Default'), { recursive: true });
  writeFileSync(
    path.join(userData, 'Default', 'Preferences'),
    JSON.stringify({
      browser: { enable_spellchecking: true },
      spellcheck: { dictionaries: ['en-US'], use_spelling_service: false },
    }),
  );
  netLog = path.join(root, 'netlog.json');
  context = await chromium.launchPersistentContext(userData, {
    executablePath: findChromium(),
    headless: true,
    // Every request Chromium itself makes is in the net log; no host name resolves, so none leaves.
    args: [
      ...CHROMIUM_FLAGS,
      '--lang=en-US',
      `--log-net-log=${netLog}`,
      '--host-resolver-rules=MAP * ~NOTFOUND',
    ],
    viewport: { width: 640, height: 240 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('request', (request) => pageRequests.push(request.url()));
  await page.setContent(`<!doctype html><html lang="en"><title>Spelling</title><style>label { display: block; margin: 8px; font: 16px sans-serif }</style><body>
    <label>Misspelled <textarea id="bad" spellcheck="true" style="font: 20px monospace; width: 560px"></textarea></label>
    <label>Correct <textarea id="good" spellcheck="true" style="font: 20px monospace; width: 560px"></textarea></label>
  </body></html>`);
});
afterAll(async () => {
  await context?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Pixels of the spelling underline's red in a screenshot of `selector`. */
async function redPixels(selector: string): Promise<number> {
  const png = PNG.sync.read(await page.locator(selector).screenshot());
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    if (r > 180 && g < 90 && b < 90) count += 1;
  }
  return count;
}

describe('the bundled dictionary in Chromium', () => {
  it('underlines misspelled words and leaves correct ones alone', async () => {
    await page.locator('#good').click();
    await page.keyboard.type('The delegation will discuss the lunar program. ');
    await page.locator('#bad').click();
    await page.keyboard.type('The delegasion will discus teh lunar progam. ');
    // The checker marks words once the dictionary has loaded, off the typing path.
    await vi.waitFor(async () => expect(await redPixels('#bad')).toBeGreaterThan(20), {
      timeout: 30_000,
      interval: 250,
    });
    await page.locator('#good').click();
    expect(await redPixels('#good')).toBe(0);
    await screenshot(page, 'spellcheck-bundled-dictionary');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('never asked for a dictionary', async () => {
    await context.close();
    expect(pageRequests).toEqual([]);
    // Chromium's own background calls (update checks, accounts) show here too, unresolved; the
    // dictionary download would be https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-2.bdic.
    const urls = [...readFileSync(netLog, 'utf8').matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(0); // the log did record requests
    expect(urls.filter((u) => /\.bdic|\/dict\//i.test(u))).toEqual([]);
  });
});
