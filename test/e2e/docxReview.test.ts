// E2E: the Word round trip in the app: export a DOCX from the editor, return it edited (plain edits and a tracked
// change), review it in the dialog, accept some blocks and reject one; the book saves only what was accepted.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, screenshot } from './harness';
import { useApp } from './harness/useApp';
import { JP_TOKYO } from './harness/seeds';
import { openBook, savedBook } from './editorHelpers';
import type { Book } from '../../core/book/schema';
import { blockId } from '../../core/book/blockIds';
import { blockSegments } from '../../core/docx/segments';
import { editDocx, run, setBlockRuns, tracked } from '../fixtures/docxEdit';

const REVIEWER = 'Jane Reviewer (PM/ISO)';

const app = useApp({ seedBooks: [JP_TOKYO] });
beforeAll(async () => {
  await app.page.getByTestId('book-row').first().waitFor();
});

const tabBlocks = (book: Book, kind: string) =>
  book.tabs.find((t) => t.kind === kind)!.content.root.children;

describe('Word round trip in the app', () => {
  it('exports, reviews a returned file and applies only the accepted blocks', async () => {
    const { page } = app;
    const seeded = app.seeded[0]!;
    await openBook(page, seeded.title);
    await page.getByRole('button', { name: 'Export Word (.docx)…' }).click();
    const saved = page.getByTestId('docx-message').filter({ hasText: /^Saved Word file: / });
    await saved.waitFor({ timeout: 60_000 });
    const file = (await saved.innerText()).replace(/^Saved Word file: /, '').trim();
    expect(path.dirname(file)).toBe(app.exportsDir);

    const book = await savedBook(app, seeded.id);
    const meeting = tabBlocks(book, 'purpose')[0]!;
    const quote = tabBlocks(book, 'purpose').find((b) => b.type === 'framework-quote')!;
    const scene = tabBlocks(book, 'scene-setter')[0]!;
    const quoteText = blockSegments(quote)[0]!.text;
    const first = quoteText.split(' ')[0]!;
    const returned = editDocx(readFileSync(file), (xml) =>
      setBlockRuns(
        setBlockRuns(
          setBlockRuns(xml, blockId(meeting)!, run('Meeting with the Vice Minister in Tokyo.')),
          blockId(quote)!,
          tracked('del', 901, REVIEWER, first) +
            tracked('ins', 902, REVIEWER, 'Advance') +
            run(quoteText.slice(first.length)),
        ),
        blockId(scene)!,
        run('A reviewer rewrote this paragraph.'),
      ),
    );
    const back = path.join(app.exportsDir, 'returned-cleared.docx');
    writeFileSync(back, returned);
    await page.getByTestId('docx-import-input').setInputFiles(back);

    const dialog = page.getByRole('dialog', { name: 'Review changes from returned-cleared.docx' });
    await dialog.waitFor();
    const cards = dialog.getByTestId('docx-block');
    expect(await cards.count()).toBe(3);
    const card = (id: string) => dialog.locator(`[data-block-id="${id}"]`);
    await expect
      .poll(() => card(blockId(quote)!).innerText())
      .toContain(`${REVIEWER} deleted “${first}”`);
    expect(await card(blockId(quote)!).innerText()).toContain(`${REVIEWER} inserted “Advance”`);
    expect(await card(blockId(quote)!).innerText()).toContain('Cleared framework language');
    expect(await card(blockId(meeting)!).locator('ins').allInnerTexts()).toEqual(
      expect.arrayContaining(['Vice', 'Minister']),
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'docx-review-dialog');

    // Nothing happens without a click: Accept all, then Cancel, leaves the book as it was.
    await dialog.getByRole('button', { name: 'Accept all' }).click();
    await dialog.getByRole('button', { name: 'Apply accepted changes (3)' }).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await savedBook(app, seeded.id)).tabs).toEqual(book.tabs);

    await page.getByTestId('docx-import-input').setInputFiles(back);
    await dialog.waitFor();
    const decide = (id: string, what: 'Accept' | 'Reject') =>
      card(id).getByRole('button', { name: what }).click();
    await decide(blockId(meeting)!, 'Accept');
    await decide(blockId(quote)!, 'Accept');
    await decide(blockId(scene)!, 'Reject');
    await dialog.getByRole('button', { name: 'Apply accepted changes (2)' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByTestId('docx-message')
      .filter({ hasText: 'Applied 2 accepted change(s) from returned-cleared.docx.' })
      .waitFor();

    const after = await savedBook(app, seeded.id);
    const find = (id: string) =>
      after.tabs.flatMap((t) => t.content.root.children).find((n) => blockId(n) === id)!;
    expect(blockSegments(find(blockId(meeting)!))[0]!.text).toBe(
      'Meeting with the Vice Minister in Tokyo.',
    );
    expect(blockSegments(find(blockId(quote)!))[0]!.text).toBe(
      `Advance${quoteText.slice(first.length)}`,
    );
    expect(find(blockId(scene)!)).toEqual(scene);
    // The edited quote is no longer cleared language: Readiness lists it.
    await page.locator('.readiness-item[data-kind="quote-edited"]').first().waitFor();
    expect(app.requests).toEqual([]);
  });

  it('refuses a file that is not a Word document, naming it', async () => {
    const bad = path.join(app.exportsDir, 'notes.docx');
    writeFileSync(bad, 'plain text, not a zip');
    await app.page.getByTestId('docx-import-input').setInputFiles(bad);
    await app.page
      .getByTestId('docx-message')
      .filter({
        hasText: 'Import refused. notes.docx: is not a Word document (.docx): it is not a zip file',
      })
      .waitFor();
    expect(await axeViolations(app.page)).toEqual([]);
    expect(app.requests).toEqual([]);
  });
});
