// Validates one template file: the zod schema, then every placeholder it uses must be a known one.
import { parseOrThrow, DataValidationError, jsonPath } from '../validation/formatZodError';
import { isKnownPlaceholder, placeholdersIn, PLACEHOLDERS } from '../book/placeholders';
import { TemplateSchema, type Template } from './schema';

/** Each string of the template with its JSON path (as zod would name it). */
function* strings(
  value: unknown,
  path: Array<string | number> = [],
): Generator<[string, Array<string | number>]> {
  if (typeof value === 'string') yield [value, path];
  else if (Array.isArray(value))
    for (const [i, v] of value.entries()) yield* strings(v, [...path, i]);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
  }
}

/**
 * Parses `data` as a template from `fileName` (e.g. "templates/x.json"). Throws DataValidationError
 * naming the file, the JSON path and the problem: a schema error, an unknown placeholder, or an id
 * that does not match the file name.
 */
export function validateTemplate(data: unknown, fileName: string): Template {
  const template = parseOrThrow(TemplateSchema, data, fileName);
  for (const [text, path] of strings(template)) {
    for (const name of placeholdersIn(text)) {
      if (!isKnownPlaceholder(name)) {
        throw new DataValidationError(
          fileName,
          `${fileName}: ${jsonPath(path)}: unknown placeholder {{${name}}} (known: ${Object.keys(PLACEHOLDERS).join(', ')})`,
        );
      }
    }
  }
  const expected = fileName.replace(/^.*\//, '').replace(/\.json$/, '');
  if (template.id !== expected) {
    throw new DataValidationError(
      fileName,
      `${fileName}: $.id: "${template.id}" must match the file name "${expected}"`,
    );
  }
  return template;
}
