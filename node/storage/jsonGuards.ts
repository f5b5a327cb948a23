// Parses untrusted JSON text (imported or stored book files) with size, depth and prototype-key limits.
import { jsonPath } from '../../core/validation/formatZodError';
import { AppFailure } from '../../core/ipc/result';

/** Limits for a book file: far above any real book (Lexical content may nest 24 levels, about 2 JSON levels each), far below what exhausts memory or the stack. */
export const JSON_LIMITS = { maxChars: 20_000_000, maxDepth: 100, maxValues: 2_000_000 } as const;

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
 * Walks a parsed JSON value iteratively (so 100k-deep input cannot overflow the stack) and throws an
 * AppFailure('validation') naming the first problem: too deep, too many values, or a prototype key.
 */
export function assertSafeJson(value: unknown, fileName: string, limits = JSON_LIMITS): void {
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

/** JSON.parse with a size cap, a clear syntax message and assertSafeJson. */
export function parseUntrustedJson(text: string, fileName: string, limits = JSON_LIMITS): unknown {
  if (text.length > limits.maxChars) {
    const mb = (text.length / 1_000_000).toFixed(1);
    throw new AppFailure(
      'validation',
      `${fileName}: is ${mb} MB; a book file may be at most ${limits.maxChars / 1_000_000} MB`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new AppFailure(
      'validation',
      `${fileName}: is not valid JSON (${(error as Error).message})`,
    );
  }
  assertSafeJson(value, fileName, limits);
  return value;
}
