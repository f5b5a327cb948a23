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
 * hash. Every export hashes the whole book for its cover's clearance block, so the common case is
 * fast: plain data (objects, arrays, strings, numbers, booleans, null) is copied only where an
 * object's keys are out of order and then written by the engine's own JSON.stringify, which writes
 * exactly this form for such data. Anything else (a function, a Date, a class instance) goes the
 * slow way, one value at a time. test/core/clearance/canonicalJson.test.ts holds both to the first
 * implementation.
 */
export function canonicalJson(value: unknown): string {
  const sorted = sortedPlain(value);
  return sorted === NOT_PLAIN ? slowCanonicalJson(value) : (JSON.stringify(sorted) ?? 'null');
}

const NOT_PLAIN = Symbol('not plain data');

/** `value` with every object's keys in order (copies only what must change), or NOT_PLAIN. */
function sortedPlain(value: unknown): unknown {
  if (value === null) return value;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'object':
      break;
    default:
      return NOT_PLAIN; // undefined at the top, functions, symbols, bigints
  }
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v = value[i] as unknown;
      if (v === undefined) return NOT_PLAIN; // written as null: left to the slow way
      const s = sortedPlain(v);
      if (s === NOT_PLAIN) return NOT_PLAIN;
      if (s !== v) (copy ??= value.slice())[i] = s;
    }
    return copy ?? value;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return NOT_PLAIN;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  let copy: Record<string, unknown> | undefined;
  for (const key of keys) {
    const v = obj[key];
    if (v === undefined) continue;
    const s = sortedPlain(v);
    if (s === NOT_PLAIN) return NOT_PLAIN;
    if (s !== v) (copy ??= { ...obj })[key] = s;
  }
  if (inOrder(keys) && keys.every((k) => !/^\d+$/.test(k) || keys.length === 1)) return copy ?? obj;
  // Out of order (or integer-like keys, which objects always list first): a copy in key order.
  const src = copy ?? obj;
  const ordered = Object.create(null) as Record<string, unknown>;
  keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (keys.some((k) => /^\d+$/.test(k))) return NOT_PLAIN; // no object can list them in string order
  for (const key of keys) ordered[key] = src[key];
  return ordered;
}

/** The first implementation's output, in one pass of string appends. */
function slowCanonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + slowCanonicalJson(value[i]);
    return `${out}]`;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (!inOrder(keys)) keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let out = '{';
  for (const key of keys) {
    const v = obj[key];
    if (v === undefined) continue;
    out += `${out.length > 1 ? ',' : ''}${quote(key)}:${slowCanonicalJson(v)}`;
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
