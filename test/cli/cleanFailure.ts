// Test helper: the one check that a `brief` run failed cleanly (exit code, one "brief: " line, no stack, no output).
import { expect } from 'vitest';
import { stderrLines, type RunResult } from './run';

/** Exit `code`, exactly one stderr line "brief: ..." matching `message`, no stack frame, empty stdout. */
export function expectCleanFailure(r: RunResult, code: number, message: RegExp): void {
  expect(r.code, r.stderr).toBe(code);
  const lines = stderrLines(r);
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^brief: /);
  expect(lines[0]).toMatch(message);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stdout).toBe('');
}
