// The change list of an addendum: which blocks of a tab were added, removed or changed since the last distribution, with a word-level summary.

export interface BlockChange {
  tab: string;
  /** 1-based block number in the tab as it is now (for a removed block: as it was). */
  block: number;
  kind: 'added' | 'removed' | 'changed';
  summary: string;
}

/** Largest LCS table computed; beyond it the middle part counts as rewritten (bounded time on hostile input). */
const MAX_CELLS = 4_000_000;

type Op = { op: 'same' | 'del' | 'ins'; a?: number; b?: number };

/** Edit script of `a` into `b` (common prefix and suffix trimmed first, then LCS). */
function editScript<T>(a: readonly T[], b: readonly T[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: Op[] = [];
  for (let i = 0; i < start; i++) ops.push({ op: 'same', a: i, b: i });
  const n = endA - start;
  const m = endB - start;
  if (n * m > MAX_CELLS) {
    for (let i = 0; i < n; i++) ops.push({ op: 'del', a: start + i });
    for (let j = 0; j < m; j++) ops.push({ op: 'ins', b: start + j });
  } else {
    // lcs[i][j]: LCS length of a[start+i..endA) and b[start+j..endB)
    const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--)
        lcs[i]![j] =
          a[start + i] === b[start + j]
            ? lcs[i + 1]![j + 1]! + 1
            : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[start + i] === b[start + j]) {
        ops.push({ op: 'same', a: start + i++, b: start + j++ });
      } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
        ops.push({ op: 'ins', b: start + j++ });
      } else ops.push({ op: 'del', a: start + i++ });
    }
  }
  for (let i = endA; i < a.length; i++) ops.push({ op: 'same', a: i, b: endB + (i - endA) });
  return ops;
}

const words = (s: string): string[] => s.split(/\s+/).filter((w) => w !== '');

/** At most `max` words, with an ellipsis when cut. */
function excerpt(ws: readonly string[], max = 8): string {
  return ws.length > max ? `${ws.slice(0, max).join(' ')} …` : ws.join(' ');
}

/** "added "…"; removed "…" (+3/−1 words)": what changed between two versions of one block. */
export function wordSummary(before: string, after: string): string {
  const ops = editScript(words(before), words(after));
  const a = words(before);
  const b = words(after);
  const added = ops.filter((o) => o.op === 'ins').map((o) => b[o.b!]!);
  const removed = ops.filter((o) => o.op === 'del').map((o) => a[o.a!]!);
  const parts: string[] = [];
  if (added.length > 0) parts.push(`added "${excerpt(added)}"`);
  if (removed.length > 0) parts.push(`removed "${excerpt(removed)}"`);
  if (parts.length === 0) return 'formatting or marking changed';
  return `${parts.join('; ')} (+${added.length}/−${removed.length} words)`;
}

/**
 * The block changes of one tab: blocks aligned by their text; within a run of differences,
 * removed and added blocks pair up as "changed" in order, the rest are added or removed.
 */
export function diffBlocks(
  tab: string,
  before: readonly string[],
  after: readonly string[],
): BlockChange[] {
  const ops = editScript(before, after);
  const changes: BlockChange[] = [];
  let k = 0;
  while (k < ops.length) {
    if (ops[k]!.op === 'same') {
      k++;
      continue;
    }
    const dels: number[] = [];
    const ins: number[] = [];
    while (k < ops.length && ops[k]!.op !== 'same') {
      const o = ops[k++]!;
      if (o.op === 'del') dels.push(o.a!);
      else ins.push(o.b!);
    }
    const paired = Math.min(dels.length, ins.length);
    for (let i = 0; i < paired; i++)
      changes.push({
        tab,
        block: ins[i]! + 1,
        kind: 'changed',
        summary: wordSummary(before[dels[i]!]!, after[ins[i]!]!),
      });
    for (const b of ins.slice(paired))
      changes.push({
        tab,
        block: b + 1,
        kind: 'added',
        summary: `new: "${excerpt(words(after[b]!), 12)}"`,
      });
    for (const a of dels.slice(paired))
      changes.push({
        tab,
        block: a + 1,
        kind: 'removed',
        summary: `removed: "${excerpt(words(before[a]!), 12)}"`,
      });
  }
  return changes.sort((x, y) => x.block - y.block);
}
