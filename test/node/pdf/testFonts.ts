// Test helper: the bundled fonts folder (dist/fonts after a build, else a temp copy made from node_modules).
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { FONT_SOURCES, resolveFontsDir } from '../../../node/pdf/fonts';

/** A folder holding every bundled TTF, without needing `npm run build` first. */
export function testFontsDir(): string {
  try {
    return resolveFontsDir();
  } catch {
    const dir = path.join(os.tmpdir(), 'bbb-test-fonts');
    mkdirSync(dir, { recursive: true });
    const req = createRequire(path.join(process.cwd(), 'package.json'));
    for (const [file, source] of Object.entries(FONT_SOURCES)) {
      const to = path.join(dir, file);
      if (!existsSync(to)) copyFileSync(req.resolve(source), to);
    }
    return dir;
  }
}
