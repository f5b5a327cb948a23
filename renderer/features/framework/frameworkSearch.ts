// Full-text search over framework objectives and talking points (minisearch: prefix + fuzzy, topic filter).
import MiniSearch from 'minisearch';
import { objectiveQuoteText } from '../../../core/book/select';
import type { FrameworkBundle } from '../../../core/framework/bundle';
import type { Objective } from '../../../core/framework/schema';
import type { TalkingPoint } from '../../../core/framework/talkingPointSchema';
import type { FrameworkInsertItem } from '../../editor/frameworkInsertItem';

export type FrameworkEntry =
  | { kind: 'objective'; id: string; objective: Objective }
  | { kind: 'talking-point' | 'if-raised'; id: string; point: TalkingPoint };

export interface FrameworkHit {
  entry: FrameworkEntry;
  score: number;
}

export interface FrameworkIndex {
  /** Every objective and talking point by ID. */
  entries: ReadonlyMap<string, FrameworkEntry>;
  /** Talking points and if-raised responses that cite each objective ID. */
  pointsByObjective: ReadonlyMap<string, TalkingPoint[]>;
  /** Searches text, ID, heading, topics and the if-raised ask; `topic` keeps only items tagged with it. */
  search(query: string, options?: { topic?: string; limit?: number }): FrameworkHit[];
}

interface Doc {
  id: string;
  text: string;
  heading: string;
  topics: string;
  raised: string;
}

const ID_QUERY = /^(P\d|TP\.|IR\.)[\w.-]*$/i;

/** The item the editor inserts for an entry: the verbatim text, with what it cites. */
export function toInsertItem(entry: FrameworkEntry): FrameworkInsertItem {
  if (entry.kind === 'objective') {
    return {
      itemId: entry.id,
      itemKind: 'objective',
      cites: [entry.id],
      // The same cleared text the book engine quotes: the lead plus any lettered sub-items.
      text: objectiveQuoteText(entry.objective),
    };
  }
  const p = entry.point;
  const item: FrameworkInsertItem = {
    itemId: p.id,
    itemKind: entry.kind,
    cites: [...p.cites],
    text: p.text,
  };
  if (p.raised !== undefined) item.raised = p.raised;
  return item;
}

/** Topics of an entry (for the topic filter). */
export function entryTopics(entry: FrameworkEntry): readonly string[] {
  return entry.kind === 'objective' ? entry.objective.topics : entry.point.topics;
}

/**
 * Builds the search index once for a framework (callers memoise it per bundle). Objectives rank
 * above talking points for the same match; an ID or ID prefix ("P1.G3.4") lists those items first.
 */
export function buildFrameworkIndex(framework: FrameworkBundle): FrameworkIndex {
  const entries = new Map<string, FrameworkEntry>();
  const pointsByObjective = new Map<string, TalkingPoint[]>();
  const docs: Doc[] = [];
  for (const objective of framework.objectives) {
    entries.set(objective.id, { kind: 'objective', id: objective.id, objective });
    const sub = (objective.subItems ?? []).map((s) => s.text).join(' ');
    docs.push({
      id: objective.id,
      text: `${objective.text} ${sub}`,
      heading: objective.heading,
      topics: objective.topics.join(' '),
      raised: '',
    });
  }
  for (const point of framework.talkingPoints) {
    entries.set(point.id, {
      kind: point.kind === 'if-raised' ? 'if-raised' : 'talking-point',
      id: point.id,
      point,
    });
    docs.push({
      id: point.id,
      text: point.text,
      heading: '',
      topics: point.topics.join(' '),
      raised: point.raised ?? '',
    });
    for (const cited of point.cites) {
      const list = pointsByObjective.get(cited) ?? [];
      list.push(point);
      pointsByObjective.set(cited, list);
    }
  }
  const mini = new MiniSearch<Doc>({
    fields: ['text', 'id', 'heading', 'topics', 'raised'],
    searchOptions: {
      prefix: true,
      fuzzy: 0.2,
      boost: { id: 3, heading: 1.5, topics: 1.5, raised: 1.2 },
      combineWith: 'AND',
    },
  });
  mini.addAll(docs);

  const hasTopic = (id: string, topic: string | undefined) => {
    if (!topic) return true;
    const entry = entries.get(id);
    return entry !== undefined && entryTopics(entry).includes(topic);
  };

  return {
    entries,
    pointsByObjective,
    search(query, options = {}) {
      const { topic, limit = 50 } = options;
      const q = query.trim();
      if (q === '') {
        // Topic filter alone: every tagged item, objectives first in framework order.
        return [...entries.values()]
          .filter((e) => hasTopic(e.id, topic))
          .slice(0, limit)
          .map((entry) => ({ entry, score: 0 }));
      }
      const hits: FrameworkHit[] = [];
      const seen = new Set<string>();
      if (ID_QUERY.test(q)) {
        const prefix = q.toLowerCase();
        for (const entry of entries.values()) {
          if (entry.id.toLowerCase().startsWith(prefix) && hasTopic(entry.id, topic)) {
            hits.push({ entry, score: Number.POSITIVE_INFINITY });
            seen.add(entry.id);
          }
        }
      }
      const searchOptions = {
        filter: (r: { id: unknown }) =>
          !seen.has(r.id as string) && hasTopic(r.id as string, topic),
        boostDocument: (id: unknown) => (entries.get(id as string)?.kind === 'objective' ? 2 : 1),
      };
      let results = mini.search(q, searchOptions);
      // Every word must match first; if nothing does, fall back to any word matching.
      if (results.length === 0) results = mini.search(q, { ...searchOptions, combineWith: 'OR' });
      for (const r of results) {
        const entry = entries.get(r.id as string);
        if (entry) hits.push({ entry, score: r.score });
      }
      return hits.slice(0, limit);
    },
  };
}
