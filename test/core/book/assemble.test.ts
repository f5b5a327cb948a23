// Assembly rules on fixture data: country-fact rules, marks, placeholders, tables, purity and determinism.
import { describe, expect, it } from 'vitest';
import { assembleBook } from '../../../core/book/assemble';
import { BookSchema } from '../../../core/book/schema';
import { findTemplate, loadTemplates } from '../../../core/templates';
import { MARK_STATE_KEY, type SerializedNode } from '../../../core/book/lexical';
import { AppFailure } from '../../../core/ipc/result';
import { nodeText } from '../../../core/book/walk';
import { fixtureCountries, fixtureCountry, fixtureFramework } from '../../fixtures/engine/bundle';
import { MEETING, NOW, draft, quoteIds, tabOf } from './draft';

const TEMPLATE_IDS = loadTemplates().map((t) => t.id);

describe('assembleBook rules by country facts (bilateral-space-dialogue)', () => {
  const cases = [
    { code: 'JP', signatory: true, mtcr: true },
    { code: 'ZA', signatory: false, mtcr: true },
    { code: 'EG', signatory: false, mtcr: false },
    { code: 'MX', signatory: true, mtcr: false },
  ];
  for (const { code, signatory, mtcr } of cases) {
    it(`${code}: Artemis ${signatory ? 'implementation' : 'outreach'}, ${mtcr ? 'TSA point' : 'launch-vehicle line if raised'}`, () => {
      const book = draft('bilateral-space-dialogue', code);
      const points = quoteIds(tabOf(book, 'points-to-make'));
      const ifRaised = quoteIds(tabOf(book, 'if-raised'));
      expect(points.includes('TP.fx.artemis.outreach')).toBe(!signatory);
      expect(points.includes('TP.fx.artemis.signatory')).toBe(signatory);
      expect(quoteIds(book).includes('TP.P1.G3.3.2.tsa')).toBe(mtcr);
      expect(ifRaised.includes('IR.export-controls.slv')).toBe(!mtcr);
      expect(points).not.toContain('IR.export-controls.slv');
    });
  }

  it('quotes framework items verbatim, with kind, citations and the if-raised ask', () => {
    const book = draft('bilateral-space-dialogue', 'EG');
    const nodes = book.tabs
      .flatMap((t) => t.content.root.children)
      .filter((n) => n.type === 'framework-quote');
    const objective = nodes.find((n) => n.itemId === 'P1.G1.2')!;
    expect(objective).toMatchObject({ itemKind: 'objective', cites: ['P1.G1.2'] });
    const source = fixtureFramework.objectives[0]!;
    expect(nodeText(objective)).toBe(
      `${source.text} a. ${source.subItems![0]!.text} b. ${source.subItems![1]!.text}`,
    );
    const slv = nodes.find((n) => n.itemId === 'IR.export-controls.slv')!;
    expect(slv).toMatchObject({
      itemKind: 'if-raised',
      cites: ['P1.G3.3.1'],
      raised: 'Fixture ask: support for a launch vehicle.',
    });
    expect(slv.children).toEqual([
      expect.objectContaining({
        type: 'text',
        text: 'Fixture response: the launch-vehicle policy line.',
      }),
    ]);
  });

  it('inserts each framework item at most once per book', () => {
    const ids = quoteIds(draft('bilateral-space-dialogue', 'JP'));
    expect(ids.length).toBeGreaterThan(3);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('assembleBook output, every template', () => {
  for (const id of TEMPLATE_IDS) {
    it(`${id}: valid book, every block marked, no placeholder left, tables well formed`, () => {
      const book = draft(id, 'ZA');
      expect(BookSchema.safeParse(book).success).toBe(true);
      const texts = book.tabs.flatMap((t) => [t.title, nodeText(t.content.root)]);
      for (const text of [book.title, ...texts]) expect(text).not.toMatch(/\{\{|\}\}/);
      expect(book.title).toContain('South Africa');
      for (const tab of book.tabs) {
        expect(tab.content.root.children.length).toBeGreaterThan(0);
        for (const block of tab.content.root.children) {
          expect(block.$?.[MARK_STATE_KEY], `${tab.title}: ${nodeText(block)}`).toBe(
            tab.defaultMark,
          );
        }
        const expected = tab.kind === 'participants' || tab.kind === 'schedule' ? 'SBU' : 'U';
        expect(tab.defaultMark, tab.title).toBe(expected);
      }
      for (const t of book.tabs
        .flatMap((tab) => tab.content.root.children)
        .filter((n) => n.type === 'table')) {
        const rows = t.children as SerializedNode[];
        expect(rows.length).toBeGreaterThan(1);
        expect(rows[0]!.children!.every((c) => c.headerState === 1)).toBe(true);
        expect(rows.slice(1).every((r) => r.children!.every((c) => c.headerState === 0))).toBe(
          true,
        );
        for (const cell of rows.flatMap((r) => r.children!))
          expect(cell.children![0]!.type).toBe('paragraph');
      }
    });
  }

  it('fills placeholders from the meeting and asks the drafter for what is missing', () => {
    const book = draft('bilateral-space-dialogue', 'JP');
    const purpose = nodeText(tabOf(book, 'purpose').content.root);
    expect(purpose).toContain(
      'Meeting with Counterpart Name (Director-General), Tokyo, March 12, 2026.',
    );
    expect(purpose).toContain('U.S. principal: [Drafter: principal].');
    expect(book.title).toBe('U.S.-Japan Bilateral Space Dialogue, March 12, 2026');
    const participants = nodeText(tabOf(book, 'participants').content.root);
    expect(participants).toContain('Japan Counterpart Name Director-General');
  });

  it('cites each fact to its authority with one human as-of date, not the compiler’s sources', () => {
    const background = nodeText(
      tabOf(draft('bilateral-space-dialogue', 'JP'), 'background').content.root,
    );
    expect(background).toContain('(NASA, Artemis Accords signatories, as of 30 July 2026)');
    expect(background).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(background).not.toContain('Fixture roster');
    expect(background).not.toContain('Sources:');
  });

  it('records identity, versions and a fresh draft clearance', () => {
    const book = draft('space-security-dialogue', 'EG');
    expect(book).toMatchObject({
      id: 'book-1',
      templateId: 'space-security-dialogue',
      templateVersion: 1,
      frameworkVersion: 'fixture-1',
      bookDate: '2026-03-01',
      createdAt: NOW,
      updatedAt: NOW,
      copyNumber: null,
      meeting: { countryCode: 'EG', countryName: 'Egypt', city: 'Tokyo', date: '2026-03-12' },
      clearance: { drafted: null, approved: null, status: 'draft' },
    });
    // The template's clearing offices, each pending with nobody named yet.
    const pending = (office: string) => ({ office, name: '', date: null, status: 'pending' });
    expect(book.clearance.cleared).toEqual(['OES/SAT', 'ISN/MTR', 'L/OES', 'PM/CPA'].map(pending));
    expect(book.tabs.map((t) => t.id)).toEqual(
      book.tabs.map((t, i) => `tab-${String(i + 1).padStart(2, '0')}-${t.kind}`),
    );
  });
});

describe('assembleBook purity', () => {
  it('gives deep-equal books for the same inputs and does not mutate them', () => {
    const template = findTemplate(loadTemplates(), 'bilateral-space-dialogue');
    const frozen = <T>(v: T): T => {
      if (v && typeof v === 'object') {
        Object.values(v).forEach(frozen);
        Object.freeze(v);
      }
      return v;
    };
    const args = [
      frozen(template),
      frozen(structuredClone(fixtureFramework)),
      frozen(structuredClone(fixtureCountries)),
      frozen(structuredClone(fixtureCountry('JP'))),
      frozen(structuredClone(MEETING)),
    ] as const;
    const a = assembleBook(...args, { now: NOW, id: 'x1' });
    const b = assembleBook(...args, { now: new Date(NOW), id: 'x1' });
    expect(b).toEqual(a);
    const c = assembleBook(...args, { now: NOW, id: 'x2' });
    expect({ ...c, id: 'x1' }).toEqual(a);
  });

  it('rejects a bad meeting date, id or clock value with a specific validation failure', () => {
    const template = findTemplate(loadTemplates(), 'bilateral-space-dialogue');
    const run = (meetingDate: string, id: string, now: string) => () =>
      assembleBook(
        template,
        fixtureFramework,
        fixtureCountries,
        fixtureCountry('JP'),
        { ...MEETING, date: meetingDate },
        { now, id },
      );
    expect(run('2026-02-30', 'ok', NOW)).toThrow(/2026-02-30.*not a real date/);
    expect(run('2026-02-28', 'bad id!', NOW)).toThrow(/book id "bad id!"/);
    expect(run('2026-02-28', 'ok', 'yesterday')).toThrow(AppFailure);
  });
});
