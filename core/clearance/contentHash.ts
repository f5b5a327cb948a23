// The content version a clearance refers to: SHA-256 of the book's tabs in a canonical JSON form.
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { Tab } from '../book/schema';

/** JSON with object keys sorted at every level, so key order (editor, file, merge) never changes the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

// Why a cache: readiness re-checks after each edit, and an edit replaces the tabs array, so an
// unchanged array's hash is reused. Weak keys: old arrays go.
const cache = new WeakMap<readonly Tab[], string>();

/**
 * Hex SHA-256 of what the tabs print: each tab's id, kind, title and content, in book order.
 * The default mark of new blocks is left out (it prints nothing). @noble/hashes is pure JS, so
 * the renderer, the CLI and core checks compute the same hash synchronously.
 */
export function contentHash(tabs: readonly Tab[]): string {
  const hit = cache.get(tabs);
  if (hit) return hit;
  const canonical = canonicalJson(
    tabs.map((t) => ({ id: t.id, kind: t.kind, title: t.title, content: t.content })),
  );
  const hash = bytesToHex(sha256(utf8ToBytes(canonical)));
  cache.set(tabs, hash);
  return hash;
}
