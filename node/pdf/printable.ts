// Can this text be printed? The export's own two checks (script refusal, then glyph coverage), for warning as the officer types.
import { firstUnsupportedChar } from '../../core/pdf/scripts';
import { characterKind, codePointLabel } from '../../core/pdf/scriptNames';
import type { PrintProblem } from '../../core/ipc/contract';
import { missingGlyphs } from './coverage';

/**
 * The first character of `text` that export would refuse, named by its kind (emoji, a script),
 * or null when the PDF can print all of it. Runs exactly what preflight and renderPdf run.
 */
export function printProblem(
  text: string,
  fontsDir: string,
  countryCode?: string,
): PrintProblem | null {
  const refused = firstUnsupportedChar(text);
  const ch =
    refused ??
    missingGlyphs([{ where: 'text', text, ...(countryCode ? { countryCode } : {}) }], fontsDir)[0]
      ?.ch;
  if (ch === undefined) return null;
  const kind = characterKind(ch);
  const shown = /[\p{Cf}\p{Cc}]/u.test(ch) ? codePointLabel(ch) : `"${ch}", ${codePointLabel(ch)}`;
  // Bidi controls are refused on purpose (they could hide or reorder text); the rest wait for a font.
  const yet = kind.startsWith('Bidirectional') ? '' : ' yet';
  return {
    kind,
    char: ch,
    message: `${kind} can't be printed${yet} (${shown}): export would refuse this text.`,
  };
}
