// Where a book cites an objective: its own quotes and the points citing it or a sub-item, in book order, across tabs.
import { describe, expect, it } from 'vitest';
import { objectiveCitations } from '../../../core/book/citations';
import { computeCoverage } from '../../../core/book/coverage';
import { frameworkQuote, paragraph } from '../../../core/book/lexicalBuilders';
import { findTemplate, loadTemplates } from '../../../core/templates';
import { fixtureCountry, fixtureFramework } from '../../fixtures/engine/bundle';
import { draft } from './draft';

describe('objectiveCitations', () => {
  it('finds the objective quote, a point citing a sub-item, across tabs, in order', () => {
    const book = structuredClone(draft('bilateral-space-dialogue', 'JP'));
    for (const tab of book.tabs) tab.content.root.children = [];
    const [first, second] = book.tabs;
    first!.content.root.children.push(
      paragraph('x'),
      frameworkQuote({ itemId: 'P1.G1.2', itemKind: 'objective', cites: [], text: 'o' }),
      frameworkQuote({
        itemId: 'TP.z',
        itemKind: 'talking-point',
        cites: ['P1.G3.5.2'],
        text: 'z',
      }),
    );
    second!.content.root.children.push(
      frameworkQuote({
        itemId: 'TP.y',
        itemKind: 'talking-point',
        cites: ['P1.G1.2.b'],
        text: 'y',
      }),
    );
    expect(objectiveCitations(book.tabs, fixtureFramework, 'P1.G1.2')).toEqual([
      { tabId: first!.id, path: [1] },
      { tabId: second!.id, path: [0] },
    ]);
    expect(objectiveCitations(book.tabs, fixtureFramework, 'P1.G3.5.2')).toEqual([
      { tabId: first!.id, path: [2] },
    ]);
    expect(objectiveCitations(book.tabs, fixtureFramework, 'P1.G3.3.2')).toEqual([]);
  });

  it('has a place for every objective the coverage panel lists as cited', () => {
    const book = draft('bilateral-space-dialogue', 'JP');
    const template = findTemplate(loadTemplates(), 'bilateral-space-dialogue');
    const coverage = computeCoverage(book, template, fixtureFramework, fixtureCountry('JP'));
    expect(coverage.citedObjectiveIds.length).toBeGreaterThan(0);
    for (const id of coverage.citedObjectiveIds) {
      const places = objectiveCitations(book.tabs, fixtureFramework, id);
      expect(places.length, id).toBeGreaterThan(0);
      for (const { tabId, path } of places) {
        let node = book.tabs.find((t) => t.id === tabId)!.content.root as { children?: unknown[] };
        for (const i of path) node = node.children![i] as { children?: unknown[] };
        expect(node).toMatchObject({ type: 'framework-quote' });
      }
    }
  });
});
