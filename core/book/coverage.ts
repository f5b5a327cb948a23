// Framework coverage of a book: which objectives it cites, and which its template recommends but it lacks.
import type { Template } from '../templates/schema';
import type { FrameworkBundle } from '../framework/bundle';
import type { Country } from '../countries/schema';
import type { Topic } from '../framework/topics';
import type { Book } from './schema';
import { citedFrameworkIds } from './markings';
import { holdsFor, selectObjectives, selectTalkingPoints } from './select';

export interface TopicCoverage {
  topic: Topic;
  /** Recommended objectives tagged with this topic. */
  recommended: number;
  /** Of those, how many the book cites. */
  cited: number;
}

export interface Coverage {
  /** Objective IDs the book cites (quoted, or cited by a quoted talking point), in framework order. */
  citedObjectiveIds: string[];
  /** Objective IDs the template recommends for this country, in framework order. */
  recommendedObjectiveIds: string[];
  /** Recommended but not cited: the gaps to show the drafter. */
  missingObjectiveIds: string[];
  /** Cited IDs that are not objectives (goals, priorities, foundations, or unknown). */
  otherCitedIds: string[];
  /** Per template topic. */
  byTopic: TopicCoverage[];
}

/**
 * The objectives a template recommends for a country: those tagged with the template's topics,
 * those its objective blocks select, and those cited by the talking points its blocks select
 * for this country's facts (blocks whose `when` fails for the country recommend nothing).
 */
export function recommendedObjectiveIds(
  template: Template,
  framework: FrameworkBundle,
  country: Country,
): Set<string> {
  const ids = new Set(selectObjectives(framework, template.topics).map((o) => o.id));
  for (const tab of template.tabs) {
    for (const block of tab.blocks) {
      if (!holdsFor(country, block.when)) continue;
      if (block.type === 'objectives') {
        for (const o of selectObjectives(framework, block.topics, block.limit)) ids.add(o.id);
      } else if (block.type === 'talking-points') {
        for (const tp of selectTalkingPoints(
          framework,
          block.kind,
          block.topics,
          country,
          block.limit,
        )) {
          for (const id of tp.cites) ids.add(id);
        }
      }
    }
  }
  const objectiveIds = new Set(framework.objectives.map((o) => o.id));
  return new Set([...ids].filter((id) => objectiveIds.has(id)));
}

/** Computes the coverage view of a book against its template's recommendations for the country. */
export function computeCoverage(
  book: Book,
  template: Template,
  framework: FrameworkBundle,
  country: Country,
): Coverage {
  const cited = new Set(citedFrameworkIds(book));
  const recommended = recommendedObjectiveIds(template, framework, country);
  const inOrder = (keep: (id: string) => boolean) =>
    framework.objectives.map((o) => o.id).filter(keep);
  const objectiveIds = new Set(framework.objectives.map((o) => o.id));
  return {
    citedObjectiveIds: inOrder((id) => cited.has(id)),
    recommendedObjectiveIds: inOrder((id) => recommended.has(id)),
    missingObjectiveIds: inOrder((id) => recommended.has(id) && !cited.has(id)),
    otherCitedIds: [...cited].filter((id) => !objectiveIds.has(id)),
    byTopic: template.topics.map((topic) => {
      const tagged = framework.objectives.filter(
        (o) => o.topics.includes(topic) && recommended.has(o.id),
      );
      return {
        topic,
        recommended: tagged.length,
        cited: tagged.filter((o) => cited.has(o.id)).length,
      };
    }),
  };
}
