// The headless CLI as a function: parses the command line, dispatches to one command, prints through the terminal escape.
import { parseArgs } from 'node:util';
import { describeFailure, usageError } from './errors';
import { escapeForTerminal, escapeOutput } from './terminal';
import { USAGE } from './commands/help';
import { runTemplates } from './commands/templates';
import { runCountries } from './commands/countries';
import { runNew } from './commands/new';
import { runExport } from './commands/export';
import { runExportDocx } from './commands/exportDocx';
import { runValidate } from './commands/validate';
import { runSet } from './commands/set';
import { runNextRound } from './commands/nextRound';
import { runCheck } from './commands/check';
import { runIdentify } from './commands/identify';
import { runFacts } from './commands/facts';
import type { TrustedKeys } from '../core/packs/packFormat';

const str = { type: 'string' } as const;
const flag = { type: 'boolean' } as const;

/** The meeting details `new` drafts with and `set` changes. */
const DETAILS = {
  date: str,
  city: str,
  counterpart: str,
  'counterpart-title': str,
  'counterpart-native': str,
  principal: str,
  'principal-title': str,
} as const;

/** Options each command accepts; anything else is a usage error (exit 2). */
const OPTIONS = {
  templates: {},
  countries: { filter: str },
  new: { template: str, country: str, ...DETAILS, out: str, force: flag },
  set: DETAILS,
  'next-round': { date: str, city: str, out: str, force: flag },
  export: {
    out: str,
    title: str,
    force: flag,
    final: flag,
    'password-file': str,
    audience: str,
    'keep-citations': flag,
    copies: str,
    recipients: str,
    addendum: flag,
    format: str,
  },
  identify: {},
  validate: {},
  check: { json: flag, 'user-data': str },
  facts: { 'user-data': str },
} as const;

/** Where the CLI's output goes: process.stdout/stderr, or a test's buffers. */
export interface CliStreams {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Runs one command line; resolves to the process exit code. Every byte printed has passed escapeOutput. */
export async function runCli(
  argv: string[],
  streams: CliStreams,
  /** Tests only: the data-pack keys to trust instead of the app's. */
  deps: { trustedPackKeys?: TrustedKeys } = {},
): Promise<number> {
  const print = (text: string) => streams.stdout(`${escapeOutput(text)}\n`);
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      print(USAGE);
      return 0;
    }
    if (!Object.hasOwn(OPTIONS, command)) throw usageError(`unknown command "${command}"`);
    const { values, positionals } = parseArgs({
      args: rest,
      options: OPTIONS[command as keyof typeof OPTIONS],
      allowPositionals: [
        'export',
        'validate',
        'check',
        'set',
        'next-round',
        'identify',
        'facts',
      ].includes(command),
      strict: true,
    });
    const v = values as Record<string, string | boolean | undefined>;
    switch (command) {
      case 'templates':
        runTemplates(print);
        break;
      case 'countries':
        runCountries(v.filter as string | undefined, print);
        break;
      case 'new':
        await runNew(v, print);
        break;
      case 'export':
        if (v.format === 'docx') await runExportDocx(positionals, v, print);
        else if (v.format === undefined || v.format === 'pdf')
          await runExport(positionals, v, print);
        else throw usageError(`export: --format ${String(v.format)} is not pdf or docx`);
        break;
      case 'validate':
        await runValidate(positionals, print);
        break;
      case 'set':
        await runSet(positionals, v, print);
        break;
      case 'next-round':
        await runNextRound(positionals, v, print);
        break;
      case 'check':
        return await runCheck(positionals, v, print, deps.trustedPackKeys);
      case 'facts':
        await runFacts(positionals, v, print, {
          ...(deps.trustedPackKeys ? { trustedKeys: deps.trustedPackKeys } : {}),
        });
        break;
      case 'identify':
        return await runIdentify(positionals, print);
    }
    return 0;
  } catch (error) {
    const { message, exitCode } = describeFailure(error);
    streams.stderr(`brief: ${escapeForTerminal(message)}\n`);
    return exitCode;
  }
}
