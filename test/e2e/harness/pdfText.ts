// Reads an exported PDF file back with pdfjs-dist: the text of each page.
import { readFile } from 'node:fs/promises';
import { pdfPages } from '../../fixtures/pdfPages';

/** Text of each page of the PDF at `file` (text items joined with spaces). */
export async function pdfPageTexts(file: string): Promise<string[]> {
  return pdfPages(await readFile(file));
}
