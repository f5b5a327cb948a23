// Canonical JSON (object keys sorted, no insignificant whitespace): the exact bytes a data pack's hash and signature cover.

/** The value with every object's keys sorted, recursively (arrays keep their order). */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      out[key] = sortKeys((value as Record<string, unknown>)[key]);
    }
    return out;
  }
  return value;
}

/** Compact canonical JSON: what a pack's payload hash and manifest signature are computed over. */
export const canonicalJson = (value: unknown): string => JSON.stringify(sortKeys(value));

/** The one text a pack file may have: canonical, indented by two spaces, one trailing newline. */
export const canonicalPackText = (value: unknown): string =>
  `${JSON.stringify(sortKeys(value), null, 2)}\n`;
