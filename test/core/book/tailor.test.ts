// Sanctioned slots and tailoring against the bundled framework: what stays cleared, what prints "adapted from".
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../core/book/coverage';
import { EditorStateSchema } from '../../../core/book/lexical';
import { findQuoteProblems, verifyQuote } from '../../../core/book/quotes';
import type { Book } from '../../../core/book/schema';
import { wordDiff } from '../../../core/book/tailor';
import { findCountry, loadCountries, loadFramework } from '../../../core/data';
import { TalkingPointSchema } from '../../../core/framework/talkingPointSchema';
import { frameworkQuoteToPdfmake } from '../../../core/pdf/frameworkQuote';
import type { FontKey } from '../../../core/pdf/scripts';
import { checkReadiness } from '../../../core/readiness';
import { findTemplate, loadTemplates } from '../../../core/templates';
import { doc, fq } from '../../fixtures/books/nodes';
import { kenyaDraft } from '../../fixtures/books/kenyaDraft';

const framework = loadFramework();
const countries = loadCountries();
const KENYA = { country: 'Kenya' };
const point = framework.talkingPoints.find((tp) => tp.id === 'TP.leadership.partner-of-choice')!;
const govPoint = framework.talkingPoints.find((tp) =>
  tp.slots?.some((s) => s.generic === 'your government'),
)!;
const quoteOf = (id: string, text: string, extra: Record<string, unknown> = {}) => ({
  ...fq('U', { itemId: id, itemKind: 'talking-point', cites: ['P1.G1.1'], text }),
  ...extra,
});
const verify = (node: ReturnType<typeof quoteOf>, slots = KENYA) =>
  verifyQuote(node, framework, framework.version, slots);

describe('sanctioned slots', () => {
  it('are declared in the framework data for the generic talking points', () => {
    expect(point.slots).toEqual([{ generic: 'your country', fills: ['{country}'] }]);
    const withSlots = framework.talkingPoints.filter((tp) => tp.slots);
    expect(withSlots.length).toBeGreaterThanOrEqual(10);
    // Objectives are verbatim framework text: none carries a slot.
    expect(framework.objectives.some((o) => 'slots' in o)).toBe(false);
  });

  it('keep a point cleared when filled with the book’s country', () => {
    const filled = point.text.replace('your country', 'Kenya');
    expect(verify(quoteOf(point.id, point.text))).toBeNull();
    expect(verify(quoteOf(point.id, filled))).toBeNull();
    const gov = govPoint.text.replace('your government', 'the Government of Kenya');
    expect(verify(quoteOf(govPoint.id, gov))).toBeNull();
  });

  it('refuse another country, an unsanctioned form, or a slot filled outside its place', () => {
    expect(verify(quoteOf(point.id, point.text.replace('your country', 'Japan')))).toBe(
      'text-altered',
    );
    expect(verify(quoteOf(point.id, point.text.replace('your country', 'Kenya’s people')))).toBe(
      'text-altered',
    );
    // A slot value only in a slot: elsewhere the same word is an edit.
    expect(verify(quoteOf(point.id, point.text.replace('The United States', 'Kenya')))).toBe(
      'text-altered',
    );
    // Without the book's country, only the generic text is cleared.
    const filled = point.text.replace('your country', 'Kenya');
    expect(verifyQuote(quoteOf(point.id, filled), framework, framework.version)).toBe(
      'text-altered',
    );
  });

  it('are refused in the data when their words are not in the point, or use another variable', () => {
    const bad = { ...point, slots: [{ generic: 'your nation', fills: ['{country}'] }] };
    expect(TalkingPointSchema.safeParse(bad).success).toBe(false);
    const badFill = { ...point, slots: [{ generic: 'your country', fills: ['{capital}'] }] };
    expect(TalkingPointSchema.safeParse(badFill).success).toBe(false);
    expect(TalkingPointSchema.safeParse(point).success).toBe(true);
  });
});

