// Scans every file under a folder for known book plaintext: the at-rest tests assert it finds 0 bytes.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface PlaintextScan {
  files: number;
  bytesScanned: number;
  /** Total bytes of needle occurrences found (0 when nothing leaks). */
  plaintextBytes: number;
  hits: string[];
}

/** Every regular file under `root`, recursively. */
export function filesUnder(root: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    const stats = statSync(path);
    if (stats.isDirectory()) out.push(...filesUnder(path));
    else if (stats.isFile()) out.push(path);
  }
  return out;
}

/** Counts occurrences of each needle (as UTF-8 and as UTF-16LE) in every file under `root`. */
export function scanForPlaintext(root: string, needles: string[]): PlaintextScan {
  const scan: PlaintextScan = { files: 0, bytesScanned: 0, plaintextBytes: 0, hits: [] };
  const patterns = needles.flatMap((n) => [Buffer.from(n, 'utf8'), Buffer.from(n, 'utf16le')]);
  for (const path of filesUnder(root)) {
    const bytes = readFileSync(path);
    scan.files++;
    scan.bytesScanned += bytes.length;
    for (const pattern of patterns) {
      for (let at = bytes.indexOf(pattern); at !== -1; at = bytes.indexOf(pattern, at + 1)) {
        scan.plaintextBytes += pattern.length;
        scan.hits.push(`${path}@${at}`);
      }
    }
  }
  return scan;
}
