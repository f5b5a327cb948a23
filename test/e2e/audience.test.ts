// E2E: the export dialog's three audiences (full book, non-paper, pocket card), each exported and read back.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, pdfPageTexts, screenshot } from './harness';
import { useApp } from './harness/useApp';
import { JP_TOKYO_2027 } from './harness/seeds';
import { screenshotDir } from './harness/screenshot';
import { openBook, savedBook } from './editorHelpers';

const app = useApp({ seedBooks: [JP_TOKYO_2027] });

const dialog = () => app.page.getByRole('dialog', { name: 'Export PDF' });
const pdfinfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });
const flat = (pages: string[]) => pages.join('\n').replace(/\s+/g, ' ');

/** Renders one page of a PDF to a PNG beside the app screenshots (pdftoppm -r 50). */
function pagePng(file: string, page: number, name: string): void {
  mkdirSync(screenshotDir, { recursive: true });
  const out = path.join(screenshotDir, name);
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', `${page}`, '-l', `${page}`, file, out]);
  // pdftoppm names the page file <name>-<page>.png, zero-padded to the page count's digits.
  const rendered = readdirSync(screenshotDir).find(
    (f) => f.startsWith(`${name}-`) && f.endsWith('.png'),
  )!;
  renameSync(path.join(screenshotDir, rendered), `${out}.png`);
}

/** Opens the dialog, picks the audience, exports; resolves to the file or the error shown. */
async function exportAs(label: string): Promise<{ file: string } | { error: string }> {
  const { page } = app;
  await page.getByRole('button', { name: 'Export PDF…' }).click();
  await dialog().waitFor();
  await dialog()
    .getByRole('radio', { name: new RegExp(`^${label}`) })
    .check();
  await dialog().getByRole('button', { name: 'Export', exact: true }).click();
  const result = page.getByTestId('export-result');
  const alert = dialog().getByRole('alert');
  await result.or(alert).first().waitFor({ timeout: 60_000 });
  const out = (await result.isVisible())
    ? { file: (await result.locator('code').innerText()).trim() }
    : { error: await alert.innerText() };
  await dialog().getByRole('button', { name: 'Close dialog' }).click();
  return out;
}

describe('Export audiences', () => {
  it('offers the three audiences, and the citations choice for a non-paper', async () => {
    const { page } = app;
    await openBook(page, app.seeded[0]!.title);
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    await dialog().waitFor();
    const radios = dialog().getByRole('group', { name: 'Audience' }).getByRole('radio');
    expect(await radios.count()).toBe(3);
    expect(await radios.nth(0).isChecked()).toBe(true);
    const keep = dialog().getByRole('checkbox', { name: /Keep the framework citations/ });
    expect(await keep.count()).toBe(0);
    await dialog()
      .getByRole('radio', { name: /^Non-paper/ })
      .check();
    expect(await keep.isChecked()).toBe(false);
    await dialog().getByRole('group', { name: 'Audience' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'export-dialog-audiences');
    expect(await axeViolations(page)).toEqual([]);
    await dialog().getByRole('button', { name: 'Close dialog' }).click();
  });

  it('full: the whole book, If Raised and Participants included', async () => {
    const out = await exportAs('Full book');
    if (!('file' in out)) throw new Error(out.error);
    const text = flat(await pdfPageTexts(out.file));
    expect(text).toContain('If Raised');
    expect(text).toContain('Participants');
    expect(text).toContain('SENSITIVE BUT UNCLASSIFIED');
    expect(pdfinfo(out.file)).toMatch(/^Page size:\s+612 x 792 pts/m);
    pagePng(out.file, 1, 'audience-full-p1');
  });

  it('non-paper: unclassified portions only, plain title page, no citations', async () => {
    const out = await exportAs('Non-paper');
    if (!('file' in out)) throw new Error(out.error);
    expect(path.basename(out.file)).toMatch(/\(non-paper\)\.pdf$/);
    const pages = await pdfPageTexts(out.file);
    const text = flat(pages);
    expect(text).toContain('Non-paper');
    expect(text).toContain('Points to Make');
    for (const gone of ['If Raised', 'If raised', 'Participants', '(SBU)', 'SENSITIVE', 'Drafted:'])
      expect(text, gone).not.toContain(gone);
    expect(text).not.toMatch(/\(cites |\[P1\./);
    for (const p of pages) expect(p).toMatch(/^UNCLASSIFIED$/m);
    pagePng(out.file, 3, 'audience-nonpaper-p3');
  });

  it('pocket: the stock book overflows and says where; trimmed, it fits 2 half-letter pages', async () => {
    const { page } = app;
    const failed = await exportAs('Pocket card');
    expect('error' in failed && failed.error).toMatch(
      /pocket card needs \d+ half-letter pages; it may have at most 2\. From block \d+ of tab "(Purpose and Objectives|Points to Make)"/,
    );
    // The officer trims the card's tabs: the meeting line and outcomes, and two points.
    const book = await savedBook(app, app.seeded[0]!.id);
    const kids = (kind: string) => book.tabs.find((t) => t.kind === kind)!.content.root.children;
    kids('purpose').splice(2);
    kids('points-to-make').splice(2);
    await page.getByRole('button', { name: 'Close book' }).click();
    const saved = await app.invoke('books:save', { book });
    expect(saved.ok).toBe(true);
    await openBook(page, book.title);
    const out = await exportAs('Pocket card');
    if (!('file' in out)) throw new Error(out.error);
    const info = pdfinfo(out.file);
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)![1])).toBeLessThanOrEqual(2);
    expect(info).toMatch(/^Page size:\s+396 x 612 pts/m);
    const text = flat(await pdfPageTexts(out.file)).replace(/ ?DRAFT ?/g, ' ');
    expect(text).toContain('Meeting with');
    expect(text).toContain('Points to Make');
    expect(text).not.toContain('Background');
    pagePng(out.file, 1, 'audience-pocket-p1');
  });

  it('made no network request and logged no error', () => {
    expect(app.requests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
