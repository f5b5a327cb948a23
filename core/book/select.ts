// Template selection rules: which objectives and talking points a block brings in for a country.
import type { FrameworkBundle } from '../framework/bundle';
import type { Objective } from '../framework/schema';
import type { TalkingPoint } from '../framework/talkingPointSchema';
import type { Topic } from '../framework/topics';
import type { CountryCondition } from '../framework/conditions';
import type { Country } from '../countries/schema';
import { matchesCondition } from '../data';

const overlaps = (a: readonly Topic[], b: readonly Topic[]) => a.some((t) => b.includes(t));

/** True when the country's facts satisfy the (optional) condition. */
export function holdsFor(country: Country, when?: CountryCondition): boolean {
  return matchesCondition(country, when);
}

/** Objectives tagged with any of `topics`, in framework order, at most `limit`. */
export function selectObjectives(
  framework: FrameworkBundle,
  topics: readonly Topic[],
  limit?: number,
): Objective[] {
  const matched = framework.objectives.filter((o) => overlaps(o.topics, topics));
  return limit === undefined ? matched : matched.slice(0, limit);
}

/**
 * Talking points of `kind` tagged with any of `topics` whose own `when` holds for the country,
 * in data order, at most `limit`.
 */
export function selectTalkingPoints(
  framework: FrameworkBundle,
  kind: TalkingPoint['kind'],
  topics: readonly Topic[],
  country: Country,
  limit?: number,
): TalkingPoint[] {
  const matched = framework.talkingPoints.filter(
    (tp) => tp.kind === kind && overlaps(tp.topics, topics) && holdsFor(country, tp.when),
  );
  return limit === undefined ? matched : matched.slice(0, limit);
}
