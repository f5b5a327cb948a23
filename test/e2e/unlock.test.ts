// E2E: with no OS keyring the app asks for a passphrase before the library loads: chosen on first run, required (and checked) on the next.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PassphraseGate } from '../../node/storage/passphraseGate';
import { axeViolations, screenshot } from './harness';
import { useLaunches } from './harness/useLaunches';

// scrypt's N is lowered for speed here only; the app's parameters are tested in test/node/storage/atRest.test.ts.
const FAST = { N: 2 ** 14, r: 8, p: 1 };
const PASSPHRASE = 'orbital mechanics at dawn';
const launches = useLaunches();
let userDataDir: string;

beforeAll(() => {
  userDataDir = launches.tempDir('unlock');
});

describe('passphrase instead of a keyring', () => {
  it('first run: the passphrase is chosen (and confirmed) before the library appears', async () => {
    const app = await launches.launch({ userDataDir, passphraseGate: new PassphraseGate(FAST) });
    const { page } = app;
    await page.getByRole('heading', { name: 'Protect your library' }).waitFor();
    expect(await page.getByRole('button', { name: 'Library', exact: true }).count()).toBe(0);
    await screenshot(page, 'unlock-first-run');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Confirm passphrase').fill(`${PASSPHRASE}!`);
    await page.getByRole('button', { name: 'Protect library' }).click();
    await page.getByText('The two passphrases do not match.').waitFor();
    await page.getByLabel('Confirm passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Protect library' }).click();
    await page.getByRole('button', { name: 'Library', exact: true }).waitFor();
    const created = await app.invoke('books:create', {
      templateId: 'bilateral-space-dialogue',
      countryCode: 'JP',
      meeting: { date: '2026-03-14', city: 'Tokyo', counterpart: null, principal: null },
    });
    expect(created.ok).toBe(true);
    const keystore = JSON.parse(readFileSync(path.join(userDataDir, 'keystore.json'), 'utf8')) as {
      kind: string;
    };
    expect(keystore.kind).toBe('passphrase-scrypt');
    expect(app.requests).toEqual([]);
    await app.close();
  });

  it('next start: locked until the right passphrase is entered; a wrong one is refused', async () => {
    const app = await launches.launch({ userDataDir, passphraseGate: new PassphraseGate(FAST) });
    const { page } = app;
    await page.getByRole('heading', { name: 'Unlock your library' }).waitFor();
    expect(await page.getByLabel('Confirm passphrase').count()).toBe(0);
    const locked = await app.invoke('books:list', {});
    expect(locked.ok ? 'listed' : locked.error.message).toMatch(/locked/);
    await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase at all');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByText('The passphrase is not correct').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByTestId('book-row').first().waitFor();
    expect(await page.getByTestId('book-row').innerText()).toMatch(/Japan/);
    expect(app.requests).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
