// The bundled templates: valid, versioned, the required tab lists and marks; bad files named by path.
import { describe, expect, it } from 'vitest';
import { findTemplate, loadTemplates, validateTemplate } from '../../../core/templates';
import { DataValidationError } from '../../../core/validation/formatZodError';
import { AppFailure } from '../../../core/ipc/result';

describe('loadTemplates', () => {
  const templates = loadTemplates();

  it('bundles the six templates, each versioned', () => {
    expect(templates.map((t) => t.id)).toEqual([
      'bilateral-space-dialogue',
      'artemis-accords-outreach',
      'space-security-dialogue',
      'commercial-space-mission',
      'earth-observation-cooperation',
      'multilateral-delegation',
    ]);
    for (const t of templates) expect(t.version).toBeGreaterThanOrEqual(1);
  });

  it('gives the bilateral dialogue the full book, with schedule and participants SBU and the rest U', () => {
    const full = findTemplate(templates, 'bilateral-space-dialogue');
    expect(full.tabs.map((t) => t.kind)).toEqual([
      'purpose',
      'scene-setter',
      'scenario',
      'points-to-make',
      'if-raised',
      'press-line',
      'background',
      'participants',
      'biographies',
      'schedule',
    ]);
    for (const t of templates.flatMap((x) => x.tabs)) {
      expect(t.defaultMark, t.title).toBe(
        t.kind === 'schedule' || t.kind === 'participants' ? 'SBU' : 'U',
      );
    }
  });

  it('keeps template prose to neutral scaffolding: every paragraph is a drafter prompt or placeholder text', () => {
    for (const t of templates) {
      for (const tab of t.tabs) {
        const background = tab.blocks.filter((b) => b.type === 'country-facts');
        if (tab.kind === 'background') expect(background, `${t.id} background`).toHaveLength(1);
        for (const b of tab.blocks) {
          if (b.type === 'paragraph')
            expect(b.text, `${t.id}/${tab.title}`).toMatch(/\[Drafter:|\{\{/);
        }
      }
    }
  });

  it('returns copies, so a caller cannot corrupt the cache', () => {
    const first = loadTemplates();
    first[0]!.tabs.length = 0;
    expect(loadTemplates()[0]!.tabs.length).toBeGreaterThan(0);
  });
});

describe('findTemplate and validateTemplate', () => {
  it('fails an unknown id with not-found listing the valid ids', () => {
    try {
      findTemplate(loadTemplates(), 'bilateral');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppFailure);
      expect((error as AppFailure).code).toBe('not-found');
      expect((error as Error).message).toMatch(
        /unknown template "bilateral"; valid templates: bilateral-space-dialogue, artemis-accords-outreach/,
      );
    }
  });

  const good = () =>
    structuredClone(loadTemplates()[0]!) as unknown as Record<string, unknown> & {
      tabs: Array<{ blocks: unknown[]; defaultMark: string }>;
    };

  it('names file and JSON path for a schema error', () => {
    const bad = good();
    bad.tabs[2]!.defaultMark = 'SECRET';
    expect(() => validateTemplate(bad, 'templates/bilateral-space-dialogue.json')).toThrow(
      /templates\/bilateral-space-dialogue\.json: \$\.tabs\[2\]\.defaultMark: "SECRET" is a classified marking/,
    );
  });

  it('names file and JSON path for an unknown placeholder', () => {
    const bad = good();
    bad.tabs[1]!.blocks.push({ type: 'paragraph', text: 'At {{meeting.venue}}' });
    const n = bad.tabs[1]!.blocks.length - 1;
    expect(() => validateTemplate(bad, 'templates/bilateral-space-dialogue.json')).toThrow(
      new RegExp(
        `\\$\\.tabs\\[1\\]\\.blocks\\[${n}\\]\\.text: unknown placeholder \\{\\{meeting\\.venue\\}\\}`,
      ),
    );
  });

  it('requires the id to match the file name', () => {
    expect(() => validateTemplate(good(), 'templates/other.json')).toThrow(DataValidationError);
  });
});
