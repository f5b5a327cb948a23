// One row of the tab outline: drag handle, select, inline rename, move up/down and remove buttons.
import { useState } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Tab } from '../../../core/book/schema';
import type { PageCountView } from '../../../core/templates/pageBudgets';
import { PageCountBadge } from './PageCount';

interface Props {
  tab: Tab;
  index: number;
  count: number;
  selected: boolean;
  /** Its printed length, once counted. */
  pages?: PageCountView;
  onSelect: () => void;
  onMove: (to: number) => void;
  onRename: (title: string) => void;
  onRemove: () => void;
}

export function SortableTabItem({
  tab,
  index,
  count,
  selected,
  pages,
  onSelect,
  onMove,
  onRename,
  onRemove,
}: Props) {
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: tab.id });
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(tab.title);
  const commit = () => {
    setRenaming(false);
    if (draft.trim() && draft !== tab.title) onRename(draft);
    else setDraft(tab.title);
  };
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`outline-item${selected ? ' outline-item-selected' : ''}${isDragging ? ' outline-item-dragging' : ''}`}
      data-testid="outline-tab"
      data-tab-id={tab.id}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="drag-handle"
        {...attributes}
        {...listeners}
        aria-label={`Reorder ${tab.title} (drag, or press Space then arrow keys)`}
      >
        ⠿
      </button>
      {renaming ? (
        <input
          className="outline-rename"
          aria-label={`New name for ${tab.title}`}
          value={draft}
          autoFocus
          maxLength={300}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') {
              setDraft(tab.title);
              setRenaming(false);
            }
          }}
        />
      ) : (
        <button
          type="button"
          className="outline-title"
          aria-current={selected ? 'true' : undefined}
          onClick={onSelect}
          onDoubleClick={() => setRenaming(true)}
        >
          <span className="outline-number" aria-hidden="true">
            {index + 1}
          </span>
          <span className="outline-label">{tab.title}</span>
        </button>
      )}
      {pages && !renaming && <PageCountBadge view={pages} />}
      <span className="outline-tools">
        <button
          type="button"
          className="btn-icon"
          aria-label={`Move ${tab.title} up`}
          disabled={index === 0}
          onClick={() => onMove(index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="btn-icon"
          aria-label={`Move ${tab.title} down`}
          disabled={index === count - 1}
          onClick={() => onMove(index + 1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="btn-icon"
          aria-label={`Rename ${tab.title}`}
          onClick={() => setRenaming(true)}
        >
          ✎
        </button>
        <button
          type="button"
          className="btn-icon btn-icon-danger"
          aria-label={`Remove ${tab.title}`}
          onClick={onRemove}
        >
          ✕
        </button>
      </span>
    </li>
  );
}
