// Coverage: objectives cited, recommended for the country by the template, and missing.
import { describe, expect, it } from 'vitest';
import { computeCoverage, recommendedObjectiveIds } from '../../../core/book/coverage';
import { findTemplate, loadTemplates } from '../../../core/templates';
import { fixtureCountry, fixtureFramework } from '../../fixtures/engine/bundle';
import { draft } from './draft';

const template = (id: string) => findTemplate(loadTemplates(), id);

describe('computeCoverage', () => {
  it('covers every recommended objective in a fresh bilateral book', () => {
    const book = draft('bilateral-space-dialogue', 'JP');
    const coverage = computeCoverage(
      book,
      template('bilateral-space-dialogue'),
      fixtureFramework,
      fixtureCountry('JP'),
    );
    expect(coverage.recommendedObjectiveIds).toEqual([
      'P1.G1.2',
      'P1.G3.3.1',
      'P1.G3.3.2',
      'P1.G3.5.2',
    ]);
    expect(coverage.citedObjectiveIds).toEqual(['P1.G1.2', 'P1.G3.3.2', 'P1.G3.5.2']);
    // P1.G3.3.1 is recommended by the template's export-controls topic but JP gets no SLV line.
    expect(coverage.missingObjectiveIds).toEqual(['P1.G3.3.1']);
    expect(coverage.byTopic.find((t) => t.topic === 'export-controls')).toEqual({
      topic: 'export-controls',
      recommended: 2,
      cited: 1,
    });
  });

  it('reports what a drafter removed as missing, and non-objective citations separately', () => {
    const book = structuredClone(draft('bilateral-space-dialogue', 'EG'));
    for (const tab of book.tabs) {
      tab.content.root.children = tab.content.root.children.filter(
        (n) => n.itemId !== 'P1.G3.5.2' && n.itemId !== 'TP.fx.ssa',
      );
    }
    book.tabs[0]!.content.root.children.push({
      type: 'framework-quote',
      version: 1,
      itemId: 'TP.x',
      itemKind: 'talking-point',
      cites: ['P1.G1', 'P1.G1.2'],
      children: [],
    });
    const coverage = computeCoverage(
      book,
      template('bilateral-space-dialogue'),
      fixtureFramework,
      fixtureCountry('EG'),
    );
    expect(coverage.missingObjectiveIds).toContain('P1.G3.5.2');
    expect(coverage.citedObjectiveIds).not.toContain('P1.G3.5.2');
    expect(coverage.otherCitedIds).toEqual(['P1.G1']);
  });

  it('recommends by country facts: blocks whose condition fails recommend nothing', () => {
    const commercial = template('commercial-space-mission');
    // commercial-space-mission: TSA points only when mtcrPartner; its topics include export-controls anyway.
    const jp = recommendedObjectiveIds(commercial, fixtureFramework, fixtureCountry('JP'));
    const eg = recommendedObjectiveIds(commercial, fixtureFramework, fixtureCountry('EG'));
    expect(jp.has('P1.G3.3.2')).toBe(true);
    expect(eg.has('P1.G3.3.1')).toBe(true);
    const artemis = recommendedObjectiveIds(
      template('artemis-accords-outreach'),
      fixtureFramework,
      fixtureCountry('EG'),
    );
    expect([...artemis]).toEqual(['P1.G1.2']);
  });
});
