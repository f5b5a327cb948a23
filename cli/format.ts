// Plain-text table output for the CLI (fixed-width columns, no colour: output may be piped).

/** Renders rows as left-aligned columns separated by two spaces; the first row is the header. */
export function formatTable(rows: readonly string[][]): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) =>
      row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  '),
    )
    .join('\n');
}
