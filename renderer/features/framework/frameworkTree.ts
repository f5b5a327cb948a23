// The browse tree of the framework: pillars -> goals -> (cross-cutting priorities) -> objectives.
import type { FrameworkBundle } from '../../../core/framework/bundle';

export interface TreeNode {
  /** Framework ID (P1, P1.G3, P1.G3.4, P1.G3.4.2). */
  id: string;
  kind: 'pillar' | 'goal' | 'priority' | 'group' | 'objective';
  label: string;
  children: TreeNode[];
}

/** Builds the tree in framework order; objectives sit under their goal or priority. */
export function buildFrameworkTree(framework: FrameworkBundle): TreeNode[] {
  const byParent = new Map<string, TreeNode[]>();
  const add = (parentId: string, node: TreeNode) => {
    const list = byParent.get(parentId) ?? [];
    list.push(node);
    byParent.set(parentId, list);
  };
  const groups = framework.groups ?? [];
  for (const o of framework.objectives) {
    // Unnumbered lists inside a goal (P1.G1.D "Bilateral and Regional Dialogues") get their own branch.
    const group = groups.find((g) => o.id.startsWith(`${g.id}.`));
    add(group ? group.id : o.parentId, {
      id: o.id,
      kind: 'objective',
      label: o.text,
      children: [],
    });
  }
  for (const g of groups) {
    add(g.goalId, { id: g.id, kind: 'group', label: g.title, children: byParent.get(g.id) ?? [] });
  }
  for (const p of framework.priorities) {
    add(p.goalId, {
      id: p.id,
      kind: 'priority',
      label: `${p.number} ${p.title}`,
      children: byParent.get(p.id) ?? [],
    });
  }
  for (const g of framework.goals) {
    // Objectives directly under the goal first, then its priorities and groups.
    const children = byParent.get(g.id) ?? [];
    const ordered = [
      ...children.filter((c) => c.kind === 'objective'),
      ...children.filter((c) => c.kind !== 'objective'),
    ];
    add(g.pillarId, {
      id: g.id,
      kind: 'goal',
      label: `Goal ${g.number}: ${g.title}`,
      children: ordered,
    });
  }
  return framework.pillars.map((p) => ({
    id: p.id,
    kind: 'pillar' as const,
    label: `Pillar ${p.number}: ${p.title}`,
    children: byParent.get(p.id) ?? [],
  }));
}

/** The visible nodes in order, with depth, given which branches are expanded (for keyboard navigation). */
export function visibleNodes(
  roots: readonly TreeNode[],
  expanded: ReadonlySet<string>,
): Array<{ node: TreeNode; depth: number; parentId: string | null }> {
  const out: Array<{ node: TreeNode; depth: number; parentId: string | null }> = [];
  const walk = (nodes: readonly TreeNode[], depth: number, parentId: string | null) => {
    for (const node of nodes) {
      out.push({ node, depth, parentId });
      if (node.children.length > 0 && expanded.has(node.id))
        walk(node.children, depth + 1, node.id);
    }
  };
  walk(roots, 1, null);
  return out;
}
