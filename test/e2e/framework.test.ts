// E2E: the framework panel: search, topic filter, tree keyboard, insert at the cursor, and the quote guard.
import { beforeAll, describe, expect, it } from 'vitest';
import { objectiveQuoteText } from '../../core/book/select';
import type { FrameworkBundle } from '../../core/framework/bundle';
import { axeViolations, screenshot } from './harness';
import { useApp } from './harness/useApp';
import { openAllUnclassifiedBook, SEED, savedBook, settle, textOf } from './editorHelpers';

let bookId: string;
let framework: FrameworkBundle;
let insertedId = '';

const app = useApp({ seedBooks: [SEED], viewport: { width: 1440, height: 1000 } });
beforeAll(async () => {
  bookId = (await openAllUnclassifiedBook(app)).id;
  const fw = await app.invoke('framework:get', {});
  if (!fw.ok) throw new Error(fw.error.message);
  framework = fw.value;
});

const page = () => app.page;
const content = () => page().locator('.bbe-content');
const quote = (id: string) => content().locator(`:scope > .bbe-fq[data-item-id="${id}"]`);

describe('framework panel', () => {
  it('searches with a topic filter and inserts an objective at the cursor, cited and marked', async () => {
    // Caret at the end of the first block.
    const first = content().locator(':scope > [data-mark]').first();
    await first.click();
    await page().keyboard.press('End');
    await settle(page());
    const firstText = await first.innerText();

    await page().getByLabel('Search framework').fill('interoperab');
    await page().getByLabel('Filter by topic').selectOption('commercial');
    const results = page().getByRole('list', { name: 'Search results' });
    const cards = results.getByRole('article', { name: /^Objective / });
    await cards.first().waitFor();
    insertedId = (await cards.first().locator('.bbf-id').innerText()).trim();
    const objective = framework.objectives.find((o) => o.id === insertedId)!;
    expect(objective.topics).toContain('commercial');
    // The header names the framework, not its internal version ID.
    const head = page().locator('.bbf-head');
    expect(await head.innerText()).toContain(framework.title);
    expect(await head.innerText()).not.toContain(framework.version);
    const card = () => results.getByRole('article', { name: `Objective ${insertedId}` });
    expect(await card().getByText('In book', { exact: true }).count()).toBe(0);
    await screenshot(page(), 'framework-search');

    await page()
      .getByRole('button', { name: `Insert objective ${insertedId}` })
      .click();
    await quote(insertedId).waitFor();
    // Right after the block the caret was in, with its citation chip and the tab's default mark.
    const blocks = content().locator(':scope > [data-mark]');
    expect(await blocks.nth(0).innerText()).toBe(firstText);
    expect(await blocks.nth(1).getAttribute('data-item-id')).toBe(insertedId);
    expect(await quote(insertedId).locator('.bbe-fq-chip').innerText()).toBe(insertedId);
    expect(await quote(insertedId).getAttribute('data-mark')).toBe('U');
    // Now the result says it is already in the book, and can still be inserted again.
    await card().getByText('In book', { exact: true }).waitFor();
    expect(
      await page()
        .getByRole('button', { name: `Insert objective ${insertedId}` })
        .isEnabled(),
    ).toBe(true);
    await screenshot(page(), 'framework-in-book');
    // "In book" jumps there: the caret moves from the first block into the quote.
    await first.click();
    const caretIn = (id: string) =>
      page().evaluate(
        (want) =>
          !!window
            .getSelection()
            ?.anchorNode?.parentElement?.closest(`.bbe-fq[data-item-id="${want}"]`),
        id,
      );
    expect(await caretIn(insertedId)).toBe(false);
    await card()
      .getByRole('button', { name: `In book: go to ${insertedId} in the book` })
      .click();
    await page().waitForFunction(
      (want) =>
        !!window
          .getSelection()
          ?.anchorNode?.parentElement?.closest(`.bbe-fq[data-item-id="${want}"]`),
      insertedId,
    );
    expect(await caretIn(insertedId)).toBe(true);

    await page().getByRole('button', { name: 'Save now' }).click();
    const saved = await savedBook(app, bookId);
    const node = saved.tabs[0]!.content.root.children[1]!;
    expect(node).toMatchObject({
      type: 'framework-quote',
      itemId: insertedId,
      itemKind: 'objective',
      cites: [insertedId],
      $: { mark: 'U' },
    });
    expect(textOf(node)).toBe(objectiveQuoteText(objective));
  });

  it('inserts a talking point showing what it cites', async () => {
    const point = framework.talkingPoints.find((t) => t.kind === 'point')!;
    await page().getByLabel('Filter by topic').selectOption('');
    await page().getByLabel('Search framework').fill(point.id);
    await page()
      .getByRole('button', { name: `Insert talking point ${point.id}` })
      .click();
    await quote(point.id).waitFor();
    expect(await quote(point.id).locator('.bbe-fq-chip').innerText()).toBe(
      `cites ${point.cites.join(', ')}`,
    );
  });

  it('browses the tree with the keyboard and inserts from an objective and its if-raised responses', async () => {
    const ir = framework.talkingPoints.find((t) => t.kind === 'if-raised')!;
    const objectiveId = ir.cites.find((c) => framework.objectives.some((o) => o.id === c))!;
    await page().getByLabel('Search framework').fill('');
    const tree = page().getByRole('tree', { name: 'Framework structure' });
    await tree.getByRole('treeitem').first().focus();
    // Walk down with the keyboard until the objective's row is focused, opening branches on the way.
    for (let i = 0; i < 200; i += 1) {
      const focused = await page().evaluate(
        () => document.activeElement?.getAttribute('data-node-id') ?? '',
      );
      if (focused === objectiveId) break;
      const expanded = await page().evaluate(() =>
        document.activeElement?.getAttribute('aria-expanded'),
      );
      const isAncestor =
        objectiveId.startsWith(`${focused}.`) ||
        framework.groups?.some((g) => g.id === focused && objectiveId.startsWith(`${g.id}.`));
      await page().keyboard.press(isAncestor && expanded === 'false' ? 'ArrowRight' : 'ArrowDown');
    }
    await page().keyboard.press('Enter');
    const detail = page().getByRole('region', { name: `Objective ${objectiveId}` });
    await detail.waitFor();
    expect(
      await tree.locator(`[data-node-id="${objectiveId}"]`).getAttribute('aria-selected'),
    ).toBe('true');
    await screenshot(page(), 'framework-tree-detail');
    await content().locator(':scope > [data-mark]').last().click();
    await detail.getByRole('button', { name: `Insert if raised ${ir.id}` }).click();
    await quote(ir.id).waitFor();
    expect(await quote(ir.id).locator('.bbe-fq-raised').innerText()).toBe(
      `If raised: ${ir.raised}`,
    );
  });

  it('turns an edited quote into visibly marked own text, and Ctrl+Z restores the cleared quote', async () => {
    const original = await quote(insertedId).locator('.bbe-fq-text').innerText();
    await quote(insertedId).locator('.bbe-fq-text').click();
    await page().keyboard.press('End');
    await settle(page());
    await page().keyboard.type(' Plus my own words.');
    const edited = content().locator(`:scope > [data-edited-from="${insertedId}"]`);
    await edited.waitFor();
    expect(await quote(insertedId).count()).toBe(0);
    expect(await edited.innerText()).toContain('Plus my own words.');
    const notice = await edited.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(notice).toContain('Edited: no longer cleared framework language');
    expect(await edited.getAttribute('data-mark')).toBe('U');
    await screenshot(page(), 'framework-quote-edited');

    await page().getByRole('button', { name: 'Save now' }).click();
    let saved = await savedBook(app, bookId);
    const para = saved.tabs[0]!.content.root.children.find((b) => b.$?.editedFrom === insertedId)!;
    expect(para.type).toBe('paragraph');
    // End goes to the end of the visual line, so the words may sit inside the quote's text.
    expect(textOf(para)).not.toBe(original);
    expect(textOf(para).replace(' Plus my own words.', '')).toBe(original);

    await content().click();
    let presses = 0;
    while ((await quote(insertedId).count()) === 0 && presses < 25) {
      await page().keyboard.press('Control+Z');
      presses += 1;
    }
    expect(await quote(insertedId).locator('.bbe-fq-text').innerText()).toBe(original);
    expect(await content().locator(`[data-edited-from="${insertedId}"]`).count()).toBe(0);
    await page().getByRole('button', { name: 'Save now' }).click();
    saved = await savedBook(app, bookId);
    const restored = saved.tabs[0]!.content.root.children.find((b) => b.itemId === insertedId)!;
    expect(restored.type).toBe('framework-quote');
  });

  it('keeps the counterpart ask as the first line when an if-raised quote is edited', async () => {
    const ir = framework.talkingPoints.find((t) => t.kind === 'if-raised')!;
    await quote(ir.id).locator('.bbe-fq-text').click();
    await page().keyboard.press('End');
    await settle(page());
    await page().keyboard.type(' My reply.');
    const edited = content().locator(`:scope > [data-edited-from="${ir.id}"]`);
    await edited.waitFor();
    expect((await edited.innerText()).split('\n')[0]).toBe(`If raised: ${ir.raised}`);
    expect(await edited.innerText()).toContain('My reply.');
  });

  it('has no serious accessibility violations on the editing screen, and sent no request', async () => {
    const violations = await axeViolations(page());
    // The whole editing screen: toolbar, marked blocks, quotes, the tree and the result cards.
    expect(violations).toEqual([]);
    expect(app.requests).toEqual([]);
  });
});
