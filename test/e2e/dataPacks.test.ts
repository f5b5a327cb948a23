// E2E: the Data packs dialog (packs in use, version, age, "Import pack…", refusals) and the drift it causes in a drafted Kenya book's Readiness panel.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Book } from '../../core/book/schema';
import { axeViolations, screenshot } from './harness';
import { useApp } from './harness/useApp';
import { KE_NAIROBI } from './harness/seeds';
import { openBook } from './editorHelpers';
import {
  countriesPayloadKenyaSigned,
  makeTestKey,
  signedPack,
  trustedWith,
} from '../fixtures/packs';

const key = makeTestKey();
/** TEST DATA: Kenya's Artemis status changed in a pack signed by the test's own key (test/fixtures/packs.ts). */
const PACK = signedPack(
  key,
  'countries',
  2,
  countriesPayloadKenyaSigned(),
  new Date(Date.now() - 3 * 86_400_000).toISOString(),
);
let book: Book;

const app = useApp({ trustedPackKeys: trustedWith(key), seedBooks: [KE_NAIROBI] });
beforeAll(async () => {
  book = app.seeded[0]!;
  // Stored and read back through the codec: the book records the packs it was drafted with.
  expect(book.provenance?.packs).toEqual({ countries: 1, framework: 1 });
});

const dialog = () => app.page.getByRole('dialog', { name: 'Data packs' });
const row = (kind: string) => dialog().getByTestId(`pack-${kind}`);
const choose = (name: string, text: string) =>
  dialog()
    .getByTestId('pack-input')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });

describe('Data packs', () => {
  it('shows the packs in use: the bundled v1 of each kind, with its date and age', async () => {
    await app.page.getByRole('button', { name: 'Data packs' }).click();
    await dialog().waitFor();
    expect(await row('countries').innerText()).toMatch(
      /country facts\s+v1\s+bundled with the app\s+\d+ \w+ 2026\s+(signed today|\d+ days? old)/,
    );
    expect(await row('framework').innerText()).toMatch(/framework\s+v1\s+bundled with the app/);
    await screenshot(app.page, 'data-packs-before');
    expect(await axeViolations(app.page)).toEqual([]);
  });

  it('refuses a pack with one altered byte, saying why, and keeps v1', async () => {
    const at = PACK.indexOf('"Kenya"') + 2;
    await choose('altered.pack.json', `${PACK.slice(0, at)}X${PACK.slice(at + 1)}`);
    const alert = dialog().getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(
      /^Import refused\. altered\.pack\.json: the data in the country facts pack v2 does not match the SHA-256/,
    );
    expect(await row('countries').innerText()).toMatch(/v1\s+bundled/);
  });

  it('imports the signed test pack: country facts v2, imported, 3 days old', async () => {
    await choose('kenya-test.pack.json', PACK);
    await row('countries').filter({ hasText: 'imported' }).waitFor();
    expect(await row('countries').innerText()).toMatch(
      /country facts\s+v2\s+imported\s+\d+ \w+ \d{4}\s+3 days old/,
    );
    expect(await dialog().getByRole('alert').count()).toBe(0);
    await screenshot(app.page, 'data-packs-after-import');
    expect(await axeViolations(app.page)).toEqual([]);
    await dialog().getByRole('button', { name: 'Close', exact: true }).click();
  });

  it('the drafted Kenya book shows the drift in its Readiness panel and jumps to the invitation', async () => {
    const { page } = app;
    await openBook(page, book.title);
    const drift = page.locator('.readiness-item[data-kind="fact-drift"]');
    const invite = drift.filter({ hasText: 'still invites Kenya to sign' });
    await invite.first().waitFor();
    expect(await invite.first().innerText()).toMatch(
      /Kenya signed the Artemis Accords on 20 November 2026 \(country facts pack v2\); Points to Make still invites Kenya to sign \(block \d+, TP\.P1\.G1\.2\.b\.invite\)/,
    );
    expect(await drift.filter({ hasText: 'Background' }).count()).toBeGreaterThan(0);
    await invite.first().click();
    await page.locator('#tab-pane-title').filter({ hasText: 'Points to Make' }).waitFor();
    await invite.first().scrollIntoViewIfNeeded();
    await screenshot(page, 'data-packs-drift-readiness');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('made no network request and logged no error', () => {
    expect(app.requests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
