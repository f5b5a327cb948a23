/// <reference lib="dom" />
// The templates on the bundled framework and country facts: rules by Artemis and MTCR status, facts, quotes.
import { describe, expect, it } from 'vitest';
import { assembleBook } from '../../../core/book/assemble';
import { BookSchema, type Book } from '../../../core/book/schema';
import { findUnmarkedPortions } from '../../../core/book/markings';
import { findQuoteProblems } from '../../../core/book/quotes';
import { computeCoverage } from '../../../core/book/coverage';
import { nodeText } from '../../../core/book/walk';
import { findTemplate, loadTemplates } from '../../../core/templates';
import { findCountry, isArtemisSignatory, loadCountries, loadFramework } from '../../../core/data';
import { makeEditor } from '../../renderer/headlessEditor';
import { MEETING, NOW, quoteIds, tabOf } from './draft';

const framework = loadFramework();
const countries = loadCountries();
const templates = loadTemplates();

/** Representatives, with the facts the rules depend on checked against the data itself. */
const REPRESENTATIVES = [
  { code: 'JP', signatory: true, mtcr: true },
  { code: 'ZA', signatory: false, mtcr: true },
  { code: 'EG', signatory: false, mtcr: false },
  { code: 'MX', signatory: true, mtcr: false },
];

function book(templateId: string, code: string): Book {
  const template = findTemplate(templates, templateId);
  return assembleBook(template, framework, countries, findCountry(countries, code), MEETING, {
    now: NOW,
    id: 'real',
  });
}

describe('template rules refer to real framework items', () => {
  it('every objective and talking-point id in a template exists, with the block kind', () => {
    const objectives = new Set(framework.objectives.map((o) => o.id));
    const kinds = new Map(framework.talkingPoints.map((tp) => [tp.id, tp.kind]));
    const checked = { objectives: 0, talkingPoints: 0 };
    for (const t of templates) {
      for (const block of t.tabs.flatMap((tab) => tab.blocks)) {
        if (block.type === 'objectives')
          for (const id of block.ids ?? []) {
            expect(objectives.has(id), `${t.id}: ${id}`).toBe(true);
            checked.objectives++;
          }
        if (block.type === 'talking-points') {
          for (const id of block.ids ?? []) {
            expect(kinds.get(id), `${t.id}: ${id}`).toBe(block.kind);
            checked.talkingPoints++;
          }
        }
      }
    }
    // The templates do name ids of both kinds: zero here would mean the loops checked nothing.
    expect(checked.objectives).toBeGreaterThan(0);
    expect(checked.talkingPoints).toBeGreaterThan(0);
  });

  it('the representative countries have the facts the tests assume', () => {
    for (const { code, signatory, mtcr } of REPRESENTATIVES) {
      const c = findCountry(countries, code);
      expect([isArtemisSignatory(c), c.mtcrPartner], code).toEqual([signatory, mtcr]);
    }
  });
});

describe('bilateral-space-dialogue on real data', () => {
  for (const { code, signatory, mtcr } of REPRESENTATIVES) {
    it(`${code}: ${signatory ? 'signatory' : 'outreach'} Artemis points, ${mtcr ? 'TSA points' : 'launch-vehicle line if raised'}`, () => {
      const b = book('bilateral-space-dialogue', code);
      const points = quoteIds(tabOf(b, 'points-to-make'));
      const raised = quoteIds(tabOf(b, 'if-raised'));
      expect(points).toContain('TP.P1.G1.2.convening');
      expect(points.includes('TP.P1.G1.2.b.invite')).toBe(!signatory);
      expect(points.includes('TP.P1.G1.2.a.working-groups')).toBe(signatory);
      expect(raised.includes('IR.artemis-accords.why-sign')).toBe(!signatory);
      expect(points.includes('TP.P1.G3.3.2.tsa')).toBe(mtcr);
      expect(quoteIds(tabOf(b, 'purpose')).includes('P1.G3.3.2')).toBe(mtcr);
      expect(raised.includes('IR.export-controls.tsa')).toBe(mtcr);
      expect(raised.includes('IR.export-controls.slv')).toBe(!mtcr);
      expect(raised.includes('IR.export-controls.tsa-nonpartner')).toBe(!mtcr);
      expect(raised.includes('IR.export-controls.slv-partner')).toBe(mtcr);
      expect(points.length).toBeGreaterThanOrEqual(4);
      expect(points.length).toBeLessThanOrEqual(6);
    });
  }

  it('states Japan’s facts with the authority and its as-of date on the background tab', () => {
    const text = nodeText(tabOf(book('bilateral-space-dialogue', 'JP'), 'background').content.root);
    expect(text).toContain(
      'Artemis Accords: Signed 13 October 2020 (signatory no. 4) (NASA, Artemis Accords signatories, as of 30 July 2026).',
    );
    expect(text).toContain(
      'MTCR: Partner (Missile Technology Control Regime, Partners, as of 20 December 2025).',
    );
    expect(text).toContain('Space agency: Japan Aerospace Exploration Agency (JAXA)');
    // The compiler's trail (repository paths, nested dates) stays out of the book.
    const artemisSource = countries.sources.find((s) => s.id === 'internacia-artemis')!;
    expect(text).not.toContain(artemisSource.title);
    expect(text).not.toContain(countries.asOf.artemisAccords);
  });
});

describe('every template on real data', () => {
  for (const t of templates) {
    it(`${t.id}: valid, marked, verbatim quotes, full coverage, no placeholder left, for all representatives`, () => {
      for (const { code } of REPRESENTATIVES) {
        const b = book(t.id, code);
        expect(BookSchema.safeParse(b).success).toBe(true);
        expect(findUnmarkedPortions(b)).toEqual([]);
        expect(findQuoteProblems(b, framework)).toEqual([]);
        expect(
          computeCoverage(b, t, framework, findCountry(countries, code)).missingObjectiveIds,
        ).toEqual([]);
        expect(
          quoteIds(tabOf(b, 'points-to-make')).length,
          `${t.id} ${code}`,
        ).toBeGreaterThanOrEqual(3);
        for (const text of [
          b.title,
          ...b.tabs.flatMap((tab) => [tab.title, nodeText(tab.content.root)]),
        ]) {
          expect(text).not.toMatch(/\{\{|\}\}/);
        }
      }
    });
  }

  it('drafts a valid, fully marked, verbatim book for every template and every one of the countries', () => {
    const failures: string[] = [];
    for (const t of templates) {
      for (const country of countries.countries) {
        const b = assembleBook(t, framework, countries, country, MEETING, { now: NOW, id: 'all' });
        if (!BookSchema.safeParse(b).success) failures.push(`${t.id}/${country.iso2}: schema`);
        if (findUnmarkedPortions(b).length > 0) failures.push(`${t.id}/${country.iso2}: unmarked`);
        if (findQuoteProblems(b, framework).length > 0)
          failures.push(`${t.id}/${country.iso2}: quotes`);
      }
    }
    expect(failures).toEqual([]);
    expect(countries.countries.length).toBeGreaterThan(190);
  });

  it('loads every real-data book into the editor and saves it back unchanged', () => {
    for (const t of templates) {
      for (const tab of book(t.id, 'EG').tabs) {
        const editor = makeEditor();
        editor.setEditorState(editor.parseEditorState(JSON.stringify(tab.content)));
        expect(editor.getEditorState().toJSON(), `${t.id}/${tab.title}`).toEqual(tab.content);
      }
    }
  });
});
