// The framework's descriptive files agree with the seed: foundations, glossary, quotations, figures, Artemis principles.
import { describe, expect, it } from 'vitest';
import { frameworkReference, loadFramework } from '../../../core/data';
import { KEY_FACTOR_SECTIONS } from '../../../core/framework/referenceSchema';
import { missingShingles, normaliseSeed, readSeed } from './seed';

const seed = normaliseSeed(readSeed());
const ref = frameworkReference(loadFramework());

describe('policy foundations', () => {
  it('lists every foundation the brief names, with unique IDs', () => {
    const ids = ref.policyFoundations.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    const required = [
      'PF.NSP-2020',
      'PF.SPF-2021',
      'PF.NSS-2022',
      'PF.PPD-42',
      'PF.NSTP-2013',
      'PF.EO-13865',
      'PF.EO-13873',
      'PF.EO-14028',
      'PF.EO-14034',
      'PF.JSP-2022.1.4',
      'PF.JSP-2022.4.1',
      'PF.OST',
    ];
    for (let n = 1; n <= 7; n++) required.push(`PF.SPD-${n}`);
    expect(ids).toEqual(expect.arrayContaining(required));
    expect(ref.policyFoundations.filter((f) => f.kind === 'treaty')).toHaveLength(4);
  });

  it('names the seven SPDs exactly as footnote 5 does', () => {
    for (let n = 1; n <= 7; n++) {
      const f = ref.policyFoundations.find((x) => x.id === `PF.SPD-${n}`)!;
      const title = f.name.slice(f.name.indexOf(': ') + 2);
      expect(seed.includes(`SPD-${n}: ${title}`), f.name).toBe(true);
    }
  });

  it('flags every name or year taken from outside the text', () => {
    for (const f of ref.policyFoundations.filter((x) => !x.namedInFramework))
      expect(f.note, f.id).toBeDefined();
  });
});

describe('glossary', () => {
  const acronyms = new Set(ref.glossary.map((g) => g.acronym));
  it('expands every acronym the framework uses', () => {
    const found = new Set<string>();
    for (const m of seed.matchAll(/\b[A-Z]{2,}[a-z]?\b/g)) found.add(m[0]);
    for (const m of seed.matchAll(/(?:\b[A-Z]\.){2,}/g)) found.add(m[0]);
    const romanNumerals = /^[IVX]+$/;
    const missing = [...found].filter(
      (a) => !romanNumerals.test(a) && !acronyms.has(a) && !acronyms.has(a.replace(/s$/, '')),
    );
    expect(missing).toEqual([]);
  });

  it('has no entry the framework does not use, and quotes expansions it spells out', () => {
    for (const g of ref.glossary) {
      expect(seed.includes(g.acronym), g.acronym).toBe(true);
      if (g.expandedInFramework)
        expect(seed.toLowerCase().includes(g.expansion.toLowerCase()), g.acronym).toBe(true);
    }
  });
});

describe('quotations, figures, key factors, Artemis principles', () => {
  it('quotes verbatim (every 4-word run is in the seed, bar an interleaved column break)', () => {
    for (const q of ref.quotations)
      expect(missingShingles(q.text, seed).length, q.id).toBeLessThanOrEqual(3);
    expect(ref.quotations.find((q) => q.id === 'Q.harris-2022-09-09')!.isoDate).toBe('2022-09-09');
  });

  it('states both economy figures as the seed does, with their sources', () => {
    for (const f of ref.figures)
      expect(seed.includes(`$${f.value} billion in ${f.year}`), f.id).toBe(true);
    expect(ref.figures.map((f) => f.sourceName)).toEqual([
      'Space Foundation',
      'U.S. Department of Commerce',
    ]);
    for (const f of ref.figures) expect(seed.includes(f.sourceTitle), f.sourceTitle).toBe(true);
  });

  it('covers all seven key-factor sections', () => {
    for (const s of KEY_FACTOR_SECTIONS)
      expect(
        ref.keyFactors.some((k) => k.section === s),
        s,
      ).toBe(true);
  });

  it('quotes footnote 10 and lists its six principles', () => {
    expect(seed.includes(ref.artemisPrinciples.statement)).toBe(true);
    expect(ref.artemisPrinciples.principles).toHaveLength(6);
  });
});

describe('frameworkReference on a bundle without reference files', () => {
  it('throws a DataValidationError naming the framework and what is missing', async () => {
    const { fixtureFramework } = await import('../../fixtures/books/framework');
    const bundle = fixtureFramework();
    expect(() => frameworkReference(bundle)).toThrow(
      new RegExp(`Framework ${bundle.version} has no reference files`),
    );
  });
});
