// Test helper: every page of a PDF as an image file's bytes (poppler's pdftoppm), in page order.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { withFile } from './structureTree';

/** PNG pages at `dpi`, or grey-scale PGM pages with `gray` (smaller, for equality checks). */
export function pageImages(bytes: Uint8Array, dpi: number, gray = false): Buffer[] {
  return withFile(bytes, (file) => {
    const dir = path.dirname(file);
    execFileSync('pdftoppm', [
      gray ? '-gray' : '-png',
      '-r',
      String(dpi),
      file,
      path.join(dir, 'p'),
    ]);
    const ext = gray ? '.pgm' : '.png';
    return readdirSync(dir)
      .filter((f) => f.endsWith(ext))
      .sort()
      .map((f) => readFileSync(path.join(dir, f)));
  });
}
