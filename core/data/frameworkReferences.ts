// Cross-file checks zod cannot do per file: unique IDs, parent links, every citation and related ID resolves.
import type { FrameworkBundle } from '../framework/bundle';
import type { FrameworkReferenceFiles } from '../framework/referenceSchema';
import { DataValidationError, jsonPath } from '../validation/formatZodError';

interface Problem {
  file: string;
  path: Array<string | number>;
  message: string;
}

/** Adds a problem for every ID seen twice in `items`. */
function unique(
  problems: Problem[],
  file: string,
  key: string,
  ids: string[],
  seen = new Set<string>(),
): Set<string> {
  ids.forEach((id, i) => {
    if (seen.has(id))
      problems.push({ file, path: [key, i, 'id'], message: `duplicate id "${id}"` });
    seen.add(id);
  });
  return seen;
}

/**
 * Throws a DataValidationError listing (up to five) broken references, each as
 * "<file>: <JSON path>: <problem>". `file` maps a file stem to the name used in messages.
 */
export function checkFrameworkReferences(
  b: FrameworkBundle,
  ref: FrameworkReferenceFiles,
  file: (stem: string) => string,
  talkingPointsVersion: string,
): void {
  const problems: Problem[] = [];
  const fw = file('framework');
  const structural = new Set<string>();
  unique(
    problems,
    fw,
    'pillars',
    b.pillars.map((p) => p.id),
    structural,
  );
  unique(
    problems,
    fw,
    'goals',
    b.goals.map((g) => g.id),
    structural,
  );
  unique(
    problems,
    fw,
    'priorities',
    b.priorities.map((p) => p.id),
    structural,
  );
  unique(
    problems,
    fw,
    'groups',
    (b.groups ?? []).map((g) => g.id),
    structural,
  );
  unique(
    problems,
    fw,
    'objectives',
    b.objectives.map((o) => o.id),
    structural,
  );
  const need = (ok: boolean, f: string, path: Problem['path'], message: string) => {
    if (!ok) problems.push({ file: f, path, message });
  };
  const has = (id: string) => structural.has(id);
  b.goals.forEach((g, i) =>
    need(has(g.pillarId), fw, ['goals', i, 'pillarId'], `unknown pillar "${g.pillarId}"`),
  );
  b.priorities.forEach((p, i) =>
    need(has(p.goalId), fw, ['priorities', i, 'goalId'], `unknown goal "${p.goalId}"`),
  );
  (b.groups ?? []).forEach((g, i) =>
    need(has(g.goalId), fw, ['groups', i, 'goalId'], `unknown goal "${g.goalId}"`),
  );
  const citable = new Set(structural);
  b.objectives.forEach((o, i) => {
    need(has(o.parentId), fw, ['objectives', i, 'parentId'], `unknown parent "${o.parentId}"`);
    const prefix = o.groupId ?? o.parentId;
    if (o.groupId)
      need(has(o.groupId), fw, ['objectives', i, 'groupId'], `unknown group "${o.groupId}"`);
    need(
      o.id === `${prefix}.${o.number}`,
      fw,
      ['objectives', i, 'id'],
      `id "${o.id}" should be "${prefix}.${o.number}"`,
    );
    o.subItems?.forEach((s, j) => {
      need(
        s.id === `${o.id}.${s.label}`,
        fw,
        ['objectives', i, 'subItems', j, 'id'],
        `id "${s.id}" should be "${o.id}.${s.label}"`,
      );
      citable.add(s.id);
    });
  });
  const pf = file('policyFoundations');
  const foundations = ref.policyFoundations.foundations;
  unique(
    problems,
    pf,
    'foundations',
    foundations.map((f) => f.id),
    citable,
  );
  foundations.forEach((f, i) =>
    f.relatedIds?.forEach((id, j) =>
      need(
        citable.has(id),
        pf,
        ['foundations', i, 'relatedIds', j],
        `unknown framework item "${id}"`,
      ),
    ),
  );
  unique(
    problems,
    file('keyFactors'),
    'keyFactors',
    ref.keyFactors.keyFactors.map((k) => k.id),
    citable,
  );
  unique(
    problems,
    file('quotations'),
    'quotations',
    ref.quotations.quotations.map((q) => q.id),
  );
  unique(
    problems,
    file('figures'),
    'figures',
    ref.figures.figures.map((q) => q.id),
  );
  unique(
    problems,
    file('glossary'),
    'entries',
    ref.glossary.entries.map((e) => e.acronym),
  );
  const tp = file('talkingPoints');
  unique(
    problems,
    tp,
    'talkingPoints',
    b.talkingPoints.map((t) => t.id),
  );
  b.talkingPoints.forEach((t, i) =>
    t.cites.forEach((id, j) =>
      need(
        citable.has(id),
        tp,
        ['talkingPoints', i, 'cites', j],
        `cites unknown framework item "${id}"`,
      ),
    ),
  );
  const versions: Array<[string, string]> = [
    ['talkingPoints', talkingPointsVersion],
    ...(Object.entries(ref) as Array<[string, { frameworkVersion: string }]>).map(
      ([stem, f]): [string, string] => [stem, f.frameworkVersion],
    ),
  ];
  for (const [stem, v] of versions) {
    need(
      v === b.version,
      file(stem),
      ['frameworkVersion'],
      `is "${v}" but framework.json is version "${b.version}"`,
    );
  }
  if (problems.length === 0) return;
  const lines = problems.slice(0, 5).map((p) => `${p.file}: ${jsonPath(p.path)}: ${p.message}`);
  if (problems.length > 5) lines.push(`... and ${problems.length - 5} more problem(s)`);
  throw new DataValidationError(problems[0]!.file, lines.join('\n'));
}
