// Steps 2 and 3 of the book-file pipeline: JSON parse, then an iterative walk enforcing depth, value-count, string-length and prototype-key limits.
import { jsonPath } from '../../core/validation/formatZodError';
import { AppFailure } from '../../core/ipc/result';
import { CONTENT_LIMITS } from '../../core/book/lexical';

/**
 * Limits for a book file's JSON: far above any real book (Lexical content may nest 24 levels, about
 * 2 JSON levels each; the longest string is a text node), far below what exhausts memory or the stack.
 * The size cap is checked before parsing (BOOK_FILE_MAX_BYTES).
 */
export const JSON_LIMITS = {
  maxDepth: 100,
  maxValues: 2_000_000,
  maxStringLength: CONTENT_LIMITS.maxTextLength,
} as const;

export type JsonLimits = typeof JSON_LIMITS;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

interface Frame {
  v: unknown;
  depth: number;
  parent: Frame | null;
  key: PropertyKey;
}

/** The JSON path of a frame, built only when reporting (keeping paths per value would cost a copy each). */
function pathOf(frame: Frame): PropertyKey[] {
  const out: PropertyKey[] = [];
  for (let f: Frame | null = frame; f && f.parent; f = f.parent) out.unshift(f.key);
  return out;
}

/**
 * Walks a parsed JSON value iteratively (so 100k-deep input cannot overflow the stack; children are
 * pushed one by one, never spread) and throws an AppFailure('validation') naming the first problem:
 * too deep, too many values, a string or key too long, or a prototype key.
 */
export function assertSafeJson(
  value: unknown,
  fileName: string,
  limits: JsonLimits = JSON_LIMITS,
): void {
  const stack: Frame[] = [{ v: value, depth: 0, parent: null, key: '' }];
  let count = 0;
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const v = frame.v;
    if (++count > limits.maxValues) {
      throw new AppFailure(
        'validation',
        `${fileName}: holds more than ${limits.maxValues} values; not a book file`,
      );
    }
    if (typeof v === 'string' && v.length > limits.maxStringLength) {
      throw new AppFailure(
        'validation',
        `${fileName}: ${jsonPath(pathOf(frame))}: a string of ${v.length} characters; at most ${limits.maxStringLength} are allowed`,
      );
    }
    if (v === null || typeof v !== 'object') continue;
    if (frame.depth >= limits.maxDepth) {
      throw new AppFailure(
        'validation',
        `${fileName}: nested more than ${limits.maxDepth} levels deep at ${jsonPath(pathOf(frame).slice(0, 8))}...; not a book file`,
      );
    }
    const depth = frame.depth + 1;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) stack.push({ v: v[i], depth, parent: frame, key: i });
      continue;
    }
    for (const key of Object.keys(v)) {
      if (key.length > limits.maxStringLength) {
        throw new AppFailure(
          'validation',
          `${fileName}: ${jsonPath(pathOf(frame))}: a key of ${key.length} characters; not a book file`,
        );
      }
      if (FORBIDDEN_KEYS.has(key)) {
        throw new AppFailure(
          'validation',
          `${fileName}: contains the forbidden key "${key}" at ${jsonPath(pathOf(frame))}`,
        );
      }
      stack.push({ v: (v as Record<string, unknown>)[key], depth, parent: frame, key });
    }
  }
}

/**
 * JSON.parse with a clear message. JSON.parse itself never assigns a prototype (a "__proto__" key
 * becomes an own property); run assertSafeJson on the result before using anything in it.
 */
export function parseJsonText(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const why = error instanceof RangeError ? 'nested too deeply' : (error as Error).message;
    throw new AppFailure('validation', `${fileName}: is not valid JSON (${why})`);
  }
}
