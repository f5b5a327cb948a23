// Keyboard-accessible ARIA tree of pillars, goals, priorities and objectives (roving focus, arrow keys).
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { visibleNodes, type TreeNode } from './frameworkTree';

interface Props {
  roots: readonly TreeNode[];
  selectedId: string | null;
  recommended: ReadonlySet<string>;
  onSelect(id: string): void;
}

export function FrameworkTree({ roots, selectedId, recommended, onSelect }: Props) {
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set(roots.map((r) => r.id)));
  const [focusId, setFocusId] = useState<string | null>(roots[0]?.id ?? null);
  const listRef = useRef<HTMLUListElement>(null);
  const rows = useMemo(() => visibleNodes(roots, expanded), [roots, expanded]);

  const focusRow = (id: string) => {
    setFocusId(id);
    listRef.current?.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(id)}"]`)?.focus();
  };
  const toggle = (id: string, open?: boolean) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (open ?? !next.has(id)) next.add(id);
      else next.delete(id);
      return next;
    });

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const row = rows[index];
    if (!row) return;
    const { node, parentId } = row;
    const isOpen = expanded.has(node.id);
    const hasKids = node.children.length > 0;
    const go = (i: number) => {
      const target = rows[Math.max(0, Math.min(rows.length - 1, i))];
      if (target) focusRow(target.node.id);
    };
    switch (event.key) {
      case 'ArrowDown':
        go(index + 1);
        break;
      case 'ArrowUp':
        go(index - 1);
        break;
      case 'Home':
        go(0);
        break;
      case 'End':
        go(rows.length - 1);
        break;
      case 'ArrowRight':
        if (hasKids && !isOpen) toggle(node.id, true);
        else if (hasKids) go(index + 1);
        break;
      case 'ArrowLeft':
        if (hasKids && isOpen) toggle(node.id, false);
        else if (parentId) focusRow(parentId);
        break;
      case 'Enter':
      case ' ':
        if (node.kind === 'objective') onSelect(node.id);
        else toggle(node.id);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <ul className="bbf-tree" role="tree" aria-label="Framework structure" ref={listRef}>
      {rows.map(({ node, depth }, index) => {
        const hasKids = node.children.length > 0;
        const tabbable = (focusId ?? rows[0]?.node.id) === node.id;
        return (
          <li
            key={node.id}
            role="treeitem"
            aria-level={depth}
            aria-expanded={hasKids ? expanded.has(node.id) : undefined}
            aria-selected={node.kind === 'objective' ? node.id === selectedId : undefined}
            data-node-id={node.id}
            data-kind={node.kind}
            tabIndex={tabbable ? 0 : -1}
            className="bbf-treeitem"
            style={{ paddingLeft: `${(depth - 1) * 14 + 6}px` }}
            onKeyDown={(e) => onKeyDown(e, index)}
            onFocus={() => setFocusId(node.id)}
            onClick={() => (node.kind === 'objective' ? onSelect(node.id) : toggle(node.id))}
          >
            <span className="bbf-twisty" aria-hidden="true">
              {hasKids ? (expanded.has(node.id) ? '▾' : '▸') : ''}
            </span>
            {node.kind === 'objective' ? (
              <>
                <span className="bbf-id">{node.id}</span>
                <span className="bbf-tree-text">{node.label}</span>
                {recommended.has(node.id) && (
                  <span className="bbf-rec" title="Recommended for this meeting">
                    ★
                  </span>
                )}
              </>
            ) : (
              <span className="bbf-tree-branch">{node.label}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
