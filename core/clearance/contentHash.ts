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
 * hash. Written as one pass of string appends (no entry arrays per object).
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
  const canonical = `[${tabs.map(canonicalTab).join(',')}]`;
  const hash = digest(canonical);
  cache.set(tabs, hash);
  return hash;
}

/** What of a tab the hash covers: what it prints. */
const hashed = (t: Tab) => ({ id: t.id, kind: t.kind, title: t.title, content: t.content });

/** Per tab object: the digest of its plain JSON (what it prints, in whatever key order it came). */
const plainDigests = new WeakMap<Tab, string>();

/**
 * A digest of what a tab prints, computed once per tab object: the canonical form's memo below
 * uses it, and so does core/pdf/tabBodies.ts (a tab body's source key).
 */
export function tabDigest(tab: Tab): string {
  let d = plainDigests.get(tab);
  if (d === undefined) plainDigests.set(tab, (d = digest(JSON.stringify(hashed(tab)))));
  return d;
}

/**
 * Canonical forms of tabs by their plain JSON's digest, most recently used last. Why: every PDF
 * export hashes the whole book for its cover, in a worker that receives a fresh copy of the book
 * each time; after a one-tab edit the other tabs are found here. Bounded by the characters held.
 */
const canonicalTabs = new Map<string, string>();
const MEMO_CHARS = 16 * 1024 * 1024;
let memoChars = 0;

function canonicalTab(tab: Tab): string {
  const key = tabDigest(tab);
  let canonical = canonicalTabs.get(key);
  if (canonical !== undefined) canonicalTabs.delete(key);
  else {
    canonical = canonicalJson(hashed(tab));
    // Built by appends, the string is a rope of thousands of pieces (several times its size);
    // reading a character makes V8 flatten it in place, so only its characters are kept.
    canonical.charCodeAt(0);
    memoChars += canonical.length;
  }
  canonicalTabs.set(key, canonical);
  for (const [k, v] of canonicalTabs) {
    if (memoChars <= MEMO_CHARS) break;
    canonicalTabs.delete(k);
    memoChars -= v.length;
  }
  return canonical;
}
