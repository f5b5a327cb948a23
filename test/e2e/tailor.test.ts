// E2E: a talking point's sanctioned slot, Tailor with its diff, Revert, and inserting framework extras from the panel.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SerializedNode } from '../../core/book/lexical';
import type { FrameworkBundle } from '../../core/framework/bundle';
import type { TalkingPoint } from '../../core/framework/talkingPointSchema';
import { verifyQuote } from '../../core/book/quotes';
import { axeViolations, screenshot } from './harness';
import { useApp } from './harness/useApp';
import { openAllUnclassifiedBook, SEED, savedBook, settle, textOf } from './editorHelpers';

let bookId: string;
let framework: FrameworkBundle;
let point: TalkingPoint;
const COUNTRY = 'Japan'; // SEED's country
const OWN = ' We also value our long scientific partnership.';

const app = useApp({ seedBooks: [SEED], viewport: { width: 1440, height: 1000 } });
beforeAll(async () => {
  const book = await openAllUnclassifiedBook(app);
  bookId = book.id;
  const fw = await app.invoke('framework:get', {});
  if (!fw.ok) throw new Error(fw.error.message);
  framework = fw.value;
  // A point with a "your country" slot that the first tab does not already hold.
  const present = new Set(
    book.tabs[0]!.content.root.children.map((n) => String((n as SerializedNode).itemId)),
  );
  point = framework.talkingPoints.find(
    (t) =>
      t.kind === 'point' &&
      t.slots?.some((s) => s.generic === 'your country') &&
      !present.has(t.id),
  )!;
});

const page = () => app.page;
const content = () => page().locator('.bbe-content');
const quote = () => content().locator(`:scope > .bbe-fq[data-item-id="${point.id}"]`);
const savedNode = async () => {
  await page().getByRole('button', { name: 'Save now' }).click();
  const saved = await savedBook(app, bookId);
  return saved.tabs[0]!.content.root.children.find((n) => n.itemId === point.id)!;
};

describe('tailoring a talking point', () => {
  it('fills a sanctioned slot with the book’s country and stays cleared', async () => {
    await page().getByLabel('Search framework').fill(point.id);
    await page()
      .getByRole('button', { name: `Insert talking point ${point.id}` })
      .click();
    await quote().waitFor();
    await quote().getByLabel('Sanctioned wording for “your country”').selectOption(COUNTRY);
    const expected = point.text.replace('your country', COUNTRY);
    await expect.poll(() => quote().locator('.bbe-fq-text').innerText()).toBe(expected);
    // Still a cleared quote: no "edited" paragraph took its place.
    expect(await content().locator(`[data-edited-from="${point.id}"]`).count()).toBe(0);
    const node = await savedNode();
    expect(node.type).toBe('framework-quote');
    expect(node.adaptedFrom).toBeUndefined();
    expect(textOf(node)).toBe(expected);
    expect(verifyQuote(node, framework, framework.version, { country: COUNTRY })).toBeNull();
  });

  it('tailors: shows "Adapted from … (cleared)" and a word diff, and records the cleared text', async () => {
    const cleared = point.text.replace('your country', COUNTRY);
    await quote().getByRole('button', { name: 'Tailor' }).click();
    await quote().getByText(`Adapted from ${point.id} (cleared)`).waitFor();
    await settle(page());
    await page().keyboard.type(OWN);
    const diff = quote().getByRole('group', { name: 'Changes from the cleared text' });
    await expect.poll(() => diff.locator('ins').allInnerTexts()).toEqual([OWN.trim()]);
    expect(await diff.locator('del').count()).toBe(0);
    // Tailored words are the officer's: the block stays a quote, not an "edited" paragraph.
    expect(await content().locator(`[data-edited-from="${point.id}"]`).count()).toBe(0);
    await quote().scrollIntoViewIfNeeded();
    await screenshot(page(), 'tailored-talking-point-diff');
    const node = await savedNode();
    expect(node.adaptedFrom).toEqual({ itemId: point.id, text: cleared });
    expect(textOf(node)).toBe(`${cleared}${OWN}`);
    // Coverage counts it as tailored, apart from the points inserted as cleared.
    await expect
      .poll(() => page().getByRole('list', { name: 'Tailored talking points' }).innerText())
      .toContain(point.id);
  });

  it('reverts to the cleared text, a cleared quote again', async () => {
    await quote().getByRole('button', { name: 'Revert to cleared text' }).click();
    const cleared = point.text.replace('your country', COUNTRY);
    await expect.poll(() => quote().locator('.bbe-fq-text').innerText()).toBe(cleared);
    expect(
      await quote()
        .getByText(/Adapted from/)
        .count(),
    ).toBe(0);
    expect(await quote().getByRole('button', { name: 'Tailor' }).count()).toBe(1);
    const node = await savedNode();
    expect(node.adaptedFrom).toBeUndefined();
    expect(verifyQuote(node, framework, framework.version, { country: COUNTRY })).toBeNull();
  });
});

describe('framework extras in the panel', () => {
  it('inserts a policy foundation and a glossary entry with their citations', async () => {
    const foundation = framework.reference!.policyFoundations.foundations.find(
      (f) => f.id === 'PF.OST',
    )!;
    await page().getByRole('tab', { name: 'Foundations' }).click();
    await page().getByLabel('Search framework').fill('');
    const all = page().getByRole('list', { name: 'Policy foundation list' }).getByRole('article');
    // Every foundation the framework rests on, listed before any search.
    await expect
      .poll(() => all.count())
      .toBe(framework.reference!.policyFoundations.foundations.length);
    await screenshot(page(), 'framework-panel-foundations');
    await page().getByLabel('Search framework').fill('Outer Space Treaty');
    await page()
      .getByRole('button', { name: `Insert policy foundation ${foundation.id}` })
      .click();
    const inserted = `${foundation.name}: ${foundation.contribution} [${foundation.id}]`;
    await content().getByText(`[${foundation.id}]`, { exact: false }).first().waitFor();

    await page().getByRole('tab', { name: 'Glossary' }).click();
    await page().getByLabel('Search framework').fill('missile');
    const list = page().getByRole('list', { name: 'Glossary entry list' });
    expect(await list.getByRole('article').count()).toBe(1);
    await screenshot(page(), 'framework-panel-extras');
    await page().getByRole('button', { name: 'Insert glossary entry MTCR' }).click();
    const mtcr = framework.reference!.glossary.entries.find((e) => e.acronym === 'MTCR')!;

    await page().getByRole('button', { name: 'Save now' }).click();
    const saved = await savedBook(app, bookId);
    const texts = saved.tabs[0]!.content.root.children.map((n) => textOf(n));
    expect(texts).toContain(inserted);
    expect(texts).toContain(`MTCR: ${mtcr.expansion}`);
    const para = saved.tabs[0]!.content.root.children.find((n) => textOf(n) === inserted)!;
    expect(para.type).toBe('paragraph');
    expect(para.$?.mark).toBe('U');
  });

  it('has no serious accessibility violations, and sent no request', async () => {
    await page().getByRole('tab', { name: 'Quotations' }).click();
    await page().getByLabel('Search framework').fill('');
    expect(await axeViolations(page())).toEqual([]);
    expect(app.requests).toEqual([]);
  });
});
