// CLI error handling: which failures are the user's input (exit 1), usage (exit 2), and one-line messages.
import { AppFailure } from '../core/ipc/result';
import { DataValidationError } from '../core/validation/formatZodError';

/** A failure the CLI reports as-is; `exitCode` 2 means the command line itself was wrong. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/** Usage mistakes (unknown option, missing argument) exit with code 2. */
export const usageError = (message: string) => new CliError(`${message} (see: brief help)`, 2);

/** Folds a possibly multi-line message onto one line, so stderr is always exactly one line. */
export function oneLine(message: string): string {
  return message
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join('; ');
}

/** The user-facing line and exit code for anything thrown by a command. Never a stack trace. */
export function describeFailure(error: unknown): { message: string; exitCode: number } {
  if (error instanceof CliError)
    return { message: oneLine(error.message), exitCode: error.exitCode };
  if (error instanceof AppFailure || error instanceof DataValidationError) {
    return { message: oneLine(error.message), exitCode: 1 };
  }
  if (error instanceof RangeError) {
    return { message: 'input is too large or too deeply nested to process', exitCode: 1 };
  }
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
    return {
      message: oneLine(`${(error as Error).message.split('. ')[0]} (see: brief help)`),
      exitCode: 2,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { message: `internal error: ${oneLine(message)}`, exitCode: 70 };
}
