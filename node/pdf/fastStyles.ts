// Replaces pdfmake's style lookups with allocation-free equivalents: the same answers, without the per-call push, closure and Set.
import * as styleStackModule from 'pdfmake/js/StyleContextStack';

/**
 * Why: a CPU profile of a 200-page export put about a quarter of pdfmake's measuring time in
 * StyleContextStack: TextInlines.measure asks ~20 properties of every word, and each
 * `getStyleProperty` pushed the word and its style names onto the stack, allocated a closure and a
 * `Set`, then popped them. These versions walk the same places in the same order (the item, its
 * named styles last-first, then the stack top-down, then the default style) and return the same
 * value; only `extends` chains still allocate their cycle guard. test/node/pdf/fastStyles.test.ts
 * compares them with pdfmake's originals.
 */

type Style = Record<string, unknown> & { extends?: string | string[] };
interface Stack {
  styleDictionary: Record<string, Style> | null | undefined;
  defaultStyle: Record<string, unknown> | null | undefined;
  styleOverrides: Array<string | Record<string, unknown>>;
  getProperty(property: string): unknown;
}
interface StackClass {
  prototype: Stack & Record<symbol, unknown>;
  getStyleProperty(
    item: unknown,
    stack: Stack | null,
    property: string,
    fallback: unknown,
  ): unknown;
}

const PATCHED = Symbol.for('briefing-book-builder.fastStyles');
const isValue = (v: unknown): boolean => v !== undefined && v !== null;
const isString = (v: unknown): v is string => typeof v === 'string' || v instanceof String;

/** A named style's property, following `extends` (last parent first), as pdfmake does. */
function fromStyle(
  dictionary: Stack['styleDictionary'],
  name: string,
  property: string,
  visited?: Set<string>,
): unknown {
  const style = dictionary?.[name];
  if (!style) return undefined;
  const own = style[property];
  if (isValue(own)) return own;
  if (!style.extends) return undefined;
  const seen = visited ?? new Set<string>();
  seen.add(name);
  const parents = Array.isArray(style.extends) ? style.extends : [style.extends];
  for (let i = parents.length - 1; i >= 0; i--) {
    if (seen.has(parents[i]!)) continue;
    const value = fromStyle(dictionary, parents[i]!, property, seen);
    if (isValue(value)) return value;
  }
  return undefined;
}

/** The stack's own answer, top-down, then the default style (pdfmake's getProperty). */
function stackProperty(stack: Stack, property: string): unknown {
  const overrides = stack.styleOverrides;
  for (let i = overrides.length - 1; i >= 0; i--) {
    const item = overrides[i]!;
    const value = isString(item)
      ? fromStyle(stack.styleDictionary, String(item), property)
      : item[property];
    if (isValue(value)) return value;
  }
  return stack.defaultStyle && stack.defaultStyle[property];
}

/** pdfmake's StyleContextStack class (esbuild and Node ESM expose a CJS default export differently). */
export function styleStackClass(): StackClass {
  const ns = styleStackModule as unknown as { default: StackClass | { default: StackClass } };
  const d = ns.default;
  return 'getStyleProperty' in d ? d : d.default;
}

/** Installs the fast lookups (idempotent). */
export function installFastStyles(): void {
  const Cls = styleStackClass();
  if (Cls.prototype[PATCHED]) return;
  Cls.prototype.getProperty = function (this: Stack, property: string): unknown {
    return stackProperty(this, property);
  };
  Cls.getStyleProperty = (item, stack, property, fallback) => {
    const own = (item as Record<string, unknown>)[property];
    if (isValue(own)) return own;
    if (!stack) return fallback;
    let value: unknown;
    // autopush: strings and section nodes push nothing; otherwise the style names, then the item,
    // whose own property was just found empty, so the walk starts at its last style name.
    const node = item as { section?: unknown; style?: unknown } | string;
    if (!isString(node) && typeof node.section === 'undefined' && node.style) {
      const names = (Array.isArray(node.style) ? node.style : [node.style]) as unknown[];
      for (let i = names.length - 1; i >= 0 && !isValue(value); i--) {
        const name = names[i];
        value = isString(name)
          ? fromStyle(stack.styleDictionary, String(name), property)
          : (name as Record<string, unknown>)[property];
      }
    }
    if (!isValue(value)) value = stackProperty(stack, property);
    return isValue(value) ? value : fallback;
  };
  Cls.prototype[PATCHED] = true;
}
