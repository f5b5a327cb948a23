// Test helper: reads the framework seed text beside the repo and derives the numbered objectives from it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The framework's full text, kept in the repo as the source the objectives are checked against. */
export const SEED_PATH = path.resolve(
  HERE,
  '../../../framework-data/sources/strategic-framework-for-space-diplomacy.txt',
);

/** The raw framework text; throws (never skips) when it is missing. */
export function readSeed(): string {
  if (!existsSync(SEED_PATH)) throw new Error(`Framework source text not found at ${SEED_PATH}.`);
  return readFileSync(SEED_PATH, 'utf8');
}

/**
 * The seed as one line of text with extraction damage removed: page banners, the
 * "UNCLASSIFED" marking and footnote URLs dropped; lines joined with a space, except after a
 * line-final hyphen (every such break in this text is inside a hyphenated compound, so the hyphen stays).
 */
export function normaliseSeed(raw: string): string {
  const lines = raw
    .split('\n')
    .map((l) => l.trim())
    .filter(
      (l) => l !== '' && !/^Page \d+ of \d+$/.test(l) && l !== 'UNCLASSIFED' && !/^https?:/.test(l),
    );
  let text = '';
  for (const line of lines) text += text === '' || text.endsWith('-') ? line : ` ${line}`;
  return text.replace(/\s+/g, ' ');
}

/** Headings that open each objective list (or a stretch without one), in document order. */
const SECTIONS: Array<{ prefix: string | null; heading: string }> = [
  { prefix: 'P1.G1', heading: 'Diplomacy for Space Goal 1' },
  { prefix: 'P1.G1.D', heading: 'In our bilateral and regional dialogues' },
  { prefix: 'P1.G2', heading: 'Diplomacy for Space Goal 2' },
  { prefix: null, heading: 'Diplomacy for Space Goal 3' },
  { prefix: 'P1.G3.1', heading: '3.1 Commercial Space Diplomacy' },
  { prefix: 'P1.G3.2', heading: '3.2 Strategic Competition' },
  { prefix: 'P1.G3.3', heading: '3.3 Non-Proliferation' },
  { prefix: 'P1.G3.4', heading: '3.4 Critical Infrastructure' },
  { prefix: 'P1.G3.5', heading: '3.5 Space Situational Awareness' },
  { prefix: null, heading: 'Pillar 2: Space for Diplomacy' },
  { prefix: 'P2.G1', heading: 'Space for Diplomacy Goal 1' },
  { prefix: 'P2.G2', heading: 'Space for Diplomacy Goal 2' },
  { prefix: 'P3', heading: 'Pillar 3: Empowering' },
  { prefix: null, heading: 'VI. Conclusion' },
];

export interface SeedObjective {
  id: string;
  text: string;
  subItems: string[];
}

const itemStart = (n: number) => new RegExp(`(?<![\\d.])${n}\\. (?=[A-Z])`, 'g');

/** Splits one section's text into its numbered items; a run-in item 1 starts after the last colon before item 2. */
function splitItems(section: string): string[] {
  const starts: Array<{ at: number; body: number }> = [];
  for (let n = 1, from = 0; ; n++) {
    const re = itemStart(n);
    re.lastIndex = from;
    const m = re.exec(section);
    if (!m) {
      if (n === 1) continue;
      break;
    }
    if (n === 2 && starts.length === 0) {
      const colon = section.lastIndexOf(':', m.index);
      starts.push({ at: colon + 1, body: colon + 1 });
    }
    starts.push({ at: m.index, body: m.index + m[0].length });
    from = m.index + m[0].length;
  }
  return starts.map((s, i) => section.slice(s.body, starts[i + 1]?.at ?? section.length).trim());
}

/** Every numbered objective of the seed with the ID its position implies, and its lettered sub-items. */
export function seedObjectives(normalised: string): SeedObjective[] {
  const at = SECTIONS.map((s) => {
    const i = normalised.indexOf(s.heading, normalised.indexOf('V. Goals and Objectives'));
    if (i < 0) throw new Error(`seed heading not found: ${s.heading}`);
    return i;
  });
  const out: SeedObjective[] = [];
  SECTIONS.forEach((s, k) => {
    if (!s.prefix) return;
    const section = normalised.slice(at[k]! + s.heading.length, at[k + 1]);
    splitItems(section).forEach((item, i) => {
      const [text, ...subItems] = item.split(/ [a-z]\. (?=[A-Z])/);
      out.push({
        id: `${s.prefix}.${i + 1}`,
        text: text!.trim(),
        subItems: subItems.map((t) => t.trim()),
      });
    });
  });
  return out;
}

/**
 * Word 4-grams of `text` not found in `seed`. One interleaved footnote or column break inside
 * a quoted passage misses exactly 3; a changed word misses up to 4, so `<= 3` still catches edits.
 */
export function missingShingles(text: string, seed: string): string[] {
  const words = text.split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i + 4 <= words.length; i++) {
    const gram = words.slice(i, i + 4).join(' ');
    if (!seed.includes(gram)) out.push(gram);
  }
  return out;
}
