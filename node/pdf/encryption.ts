// Password protection for exported PDFs: AES-256 only (pdfkit's PDF 1.7 extension level 3), never RC4 or AES-128.
import { randomBytes } from 'node:crypto';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { AppFailure } from '../../core/ipc/result';

/** Bounds shared with the export:pdf request and the CLI's --password-file. */
export const PDF_PASSWORD_MIN = 8;
export const PDF_PASSWORD_MAX = 128;

/** Why a password is refused, or null when it is usable. Never echoes the password itself. */
export function pdfPasswordProblem(password: string): string | null {
  if (password.length < PDF_PASSWORD_MIN)
    return `the PDF password is too short (at least ${PDF_PASSWORD_MIN} characters)`;
  if (password.length > PDF_PASSWORD_MAX)
    return `the PDF password is too long (at most ${PDF_PASSWORD_MAX} characters)`;
  return null;
}

/**
 * Returns the definition with encryption on. pdfkit picks the cipher from the PDF version alone:
 * '1.4'..'1.5' give RC4, '1.6'..'1.7' give AES-128, only '1.7ext3' gives AES-256 (V 5). So the
 * version is forced here, whatever the definition said; pdfkit still writes a 1.7 header, which
 * keeps the tagged-PDF structure (node/pdf/tagging.ts) valid.
 */
export function withPassword(
  definition: TDocumentDefinitions,
  password: string,
): TDocumentDefinitions {
  const problem = pdfPasswordProblem(password);
  if (problem) throw new AppFailure('validation', `Cannot protect the PDF: ${problem}.`);
  return {
    ...definition,
    version: '1.7ext3',
    userPassword: password,
    // A random owner password nobody keeps: the permissions below cannot be lifted by guessing it,
    // and the user's password opens the file but does not unlock editing.
    ownerPassword: randomBytes(32).toString('base64url'),
    // Printing and copying stay allowed: copying (and content accessibility) is what screen
    // readers and text-to-speech need, and a briefing book is meant to be printed. Changing,
    // annotating, form filling and page assembly stay off.
    permissions: {
      printing: 'highResolution',
      copying: true,
      contentAccessibility: true,
      modifying: false,
      annotating: false,
      fillingForms: false,
      documentAssembly: false,
    },
  };
}
