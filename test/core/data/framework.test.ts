// The bundled framework: validates, 54 objectives verbatim from the seed, unique IDs, citations resolve, coverage.
import { describe, expect, it } from 'vitest';
import {
  FRAMEWORK_VERSION,
  frameworkReference,
  loadFramework,
  loadFrameworkVersion,
} from '../../../core/data';
import { TOPICS } from '../../../core/framework/topics';
import { missingShingles, normaliseSeed, readSeed, seedObjectives } from './seed';

const seed = normaliseSeed(readSeed());
const fromSeed = seedObjectives(seed);
const fw = loadFramework();

describe('framework structure', () => {
  it('loads, is version sfsd-2023 and is memoised', () => {
    expect(fw.version).toBe(FRAMEWORK_VERSION);
    expect(loadFramework()).toBe(fw);
    expect(loadFrameworkVersion('sfsd-2023')).toBe(fw);
    expect(() => loadFrameworkVersion('sfsd-2099')).toThrow(
      'Unknown framework version "sfsd-2099". Bundled versions: sfsd-2023.',
    );
    expect(fw.meta?.issuedBy.map((b) => b.acronym)).toEqual(['OES', 'AVC']);
  });

  it('has exactly 54 numbered objectives, as the seed does', () => {
    expect(fromSeed).toHaveLength(54);
    expect(fw.objectives).toHaveLength(54);
    expect(fw.objectives.map((o) => o.id)).toEqual(fromSeed.map((o) => o.id));
  });

  it('quotes every objective and sub-item verbatim from the seed', () => {
    for (const expected of fromSeed) {
      const o = fw.objectives.find((x) => x.id === expected.id)!;
      expect(o.text, o.id).toBe(expected.text);
      expect(
        (o.subItems ?? []).map((s) => s.text),
        o.id,
      ).toEqual(expected.subItems);
    }
    // The run-in objective 1 of Pillar 1 Goal 1 is split from its lead.
    expect(fw.objectives[0]!.text.startsWith('Work with allies and partners')).toBe(true);
    expect(fw.goals.find((g) => g.id === 'P1.G1')!.lead.endsWith('the Department will:')).toBe(
      true,
    );
  });

  it('quotes pillar aims, goal and priority leads and the mission from the seed', () => {
    const texts = [
      fw.meta!.mission,
      ...fw.pillars.map((p) => p.aim),
      ...fw.goals.map((g) => g.lead),
      ...fw.priorities.map((p) => p.lead),
      ...(fw.groups ?? []).map((g) => g.lead),
    ];
    // Compared by 4-word runs: Pillar 1's aim is split by footnote 8 and a page banner in the seed.
    for (const t of texts) expect(missingShingles(t, seed), t).toEqual([]);
    expect(fw.priorities.map((p) => p.number)).toEqual(['3.1', '3.2', '3.3', '3.4', '3.5']);
  });

  it('gives every structural item a unique ID that mirrors its place', () => {
    const ids = [
      ...fw.pillars,
      ...fw.goals,
      ...fw.priorities,
      ...(fw.groups ?? []),
      ...fw.objectives,
    ].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const o of fw.objectives) {
      expect(o.id).toBe(`${o.groupId ?? o.parentId}.${o.number}`);
      expect(ids).toContain(o.parentId);
      expect(o.topics.every((t) => (TOPICS as readonly string[]).includes(t))).toBe(true);
    }
  });
});

describe('talking points', () => {
  const citable = new Set<string>([
    ...[...fw.pillars, ...fw.goals, ...fw.priorities, ...(fw.groups ?? []), ...fw.objectives].map(
      (x) => x.id,
    ),
    ...fw.objectives.flatMap((o) => (o.subItems ?? []).map((s) => s.id)),
    ...frameworkReference(fw).policyFoundations.map((f) => f.id),
    ...frameworkReference(fw).keyFactors.map((k) => k.id),
  ]);

  it('has unique IDs in the TP./IR. scheme and every citation resolves', () => {
    const ids = fw.talkingPoints.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const tp of fw.talkingPoints) {
      expect(tp.id.startsWith(tp.kind === 'point' ? 'TP.' : 'IR.'), tp.id).toBe(true);
      for (const c of tp.cites) expect(citable.has(c), `${tp.id} cites ${c}`).toBe(true);
    }
  });

  it('gives every objective at least one point to make that cites it', () => {
    const points = fw.talkingPoints.filter((t) => t.kind === 'point');
    const uncovered = fw.objectives.filter(
      (o) => !points.some((t) => t.cites.some((c) => c === o.id || c.startsWith(`${o.id}.`))),
    );
    expect(uncovered.map((o) => o.id)).toEqual([]);
  });

  it('keeps points short enough to say aloud (1-3 sentences) and sizes the set at 80-120', () => {
    expect(fw.talkingPoints.length).toBeGreaterThanOrEqual(80);
    expect(fw.talkingPoints.length).toBeLessThanOrEqual(120);
    for (const tp of fw.talkingPoints) {
      const sentences = tp.text.split(/(?<=[.?!])\s+(?=[A-Z“])/).length;
      expect(sentences, tp.id).toBeLessThanOrEqual(3);
    }
  });

  it('has country-keyed variants on both sides of each condition', () => {
    for (const key of ['artemisSignatory', 'mtcrPartner', 'copuosMember', 'ostParty'] as const) {
      for (const value of [true, false]) {
        expect(
          fw.talkingPoints.some((t) => t.when?.[key] === value),
          `${key}=${value}`,
        ).toBe(true);
      }
    }
    const slv = fw.talkingPoints.find((t) => t.id === 'IR.export-controls.slv')!;
    expect(slv.kind).toBe('if-raised');
    expect(slv.when).toEqual({ mtcrPartner: false });
    expect(slv.cites).toContain('PF.PPD-42');
  });

  it('has if-raised responses for each sensitive theme', () => {
    const ir = fw.talkingPoints.filter((t) => t.kind === 'if-raised');
    for (const topic of [
      'export-controls',
      'strategic-competition',
      'national-security',
      'cybersecurity',
      'earth-observation',
      'ssa-stm',
    ] as const) {
      expect(
        ir.some((t) => t.topics.includes(topic)),
        topic,
      ).toBe(true);
    }
    expect(ir.some((t) => t.cites.includes('P1.G3.3.2'))).toBe(true);
    expect(ir.some((t) => t.cites.includes('P1.G3.2.2'))).toBe(true);
  });
});
