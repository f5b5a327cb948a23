// As a field is typed: asks main (fonts:check, the export's own checks) whether the PDF can print the text; debounced.
import { useEffect, useState } from 'react';
import { api } from '../../api';
import type { PrintProblem } from '../../../core/ipc/contract';

/** Waits this long after the last keystroke before asking (the CJK font check opens a 10 MB file). */
const DEBOUNCE_MS = 200;

/** The first character of `text` export would refuse, or null (ASCII never asks: Roboto prints it all). */
export function usePrintCheck(text: string, countryCode: string): PrintProblem | null {
  const [problem, setProblem] = useState<PrintProblem | null>(null);
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\u0000-\u007f]*$/.test(text);
  useEffect(() => {
    if (ascii) return;
    let live = true;
    const timer = setTimeout(() => {
      void api.fonts.check({ text, ...(countryCode ? { countryCode } : {}) }).then((result) => {
        if (live) setProblem(result.ok ? result.value : null);
      });
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, countryCode, ascii]);
  // A stale answer (for text since edited) is kept until the new one arrives, so the warning does not flicker.
  return ascii ? null : problem;
}
