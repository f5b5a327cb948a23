// The U.S. delegation under Book details: one member a line, "Name, Title"; shown by the `delegation` field.
import { useState } from 'react';
import type { Person } from '../../../core/book/schema';

/** "Name, Title" lines as people (the first comma splits name from title; blank lines dropped). */
export function parseDelegation(text: string): Person[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, 50)
    .map((line) => {
      const comma = line.indexOf(',');
      const name = (comma < 0 ? line : line.slice(0, comma)).trim().slice(0, 300);
      const title =
        comma < 0
          ? ''
          : line
              .slice(comma + 1)
              .trim()
              .slice(0, 300);
      return title ? { name, title } : { name };
    })
    .filter((p) => p.name.length > 0);
}

const asText = (people: readonly Person[]) =>
  people.map((p) => (p.title ? `${p.name}, ${p.title}` : p.name)).join('\n');

export function DelegationField({
  delegation,
  onChange,
}: {
  delegation: readonly Person[];
  onChange: (people: Person[]) => void;
}) {
  // The text as typed (a half-written line must not be reformatted under the caret).
  const [text, setText] = useState(() => asText(delegation));
  return (
    <label className="field">
      <span className="field-label">U.S. delegation (one a line: Name, Title)</span>
      <textarea
        rows={3}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          onChange(parseDelegation(e.target.value));
        }}
      />
    </label>
  );
}
