// node/pdf/fastStyles.ts answers every style lookup exactly as pdfmake's own StyleContextStack does.
import { describe, expect, it } from 'vitest';
import { installFastStyles, styleStackClass } from '../../../node/pdf/fastStyles';

type Stack = {
  styleOverrides: unknown[];
  push(x: unknown): void;
  getProperty(p: string): unknown;
};
type Ctor = new (dict: unknown, def?: unknown) => Stack;
type Static = (item: unknown, stack: Stack | null, property: string, fallback: unknown) => unknown;

// pdfmake's originals, taken before the install replaces them.
const Cls = styleStackClass() as unknown as {
  prototype: Stack;
  getStyleProperty: Static;
} & Ctor;
const originalGet = Cls.prototype.getProperty;
const originalStatic = Cls.getStyleProperty;
installFastStyles();
const fastGet = Cls.prototype.getProperty;
const fastStatic = Cls.getStyleProperty;

const DICTIONARY = {
  body: { fontSize: 10, font: 'Serif' },
  heading: { extends: 'body', bold: true, fontSize: 14 },
  h2: { extends: ['heading', 'accent'], fontSize: 12 },
  accent: { color: 'blue', italics: false },
  loopA: { extends: 'loopB', lineHeight: null },
  loopB: { extends: 'loopA' },
  diamond: { extends: ['left', 'right'] },
  left: { extends: 'base' },
  right: { extends: 'base', color: 'red' },
  base: { alignment: 'justify' },
  nulls: { color: null, fontSize: undefined },
};
const PROPERTIES = [
  'font',
  'fontSize',
  'bold',
  'italics',
  'color',
  'alignment',
  'lineHeight',
  'margin',
  'noWrap',
];
const STACKS: unknown[][] = [
  [],
  ['body'],
  ['body', { fontSize: 9 }],
  ['h2', { color: null }, 'missing'],
  ['loopA'],
  ['diamond', { bold: false }],
  [{ section: true, color: 'green' }, 'nulls'],
];
const ITEMS: unknown[] = [
  'plain text',
  {},
  { fontSize: 8 },
  { style: 'heading' },
  { style: ['body', 'h2'], color: null },
  { style: ['diamond', { color: 'pink' }] },
  { style: 'loopB' },
  { section: [], style: 'heading' },
  { style: 'unknown-style' },
  { text: 'x', style: ['nulls'] },
];

/** pdfmake's original answer: its static lookup calls getProperty, so the original is put back meanwhile. */
function original<T>(compute: () => T): T {
  Cls.prototype.getProperty = originalGet;
  try {
    return compute();
  } finally {
    Cls.prototype.getProperty = fastGet;
  }
}

function stack(overrides: unknown[], defaults?: unknown): Stack {
  const s = new Cls(DICTIONARY, defaults);
  for (const o of overrides) s.push(o);
  return s;
}

describe('fast style lookups', () => {
  it('are installed in place of pdfmake originals', () => {
    expect(fastGet).not.toBe(originalGet);
    expect(fastStatic).not.toBe(originalStatic);
  });

  it('getProperty: same value as pdfmake for every stack and property', () => {
    let compared = 0;
    for (const overrides of STACKS)
      for (const defaults of [undefined, { lineHeight: 1.2, color: 'black' }])
        for (const property of PROPERTIES) {
          const s = stack(overrides, defaults);
          expect(fastGet.call(s, property), `${JSON.stringify(overrides)} ${property}`).toEqual(
            original(() => s.getProperty(property)),
          );
          compared++;
        }
    expect(compared).toBe(STACKS.length * 2 * PROPERTIES.length);
  });

  it('getStyleProperty: same value, and the stack is left as it was', () => {
    const distinct = new Set<unknown>();
    for (const overrides of STACKS)
      for (const item of ITEMS)
        for (const property of PROPERTIES) {
          const s = stack(overrides, { lineHeight: 1.2 });
          const expected = original(() => originalStatic(item, s, property, 'fallback'));
          const before = [...s.styleOverrides];
          const actual = fastStatic(item, s, property, 'fallback');
          expect(
            actual,
            `${JSON.stringify(overrides)} ${JSON.stringify(item)} ${property}`,
          ).toEqual(expected);
          expect(s.styleOverrides).toEqual(before);
          distinct.add(actual);
        }
    // The cases reach many different answers, so the comparison is not between two constants.
    expect(distinct.size).toBeGreaterThan(8);
    expect(fastStatic({ color: 'x' }, null, 'color', 'y')).toBe('x');
    expect(fastStatic({}, null, 'color', 'y')).toBe(originalStatic({}, null, 'color', 'y'));
  });
});
