// Framework search and tree over the real bundled framework: IDs, prefix/fuzzy words, topic filter, speed.
import { describe, expect, it } from 'vitest';
import { loadFramework } from '../../core/data';
import {
  buildFrameworkIndex,
  toInsertItem,
} from '../../renderer/features/framework/frameworkSearch';
import { buildFrameworkTree, visibleNodes } from '../../renderer/features/framework/frameworkTree';

const framework = loadFramework();
const index = buildFrameworkIndex(framework);

describe('framework search', () => {
  it('indexes every objective and talking point', () => {
    expect(index.entries.size).toBe(framework.objectives.length + framework.talkingPoints.length);
  });

  it('lists an ID and everything under an ID prefix first', () => {
    const hits = index.search('P1.G3.4');
    const ids = hits.map((h) => h.entry.id);
    const expected = framework.objectives
      .filter((o) => o.id.startsWith('P1.G3.4'))
      .map((o) => o.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids.slice(0, expected.length)).toEqual(expect.arrayContaining(expected));
  });

  it('finds words by prefix and with a typo, ranking the objective that says them', () => {
    const artemis = framework.objectives
      .filter((o) => /Artemis Accords/.test(o.text))
      .map((o) => o.id);
    expect(artemis.length).toBeGreaterThan(0);
    const byPrefix = index.search('artem acc').map((h) => h.entry.id);
    expect(byPrefix).toEqual(expect.arrayContaining(artemis));
    const byTypo = index.search('artmis').map((h) => h.entry.id);
    expect(byTypo).toEqual(expect.arrayContaining(artemis));
    expect(index.search('zzzqqqxxx')).toEqual([]);
  });

  it('filters by topic, with or without words', () => {
    const hits = index.search('', { topic: 'cybersecurity' });
    expect(hits.length).toBeGreaterThan(0);
    for (const { entry } of hits) {
      const topics = entry.kind === 'objective' ? entry.objective.topics : entry.point.topics;
      expect(topics).toContain('cybersecurity');
    }
    const narrowed = index.search('space', { topic: 'cybersecurity' });
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(index.search('space').length);
  });

  it('inserts an objective verbatim (with its lettered sub-items), citing itself', () => {
    const plain = framework.objectives.find((o) => !o.subItems)!;
    expect(toInsertItem(index.entries.get(plain.id)!)).toEqual({
      itemId: plain.id,
      itemKind: 'objective',
      cites: [plain.id],
      text: plain.text,
    });
    const withSubs = framework.objectives.find((o) => o.subItems && o.subItems.length > 0)!;
    const text = toInsertItem(index.entries.get(withSubs.id)!).text;
    expect(text.startsWith(`${withSubs.text} a. ${withSubs.subItems![0]!.text}`)).toBe(true);
  });

  it('inserts an if-raised response with its ask and citations', () => {
    const ir = framework.talkingPoints.find((t) => t.kind === 'if-raised')!;
    expect(toInsertItem(index.entries.get(ir.id)!)).toEqual({
      itemId: ir.id,
      itemKind: 'if-raised',
      cites: ir.cites,
      text: ir.text,
      raised: ir.raised,
    });
  });

  it('answers a search well under 10 ms once the index is built', () => {
    const queries = [
      'artemis',
      'export control',
      'cyber',
      'earth observ',
      'P1.G3',
      'debris mitigaton',
      'workforce',
    ];
    const times: number[] = [];
    for (let round = 0; round < 20; round += 1) {
      for (const q of queries) {
        const t0 = performance.now();
        index.search(q);
        times.push(performance.now() - t0);
      }
    }
    times.sort((a, b) => a - b);
    expect(times[Math.floor(times.length / 2)]!).toBeLessThan(10);
  });
});

describe('framework tree', () => {
  it('holds every objective exactly once under pillars, goals, priorities and groups', () => {
    const roots = buildFrameworkTree(framework);
    expect(roots.map((r) => r.id)).toEqual(framework.pillars.map((p) => p.id));
    const all = new Set<string>();
    const expandAll = new Set<string>();
    const walk = (nodes: typeof roots) =>
      nodes.forEach((n) => (expandAll.add(n.id), walk(n.children)));
    walk(roots);
    const rows = visibleNodes(roots, expandAll).filter((r) => r.node.kind === 'objective');
    for (const r of rows) all.add(r.node.id);
    expect(rows.length).toBe(framework.objectives.length);
    expect(all.size).toBe(framework.objectives.length);
    // Collapsed, only the pillars show.
    expect(visibleNodes(roots, new Set()).map((r) => r.node.id)).toEqual(
      framework.pillars.map((p) => p.id),
    );
  });
});
