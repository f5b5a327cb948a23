// The content version a clearance refers to: SHA-256 of the book's tabs in a canonical JSON form.
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { Tab } from '../book/schema';

/** Quoted keys: a book repeats a few dozen keys (type, children, text ...) hundreds of thousands of times. */
const quoted = new Map<string, string>();
const quote = (key: string): string => {
  let q = quoted.get(key);
  if (q === undefined) {
    q = JSON.stringify(key);
    if (quoted.size < 4096) quoted.set(key, q);
  }
  return q;
};

const inOrder = (keys: string[]): boolean => {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return false;
  return true;
};

/**
 * JSON with object keys sorted at every level, so key order (editor, file, merge) never changes the
 * hash. Written as one pass of string appends (no entry arrays per object): every export hashes the
 * whole book for its cover's clearance block, and Lexical already writes most keys in order.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (!inOrder(keys)) keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let out = '{';
  for (const key of keys) {
    const v = obj[key];
    if (v === undefined) continue;
    out += `${out.length > 1 ? ',' : ''}${quote(key)}:${canonicalJson(v)}`;
  }
  return `${out}}`;
}

/** Hex SHA-256 of the UTF-8 text: @noble/hashes (pure JS, synchronous in the renderer too) unless replaced. */
let digest = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)));

/**
 * Node code installs its native SHA-256 (the same digest, about ten times faster: an export hashes
 * the whole book for its cover). node/pdf/renderPdf.ts does; test/core/clearance checks they agree.
 */
export function setContentDigest(fn: (text: string) => string): void {
  digest = fn;
}

/** Hex SHA-256 of any text, with the digest installed above (core/pdf/tabBodies.ts keys tab bodies with it). */
export const textDigest = (text: string): string => digest(text);

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
  const canonical = `[${tabs.map((t) => canonicalJson({ id: t.id, kind: t.kind, title: t.title, content: t.content })).join(',')}]`;
  const hash = digest(canonical);
  cache.set(tabs, hash);
  return hash;
}
