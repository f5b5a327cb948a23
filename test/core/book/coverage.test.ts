// Coverage: objectives cited, recommended for the country by the template's rules, and missing.
import { describe, expect, it } from 'vitest';
import { computeCoverage, recommendedObjectiveIds } from '../../../core/book/coverage';
import { findTemplate, loadTemplates } from '../../../core/templates';
import { frameworkQuote } from '../../../core/book/lexicalBuilders';
import { fixtureCountry, fixtureFramework } from '../../fixtures/engine/bundle';
import { draft } from './draft';

const template = (id: string) => findTemplate(loadTemplates(), id);
const bilateral = template('bilateral-space-dialogue');

describe('computeCoverage', () => {
  it('covers every recommended objective in a fresh book, by the country facts', () => {
    const jp = computeCoverage(
      draft('bilateral-space-dialogue', 'JP'),
      bilateral,
      fixtureFramework,
      fixtureCountry('JP'),
    );
    expect(jp.recommendedObjectiveIds).toEqual(['P1.G1.2', 'P1.G3.3.2', 'P1.G3.5.2']);
    expect(jp.citedObjectiveIds).toEqual(['P1.G1.2', 'P1.G3.3.2', 'P1.G3.5.2']);
    expect(jp.missingObjectiveIds).toEqual([]);
    expect(jp.byTopic.find((t) => t.topic === 'export-controls')).toEqual({
      topic: 'export-controls',
      tagged: 2,
      cited: 1,
    });
    // Egypt (non-MTCR) is recommended the launch-vehicle line's objective, not the TSA one.
    const eg = computeCoverage(
      draft('bilateral-space-dialogue', 'EG'),
      bilateral,
      fixtureFramework,
      fixtureCountry('EG'),
    );
    expect(eg.recommendedObjectiveIds).toEqual(['P1.G1.2', 'P1.G3.3.1', 'P1.G3.5.2']);
    expect(eg.missingObjectiveIds).toEqual([]);
  });

  it('reports what a drafter removed as missing, and non-objective citations separately', () => {
    const book = structuredClone(draft('bilateral-space-dialogue', 'EG'));
    for (const tab of book.tabs) {
      tab.content.root.children = tab.content.root.children.filter(
        (n) => n.itemId !== 'TP.P1.G3.5.2.traffic-coordination',
      );
    }
    book.tabs[0]!.content.root.children.push(
      frameworkQuote({
        itemId: 'TP.x',
        itemKind: 'talking-point',
        cites: ['P1.G1', 'P1.G1.2'],
        text: 'x',
      }),
    );
    const coverage = computeCoverage(book, bilateral, fixtureFramework, fixtureCountry('EG'));
    expect(coverage.missingObjectiveIds).toEqual(['P1.G3.5.2']);
    expect(coverage.citedObjectiveIds).not.toContain('P1.G3.5.2');
    expect(coverage.otherCitedIds).toEqual(['P1.G1']);
  });

  it('counts a cited sub-item (P1.G1.2.b) as its objective', () => {
    const book = structuredClone(draft('bilateral-space-dialogue', 'JP'));
    for (const tab of book.tabs) tab.content.root.children = [];
    book.tabs[0]!.content.root.children.push(
      frameworkQuote({
        itemId: 'TP.y',
        itemKind: 'talking-point',
        cites: ['P1.G1.2.b'],
        text: 'y',
      }),
    );
    const coverage = computeCoverage(book, bilateral, fixtureFramework, fixtureCountry('JP'));
    expect(coverage.citedObjectiveIds).toEqual(['P1.G1.2']);
    expect(coverage.otherCitedIds).toEqual(['P1.G1.2.b']);
  });

  it('recommends nothing from a block whose condition fails for the country', () => {
    const commercial = template('commercial-space-mission');
    expect(
      recommendedObjectiveIds(commercial, fixtureFramework, fixtureCountry('JP')).has('P1.G3.3.2'),
    ).toBe(true);
    expect(
      recommendedObjectiveIds(commercial, fixtureFramework, fixtureCountry('EG')).has('P1.G3.3.2'),
    ).toBe(false);
    expect(
      recommendedObjectiveIds(commercial, fixtureFramework, fixtureCountry('EG')).has('P1.G3.3.1'),
    ).toBe(true);
  });
});
