// The re-export cache: tabs' drawn pages by key, and the recipes of tab bodies whose drawing it holds; both bounded, most recently used kept.
import type { TabBodies, TabBodyRecipe } from '../../../core/pdf/tabBodies';
import type { TabEntry } from './reuseTypes';

/** The cache: most recently used last. Bounded by the bytes of the compressed page streams it holds (a 500-page book: ~4 MB). */
const BUDGET_BYTES = 48 * 1024 * 1024;
const cache = new Map<string, TabEntry>();
let cachedBytes = 0;

/** Empties the cache (tests; a fresh export afterwards lays out and draws every tab). */
export function clearTabReuse(): void {
  cache.clear();
  bodies.clear();
  cachedBytes = 0;
}

/** Entries and bytes held (tests, bench). */
export function tabReuseSize(): { entries: number; bytes: number } {
  return { entries: cache.size, bytes: cachedBytes };
}

export function remember(key: string, entry: TabEntry): void {
  const old = cache.get(key);
  if (old) {
    cache.delete(key);
    cachedBytes -= old.size;
  }
  cache.set(key, entry);
  cachedBytes += entry.size;
  for (const [k, e] of cache) {
    if (cachedBytes <= BUDGET_BYTES) break;
    cache.delete(k);
    cachedBytes -= e.size;
  }
}

// ---------------------------------------------------------------------------------------------
// Tab bodies buildDocument need not convert (core/pdf/tabBodies.ts).

/** Recipes of converted bodies by source key, with the key of their drawing in the cache. Most recently used last. */
const bodies = new Map<string, { recipe: TabBodyRecipe; reuseKey: string }>();
const MAX_BODIES = 4096;

export function rememberBody(source: string, recipe: TabBodyRecipe, reuseKey: string): void {
  bodies.delete(source);
  bodies.set(source, { recipe, reuseKey });
  if (bodies.size > MAX_BODIES) bodies.delete(bodies.keys().next().value!);
}

/** For buildDocument: a body whose drawing is cached is registered from its recipe, its token the cache key. */
export const tabBodies: TabBodies = {
  known(source) {
    const body = bodies.get(source);
    if (!body || !cache.has(body.reuseKey)) return undefined;
    return { recipe: body.recipe, token: body.reuseKey };
  },
};

/** The cached drawing of a tab, by its key. */
export const cachedTab = (key: string): TabEntry | undefined => cache.get(key);
