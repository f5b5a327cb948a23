// Turns a zod error into one message naming the file, the JSON path and the problem.
import type { z } from 'zod';

/** Renders a JSON path like `$.objectives[3].text`. */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    '$',
  );
}

/** "framework.json: $.objectives[3].text: Too small: expected string to have >=1 characters" (first few issues). */
export function formatZodError(fileName: string, error: z.ZodError, maxIssues = 5): string {
  const lines = error.issues
    .slice(0, maxIssues)
    .map((issue) => `${fileName}: ${jsonPath(issue.path)}: ${issue.message}`);
  const more = error.issues.length - maxIssues;
  if (more > 0) lines.push(`${fileName}: ... and ${more} more problem(s)`);
  return lines.join('\n');
}

/** Thrown when a data or book file fails validation; the message is already user-facing. */
export class DataValidationError extends Error {
  override readonly name = 'DataValidationError';
  constructor(
    readonly fileName: string,
    message: string,
  ) {
    super(message);
  }
}

/** Parses `data` with `schema`, throwing a DataValidationError that names file, path and problem. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  data: unknown,
  fileName: string,
): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success)
    throw new DataValidationError(fileName, formatZodError(fileName, result.error));
  return result.data;
}
