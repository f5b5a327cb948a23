// Lint probes: source text crossing each layer boundary, linted by the real eslint.config.mjs, must fail with that layer's message.
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  // The real config, minus type information: probes are text that exists in no tsconfig, and the
  // layer rules are syntactic (the one type-aware rule is switched off for the same reason).
  eslint = new ESLint({
    cwd: root,
    overrideConfig: {
      files: ['**/*.ts', '**/*.tsx'],
      languageOptions: { parserOptions: { projectService: false } },
      rules: { '@typescript-eslint/no-floating-promises': 'off' },
    },
  });
});

/** Lints `code` as if it were the file at `file` (repo-relative); returns every message. */
async function lint(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const CORE = /core\/ is pure TypeScript/;
const RENDERER = /renderer\/ runs sandboxed/;
const NODE = /node\/ is shared by Electron main, the CLI and tests/;
const CLI = /cli\/ runs in plain Node/;
const PRELOAD = /electron\/preload\/ runs sandboxed/;
const MAIN = /electron\/ may import node\/ and core\/, never renderer\/ or cli\//;

/** [probe file, import line, layer message]: each must fail lint with that message. */
const crossings: Array<[string, string, RegExp]> = [
  ['core/ipc/probe.ts', "import { app } from 'electron';", CORE],
  ['core/ipc/probe.ts', "import { readFileSync } from 'fs';", CORE],
  ['core/ipc/probe.ts', "import { readFileSync } from 'node:fs';", CORE],
  ['core/ipc/probe.ts', "import { readFile } from 'fs/promises';", CORE],
  ['core/ipc/probe.ts', "import { EventEmitter } from 'events';", CORE],
  ['core/ipc/probe.ts', "import { createRequire } from 'module';", CORE],
  ['core/ipc/probe.ts', "export * from 'node:events';", CORE],
  ['core/ipc/probe.ts', "export const load = () => import('node:path');", CORE],
  ['core/ipc/probe.ts', "import { useState } from 'react';", CORE],
  ['core/ipc/probe.ts', "import { NoticeBoard } from '../../node/app/notices';", CORE],
  ['core/ipc/probe.ts', "import { api } from '../../renderer/api';", CORE],
  ['core/ipc/probe.ts', "import { buildMenuTemplate } from '../../electron/main/menu';", CORE],
  ['core/ipc/probe.ts', "import type { CliError } from '../../cli/errors';", CORE],
  ['renderer/app/probe.ts', "import { NoticeBoard } from '../../node/app/notices';", RENDERER],
  [
    'renderer/app/probe.ts',
    "import type { IpcPort } from '../../electron/preload/buildApi';",
    RENDERER,
  ],
  ['renderer/app/probe.ts', "import { CliError } from '../../cli/errors';", RENDERER],
  ['renderer/app/probe.ts', "import path from 'path';", RENDERER],
  ['renderer/app/probe.ts', "import { ipcRenderer } from 'electron';", RENDERER],
  ['node/app/probe.ts', "import { app } from 'electron';", NODE],
  ['node/app/probe.ts', "import { api } from '../../renderer/api';", NODE],
  ['node/app/probe.ts', "import { CliError } from '../../cli/errors';", NODE],
  ['node/app/probe.ts', "import { buildMenuTemplate } from '../../electron/main/menu';", NODE],
  ['cli/probe.ts', "import { shell } from 'electron';", CLI],
  ['cli/probe.ts', "import { api } from '../renderer/api';", CLI],
  ['cli/probe.ts', "import { buildMenuTemplate } from '../electron/main/menu';", CLI],
  ['electron/preload/probe.ts', "import { readFileSync } from 'node:fs';", PRELOAD],
  ['electron/preload/probe.ts', "import { readFileSync } from 'fs';", PRELOAD],
  ['electron/preload/probe.ts', "import { z } from 'zod';", PRELOAD],
  ['electron/preload/probe.ts', "import { channels } from '../../core/ipc/contract';", PRELOAD],
  ['electron/preload/probe.ts', "import { NoticeBoard } from '../../node/app/notices';", PRELOAD],
  ['electron/main/probe.ts', "import { api } from '../../renderer/api';", MAIN],
  ['electron/main/probe.ts', "import { CliError } from '../../cli/errors';", MAIN],
];

/** Legal imports of each layer: must lint clean (so the rules are not simply refusing everything). */
const legal: Array<[string, string]> = [
  ['core/ipc/probe.ts', "import { MENU_COMMANDS } from './names';"],
  ['renderer/app/probe.ts', "import { API_CHANNELS } from '../../core/ipc/api';"],
  ['node/app/probe.ts', "import { readFileSync } from 'node:fs';"],
  ['cli/probe.ts', "import { renderPdf } from '../node/pdf/renderPdf';"],
  [
    'electron/preload/probe.ts',
    "import type { BriefingApi } from '../../core/ipc/api';\nimport { MENU_COMMANDS } from '../../core/ipc/names';",
  ],
  [
    'electron/main/probe.ts',
    "import { app } from 'electron';\nimport { NoticeBoard } from '../../node/app/notices';",
  ],
];

/** Uses every imported name so only the layer rule can complain. */
const use = (line: string): string => {
  const names = [...line.matchAll(/(?:import|type)\s+(?:type\s+)?\{?\s*([A-Za-z_]+)/g)].map(
    (m) => m[1],
  );
  return `${line}\nexport const probe = [${names.filter((n) => n !== 'type').join(', ')}];\n`;
};

describe('layer lint rules', () => {
  it.each(crossings)('%s: %s fails', async (file, line, message) => {
    const messages = await lint(file, use(line));
    expect(messages.filter((m) => m.startsWith('layers/imports'))).toHaveLength(1);
    expect(messages.join('\n')).toMatch(message);
  });

  it.each(legal)('%s: %s passes', async (file, code) => {
    expect(await lint(file, use(code))).toEqual([]);
  });

  it('core/ may not touch DOM or Node globals', async () => {
    const messages = await lint(
      'core/ipc/probe.ts',
      'export const t = () => [document.title, window.name, process.env, localStorage];\n',
    );
    expect(
      messages.filter((m) => /core\/ is pure TypeScript: no DOM or Node globals/.test(m)),
    ).toHaveLength(4);
  });
});
