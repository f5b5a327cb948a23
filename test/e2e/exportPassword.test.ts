// E2E: the export dialog's "Protect with a password": field errors, then an AES-256 PDF that opens only with the password.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, screenshot } from './harness';
import { useApp } from './harness/useApp';
import { JP_TOKYO } from './harness/seeds';
import { pdfPages, readPdf } from '../fixtures/pdfPages';

const PASSWORD = 'Lunar gateway 2026';

const app = useApp({ seedBooks: [JP_TOKYO] });
beforeAll(async () => {
  await app.page.getByTestId('book-row').first().waitFor();
});

const dialog = () => app.page.getByRole('dialog', { name: 'Export PDF' });
const qpdf = (args: string[]) => spawnSync('qpdf', args, { encoding: 'utf8' });

describe('password-protected PDF export', () => {
  it('asks for the password twice, shows errors at the field, and exports an AES-256 PDF', async () => {
    const { page } = app;
    const [japan] = app.seeded;
    await page.getByRole('button', { name: `More actions for ${japan!.title}` }).click();
    await page.getByRole('menuitem', { name: 'Export PDF…' }).click();
    await dialog().waitFor();
    const password = dialog().getByLabel('PDF password', { exact: true });
    const confirm = dialog().getByLabel('Confirm password', { exact: true });
    // Off by default: no fields until the user asks for protection.
    expect(await password.count()).toBe(0);
    await dialog().getByRole('checkbox', { name: 'Protect with a password' }).check();

    await password.fill('short');
    await confirm.fill('short');
    await dialog().getByRole('button', { name: 'Export', exact: true }).click();
    await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true');
    expect(await dialog().getByText('The password needs at least 8 characters.').isVisible()).toBe(
      true,
    );

    await password.fill(PASSWORD);
    await confirm.fill(`${PASSWORD}x`);
    await dialog().getByRole('button', { name: 'Export', exact: true }).click();
    await expect.poll(() => confirm.getAttribute('aria-invalid')).toBe('true');
    expect(await password.getAttribute('aria-invalid')).toBe('false');
    expect(
      await dialog()
        .getByText(/The two passwords differ/)
        .isVisible(),
    ).toBe(true);
    expect(
      await dialog()
        .getByText(/at least 8 characters/)
        .count(),
    ).toBe(0);
    // Nothing was exported while the fields disagreed.
    expect(app.openedPaths).toEqual([]);
    await screenshot(page, 'export-password-mismatch');
    expect(await axeViolations(page)).toEqual([]);

    await confirm.fill(PASSWORD);
    await dialog().getByRole('button', { name: 'Export', exact: true }).click();
    const result = page.getByTestId('export-result');
    await result.waitFor({ timeout: 60_000 });
    const file = (await result.locator('code').innerText()).trim();
    expect(path.dirname(file)).toBe(app.exportsDir);

    const shown = qpdf(['--show-encryption', `--password=${PASSWORD}`, file]);
    expect(shown.status, shown.stderr).toBe(0);
    expect(shown.stdout).toMatch(/stream encryption method: AESv3/);
    expect(shown.stdout).toMatch(/R = [56]\b/);
    expect(qpdf(['--check', file]).status).not.toBe(0);
    const bytes = readFileSync(file);
    await expect(pdfPages(bytes)).rejects.toMatchObject({ name: 'PasswordException' });
    const text = (await readPdf(bytes, PASSWORD)).pages.map((p) => p.text).join('\n');
    expect(text).toContain('Bilateral Space Dialogue');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('made no network request and logged no error', () => {
    expect(app.requests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
