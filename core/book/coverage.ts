// Framework coverage of a book: which objectives it cites, and which its template recommends but it lacks.
import type { Template } from '../templates/schema';
import type { FrameworkBundle } from '../framework/bundle';
import type { Country } from '../countries/schema';
import type { Topic } from '../framework/topics';
import type { Book } from './schema';
import { citedFrameworkIds } from './markings';
import { walkNodes } from './walk';
import { holdsFor, selectObjectives, selectTalkingPoints } from './select';

export interface TopicCoverage {
  topic: Topic;
  /** Framework objectives tagged with this topic. */
  tagged: number;
  /** Of those, how many the book cites. */
  cited: number;
}

export interface Coverage {
  /** Objective IDs the book cites (quoted, or cited by a quoted point, also via a sub-item), in framework order. */
  citedObjectiveIds: string[];
  /** Objective IDs the template's rules select for this country, in framework order. */
  recommendedObjectiveIds: string[];
  /** Recommended but not cited: the gaps to show the drafter. */
  missingObjectiveIds: string[];
  /** Cited IDs that are not objectives (sub-items, goals, priorities, foundations, key factors, or unknown). */
  otherCitedIds: string[];
  /** Talking points quoted as cleared (verbatim or with sanctioned slots), in book order. */
  insertedPointIds: string[];
  /** Talking points the officer tailored ("adapted from"), in book order. */
  tailoredPointIds: string[];
  /** Per template topic: how much of the framework's material on it the book cites. */
  byTopic: TopicCoverage[];
}

/**
 * The objectives a template recommends for a country: those its objective blocks quote and those
 * cited by the talking points its blocks select for this country's facts (a block whose `when`
 * fails recommends nothing). Limits apply as in assembly, so a fresh book covers all of them.
 */
export function recommendedObjectiveIds(
  template: Template,
  framework: FrameworkBundle,
  country: Country,
): Set<string> {
  const ids = new Set<string>();
  for (const block of template.tabs.flatMap((tab) => tab.blocks)) {
    if (!holdsFor(country, block.when)) continue;
    if (block.type === 'objectives') {
      for (const o of selectObjectives(framework, block.topics, block.limit, block.ids))
        ids.add(o.id);
    } else if (block.type === 'talking-points') {
      const { kind, topics, limit, ids: only } = block;
      for (const tp of selectTalkingPoints(framework, kind, topics, country, limit, only)) {
        for (const id of tp.cites) ids.add(id);
      }
    }
  }
  return new Set([...ids].map((id) => objectiveOf(framework, id)).filter((id) => id !== undefined));
}

/** The objective an ID stands for: itself, or the objective owning a sub-item ("P1.G1.2.b" -> "P1.G1.2"). */
export function objectiveOf(framework: FrameworkBundle, id: string): string | undefined {
  for (const o of framework.objectives) {
    if (o.id === id || o.subItems?.some((s) => s.id === id)) return o.id;
  }
  return undefined;
}

/** Computes the coverage view of a book against its template's recommendations for the country. */
export function computeCoverage(
  book: Book,
  template: Template,
  framework: FrameworkBundle,
  country: Country,
): Coverage {
  const citedIds = citedFrameworkIds(book);
  const cited = new Set(
    citedIds.map((id) => objectiveOf(framework, id)).filter((id) => id !== undefined),
  );
  const recommended = recommendedObjectiveIds(template, framework, country);
  const inOrder = (keep: (id: string) => boolean) =>
    framework.objectives.map((o) => o.id).filter(keep);
  const objectiveIds = new Set(framework.objectives.map((o) => o.id));
  return {
    citedObjectiveIds: inOrder((id) => cited.has(id)),
    recommendedObjectiveIds: inOrder((id) => recommended.has(id)),
    missingObjectiveIds: inOrder((id) => recommended.has(id) && !cited.has(id)),
    otherCitedIds: citedIds.filter((id) => !objectiveIds.has(id)),
    ...pointsByHow(book),
    byTopic: template.topics.map((topic) => {
      const tagged = framework.objectives.filter((o) => o.topics.includes(topic));
      return { topic, tagged: tagged.length, cited: tagged.filter((o) => cited.has(o.id)).length };
    }),
  };
}

/** The talking points the book quotes, split into inserted as cleared and tailored by the officer. */
function pointsByHow(book: Book): Pick<Coverage, 'insertedPointIds' | 'tailoredPointIds'> {
  const inserted = new Set<string>();
  const tailored = new Set<string>();
  for (const tab of book.tabs) {
    for (const node of walkNodes(tab.content.root)) {
      if (node.type !== 'framework-quote' || node.itemKind === 'objective') continue;
      (node.adaptedFrom !== undefined ? tailored : inserted).add(String(node.itemId));
    }
  }
  return { insertedPointIds: [...inserted], tailoredPointIds: [...tailored] };
}
