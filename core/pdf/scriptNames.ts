// Names what a character is (emoji, a bidi control, its Unicode script) so "can't be printed" messages say which script.

/** Unicode scripts by their property name; shown with spaces for underscores (N'Ko spelled out). */
const SCRIPTS = [
  'Latin',
  'Greek',
  'Cyrillic',
  'Armenian',
  'Georgian',
  'Hebrew',
  'Arabic',
  'Syriac',
  'Thaana',
  'Nko',
  'Samaritan',
  'Mandaic',
  'Adlam',
  'Hanifi_Rohingya',
  'Yezidi',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
  'Thai',
  'Lao',
  'Tibetan',
  'Myanmar',
  'Khmer',
  'Mongolian',
  'Ethiopic',
  'Cherokee',
  'Canadian_Aboriginal',
  'Tifinagh',
  'Vai',
  'Bamum',
  'Javanese',
  'Balinese',
  'Sundanese',
  'Tai_Le',
  'Tai_Tham',
  'Tai_Viet',
  'New_Tai_Lue',
  'Cham',
  'Lisu',
  'Yi',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Bopomofo',
  'Ogham',
  'Runic',
  'Coptic',
  'Gothic',
  'Braille',
] as const;

const PATTERNS = SCRIPTS.map((name) => ({
  name: name === 'Nko' ? "N'Ko" : name.replace(/_/g, ' '),
  re: new RegExp(`\\p{Script=${name}}`, 'u'),
}));

/** Bidirectional controls: marks, embeddings, overrides, isolates and the Arabic letter mark. */
const BIDI_CONTROL = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]/u;
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;

/** "U+1F600" */
export const codePointLabel = (ch: string): string =>
  `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** What a character is, as a message's subject: "Emoji", "Bidirectional control characters", "Ethiopic script". */
export function characterKind(ch: string): string {
  if (BIDI_CONTROL.test(ch)) return 'Bidirectional control characters';
  if (EMOJI.test(ch)) return 'Emoji';
  const script = PATTERNS.find(({ re }) => re.test(ch));
  return script ? `${script.name} script` : `The character ${codePointLabel(ch)}`;
}
