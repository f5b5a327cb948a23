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

/**
 * Objectives tagged with any of `topics` in framework order or, when `ids` is given, exactly those
 * objectives in that order (unknown ids are skipped: the template tests check them); at most `limit`.
 */
export function selectObjectives(
  framework: FrameworkBundle,
  topics: readonly Topic[],
  limit?: number,
  ids?: readonly string[],
): Objective[] {
  const matched = ids
    ? ids.flatMap((id) => framework.objectives.filter((o) => o.id === id))
    : framework.objectives.filter((o) => overlaps(o.topics, topics));
  return limit === undefined ? matched : matched.slice(0, limit);
}

/** An objective's cleared text as quoted in a book: its lead and any lettered sub-items, verbatim. */
export function objectiveQuoteText(objective: Objective): string {
  const subs = (objective.subItems ?? []).map((s) => `${s.label}. ${s.text}`);
  return [objective.text, ...subs].join(' ');
}

/**
 * Talking points of `kind` tagged with any of `topics` (or, with `ids`, those items in that
 * order) whose own `when` holds for the country, at most `limit`.
 */
export function selectTalkingPoints(
  framework: FrameworkBundle,
  kind: TalkingPoint['kind'],
  topics: readonly Topic[],
  country: Country,
  limit?: number,
  ids?: readonly string[],
): TalkingPoint[] {
  const candidates = ids
    ? ids.flatMap((id) => framework.talkingPoints.filter((tp) => tp.id === id))
    : framework.talkingPoints.filter((tp) => overlaps(tp.topics, topics));
  const matched = candidates.filter((tp) => tp.kind === kind && holdsFor(country, tp.when));
  return limit === undefined ? matched : matched.slice(0, limit);
}