describe('tailoring', () => {
  const cleared = point.text.replace('your country', 'Kenya');
  const tailoredText = `${cleared} We look forward to Nairobi’s ideas.`;
  const tailored = quoteOf(point.id, tailoredText, {
    adaptedFrom: { itemId: point.id, text: cleared },
  });

  it('is honest when it records the item’s cleared text, whatever the officer wrote', () => {
    expect(verify(tailored)).toBeNull();
  });

  it('is flagged when its recorded source is not cleared text, or names another item', () => {
    const forged = quoteOf(point.id, tailoredText, {
      adaptedFrom: { itemId: point.id, text: 'The United States will withdraw.' },
    });
    expect(verify(forged)).toBe('text-altered');
    const other = quoteOf(point.id, tailoredText, {
      adaptedFrom: { itemId: govPoint.id, text: govPoint.text },
    });
    expect(verify(other)).toBe('text-altered');
    const malformed = quoteOf(point.id, tailoredText, { adaptedFrom: 'yes' });
    expect(verify(malformed)).toBe('text-altered');
  });

  it('is refused by the book codec’s content schema when its record is malformed', () => {
    expect(EditorStateSchema.safeParse(doc(tailored)).success).toBe(true);
    const bad = EditorStateSchema.safeParse(
      doc(quoteOf(point.id, tailoredText, { adaptedFrom: { itemId: point.id } })),
    );
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toContain('adaptedFrom');
  });

  it('is never allowed for an objective: the 54 objectives stay verbatim', () => {
    const o = framework.objectives[0]!;
    const node = {
      ...fq('U', { itemId: o.id, itemKind: 'objective', cites: [o.id], text: `${o.text} Mine.` }),
      adaptedFrom: { itemId: o.id, text: o.text },
    };
    expect(verify(node)).toBe('text-altered');
  });

  it('prints without the cleared box, citing "adapted from"; a cleared one prints boxed', () => {
    const ctx = {
      usedFonts: new Set<FontKey>(),
      framework,
      frameworkVersion: framework.version,
      fields: { 'country.name': 'Kenya' } as never,
    };
    const out = JSON.stringify(frameworkQuoteToPdfmake(tailored, 'U', ctx));
    expect(out).toContain(`(adapted from ${point.id})`);
    expect(out).not.toContain('"table"');
    expect(out).not.toContain('(cites');
    const clearedOut = JSON.stringify(
      frameworkQuoteToPdfmake(quoteOf(point.id, cleared), 'U', ctx),
    );
    expect(clearedOut).toContain('"table"');
    expect(clearedOut).toContain('(cites P1.G1.1)');
    expect(clearedOut).not.toContain('adapted from');
  });

  it('shows a word-level diff against the cleared text', () => {
    const diff = wordDiff(cleared, tailoredText.replace('important', 'vital'));
    expect(diff.filter((r) => r.kind === 'removed').map((r) => r.text.trim())).toEqual([
      'important',
    ]);
    const added = diff
      .filter((r) => r.kind === 'added')
      .map((r) => r.text)
      .join('');
    expect(added).toContain('vital');
    expect(added).toContain('Nairobi’s ideas.');
  });
});

describe('a drafted book with a tailored and a slot-filled point', () => {
  /** The book with its first quote of `id` replaced by `change(quote)`. */
  function withQuote(book: Book, change: (q: Record<string, unknown>) => unknown): Book {
    let done = false;
    const tabs = book.tabs.map((tab) => ({
      ...tab,
      content: {
        ...tab.content,
        root: {
          ...tab.content.root,
          children: tab.content.root.children.map((n) => {
            if (done || n.type !== 'framework-quote' || n.itemKind === 'objective') return n;
            done = true;
            return change(n) as typeof n;
          }),
        },
      },
    }));
    expect(done).toBe(true);
    return { ...book, tabs };
  }

  it('has no quote problem; coverage lists the tailored point apart from the inserted ones', () => {
    const book = kenyaDraft('tailor-1');
    const template = findTemplate(loadTemplates(), 'bilateral-space-dialogue');
    const kenya = findCountry(countries, 'KE');
    const before = computeCoverage(book, template, framework, kenya);
    expect(before.tailoredPointIds).toEqual([]);
    let tailoredId = '';
    const changed = withQuote(book, (q) => {
      tailoredId = String(q.itemId);
      const text = (q.children as Array<{ text: string }>)[0]!.text;
      return {
        ...q,
        adaptedFrom: { itemId: q.itemId, text },
        children: [{ ...(q.children as object[])[0], text: `${text} Our own closing words.` }],
      };
    });
    expect(findQuoteProblems(changed, framework)).toEqual([]);
    const quoteKinds = checkReadiness({ book: changed, framework, countries, today: '2026-11-29' })
      .map((p) => p.kind)
      .filter((k) => k.startsWith('quote'));
    expect(quoteKinds).toEqual([]);
    const after = computeCoverage(changed, template, framework, kenya);
    expect(after.tailoredPointIds).toEqual([tailoredId]);
    expect(after.insertedPointIds).not.toContain(tailoredId);
    expect(after.insertedPointIds.length).toBe(before.insertedPointIds.length - 1);
  });

  it('an edit without Tailor is still flagged (and prints as plain text)', () => {
    const changed = withQuote(kenyaDraft('tailor-1'), (q) => ({
      ...q,
      children: [{ ...(q.children as object[])[0], text: 'The United States will withdraw.' }],
    }));
    expect(findQuoteProblems(changed, framework).map((p) => p.problem)).toEqual(['text-altered']);
  });
});
