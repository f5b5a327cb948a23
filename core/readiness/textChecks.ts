// Text-level readiness checks shared by content and book details: placeholders, classified markings, scripts.
import { findClassifiedMarkings } from '../book/classifiedText';
import { findUnsupportedScript } from '../pdf/scripts';

/** A drafter prompt left by assembly ("[Drafter: city]") or an unfilled template placeholder. */
export const PLACEHOLDER_PATTERN = /\[Drafter:[^\]]*\]|\{\{[^{}]*\}\}/g;

/** Every placeholder in `text`, with its offset. */
export function placeholdersIn(text: string): Array<{ text: string; start: number }> {
  return [...text.matchAll(PLACEHOLDER_PATTERN)].map((m) => ({ text: m[0], start: m.index }));
}

const clip = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** One message per classification marking in `text` (empty when there is none). */
export function classifiedMessages(text: string): string[] {
  return findClassifiedMarkings(text).map((hit) => {
    const disguise = hit.disguised ? ' (written with look-alike or invisible characters)' : '';
    return (
      `Classification marking "${clip(hit.text)}"${disguise} in unclassified text. ` +
      'This app is for U and SBU work only: remove it. No export, draft or final, prints it.'
    );
  });
}

/** A message when the PDF cannot print `text` (right-to-left or an uncovered script), else null. */
export function scriptMessage(text: string): string | null {
  const problem = findUnsupportedScript(text);
  return problem
    ? `The PDF cannot print ${problem}: "${clip(text)}". Use a transliteration, or leave it out.`
    : null;
}
