// Finds classification markings inside free text (titles, body, metadata), including disguised ones.
//
// The app handles U and SBU only. A classified marking typed or pasted into text means spillage or a
// mistake; either way it must never be printed. Detection runs on a normalised copy of the text
// (NFKC, zero-width and soft-hyphen characters removed, Cyrillic/Greek look-alike capitals folded to
// Latin) so "SЕCRET" with a Cyrillic Е, or "SE\u200BCRET", is caught like "SECRET".

/** One classification marking found in a string. Offsets index the ORIGINAL string. */
export interface ClassifiedHit {
  /** Offset of the first character of the marking in the original text. */
  start: number;
  /** Offset just past the marking in the original text. */
  end: number;
  /** The marking as it appears in the original text. */
  text: string;
  /** The marking after normalisation, e.g. "TOP SECRET" or "(S//NF)". */
  normalised: string;
  kind: 'classification' | 'portion-mark' | 'dissemination-control';
  /** True when the original used look-alike letters or invisible characters. */
  disguised: boolean;
}

/** Invisible code point ranges that can split a word without showing: removed before matching. */
const INVISIBLE_RANGES: Array<[number, number]> = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x206a, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
];
const isInvisible = (ch: string): boolean => {
  const cp = ch.codePointAt(0)!;
  return INVISIBLE_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi);
};

/** Cyrillic and Greek letters that look like Latin capitals (and their lower-case forms). */
const LOOKALIKES: Record<string, string> = {
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Н: 'H',
  І: 'I',
  Ј: 'J',
  К: 'K',
  М: 'M',
  О: 'O',
  Р: 'P',
  Ѕ: 'S',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  а: 'a',
  с: 'c',
  е: 'e',
  і: 'i',
  ј: 'j',
  о: 'o',
  р: 'p',
  ѕ: 's',
  х: 'x',
  у: 'y',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ο: 'o',
  ν: 'v',
};

/** The normalised text and, for each of its UTF-16 units, the offset of its source in the original (null: identical). */
function normalise(text: string): { norm: string; map: number[] | null } {
  // Printable ASCII has nothing to fold or strip: match on the text itself (the common case, and
  // what keeps scanning a whole book on every save cheap).
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return { norm: text, map: null };
  const parts: string[] = [];
  const map: number[] = [];
  // ASCII stretches are copied whole; only the other characters are looked up, folded and normalised.
  // eslint-disable-next-line no-control-regex
  const other = /[^\x00-\x7f]+/g;
  let from = 0;
  for (let m = other.exec(text); ; m = other.exec(text)) {
    const upTo = m ? m.index : text.length;
    parts.push(text.slice(from, upTo));
    for (let i = from; i < upTo; i++) map.push(i);
    if (!m) break;
    let offset = m.index;
    for (const ch of m[0]) {
      const folded = isInvisible(ch) ? '' : (LOOKALIKES[ch] ?? ch).normalize('NFKC');
      for (let i = 0; i < folded.length; i++) map.push(offset);
      parts.push(folded);
      offset += ch.length;
    }
    from = offset;
  }
  map.push(text.length);
  const norm = parts.join('');
  return { norm, map };
}

/** Cheap tests that a pattern below implies: most text has none of these, so most passes are skipped. */
const WORD = /secret|confidential/i;
const MAY_MATCH = /secret|confidential|\(|\/\//i;

// Classification words: upper case anywhere (banner style); any case when written as a marking
// ("Secret//NOFORN") or as "Top Secret", which has no everyday meaning in a briefing.
const PATTERNS: Array<{ re: RegExp; kind: ClassifiedHit['kind']; needs: RegExp }> = [
  { re: /\bTOP[\s_-]*SECRET\b/gi, kind: 'classification', needs: WORD },
  { re: /\b(?:SECRET|CONFIDENTIAL)\b/g, kind: 'classification', needs: WORD },
  {
    re: /\b(?:secret|confidential)\s*\/\/[a-z]+(?:\/[a-z]+)*/gi,
    kind: 'classification',
    needs: WORD,
  },
  // Portion marks of classified levels: (TS), (S), (C), with or without controls: (S//NF), (C//REL TO USA, GBR).
  {
    re: /\(\s*(?:TS|S|C)(?:\s*\/\/[^)]{0,60})?\s*\)/g,
    kind: 'portion-mark',
    needs: /\(\s*(?:TS|S|C)\b/,
  },
  // Dissemination controls after a level other than SBU/U (e.g. "//NOFORN" alone, "S//NF").
  {
    re: /(?<![A-Za-z])(?!(?:SBU|U)\/\/)(?:[A-Z]{1,4})?\/\/\s*(?:NOFORN|NF|ORCON|OC|IMCON|RELIDO|SCI|SI|TK|HCS|FISA)\b/g,
    kind: 'dissemination-control',
    needs: /\/\//,
  },
];

/**
 * Every classification marking in `text`, in order of appearance, overlapping hits merged.
 * SBU and its caveats (e.g. "SBU//NOFORN") and "(U)" / "(SBU)" portion marks are not hits.
 */
export function findClassifiedMarkings(text: string): ClassifiedHit[] {
  if (text.length === 0) return [];
  const { norm, map } = normalise(text);
  // Every pattern needs one of these; most text has none, so skip the regex passes.
  if (!MAY_MATCH.test(norm)) return [];
  const spans: Array<{ s: number; e: number; kind: ClassifiedHit['kind'] }> = [];
  for (const { re, kind, needs } of PATTERNS) {
    if (!needs.test(norm)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      spans.push({ s: m.index, e: m.index + m[0].length, kind });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  spans.sort((a, b) => a.s - b.s || b.e - a.e);
  const merged: typeof spans = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.s < last.e) last.e = Math.max(last.e, span.e);
    else merged.push({ ...span });
  }
  return merged.map(({ s, e, kind }) => {
    const start = map ? map[s]! : s;
    const end = map ? (map[e] ?? text.length) : e;
    const original = text.slice(start, end);
    const normalised = norm.slice(s, e);
    return { start, end, text: original, normalised, kind, disguised: original !== normalised };
  });
}

/** True when `text` carries any classification marking (see findClassifiedMarkings). */
export function hasClassifiedMarking(text: string): boolean {
  return findClassifiedMarkings(text).length > 0;
}
