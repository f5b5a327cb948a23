// The book's tab outline: reorder by drag-and-drop or keyboard (dnd-kit), add, rename, remove with confirm.
import { memo, useState } from 'react';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import type { Book, Tab } from '../../../core/book/schema';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { SortableTabItem } from './SortableTabItem';
import type { PageCountViews } from './pageCountViews';

interface Props {
  book: Book;
  selectedId: string | null;
  /** Printed length per tab id (usePageCountViews): a new map only when a count or budget changes. */
  pageViews?: PageCountViews;
  onSelect: (tabId: string | null) => void;
  onMove: (from: number, to: number) => void;
  onAdd: () => void;
  onRename: (tabId: string, title: string) => void;
  onRemove: (tabId: string) => void;
}

/** The outline shows only tab IDs and titles: content edits alone need no re-render. */
function sameOutline(a: Props, b: Props): boolean {
  const [x, y] = [a.book.tabs, b.book.tabs];
  return (
    x.length === y.length &&
    x.every((t, i) => t.id === y[i]!.id && t.title === y[i]!.title) &&
    a.selectedId === b.selectedId &&
    a.pageViews === b.pageViews &&
    a.onSelect === b.onSelect &&
    a.onMove === b.onMove &&
    a.onAdd === b.onAdd &&
    a.onRename === b.onRename &&
    a.onRemove === b.onRemove
  );
}

export const TabOutline = memo(function TabOutline({
  book,
  selectedId,
  pageViews,
  onSelect,
  onMove,
  onAdd,
  onRename,
  onRemove,
}: Props) {
  const [confirming, setConfirming] = useState<Tab | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = book.tabs.map((t) => t.id);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onMove(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  };
  const titleOf = (id: string | number) => book.tabs.find((t) => t.id === id)?.title ?? 'tab';
  return (
    <nav className="outline" aria-label="Book outline">
      <button
        type="button"
        className={`outline-details${selectedId === null ? ' outline-item-selected' : ''}`}
        aria-current={selectedId === null ? 'true' : undefined}
        onClick={() => onSelect(null)}
      >
        Book details &amp; clearance
      </button>
      <h2 className="outline-heading">Tabs</h2>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements: {
            onDragStart: ({ active }) => `Picked up ${titleOf(active.id)}.`,
            onDragOver: ({ active, over }) =>
              over
                ? `${titleOf(active.id)} is now at position ${ids.indexOf(String(over.id)) + 1}.`
                : undefined,
            onDragEnd: ({ active, over }) =>
              over
                ? `${titleOf(active.id)} dropped at position ${ids.indexOf(String(over.id)) + 1}.`
                : undefined,
            onDragCancel: ({ active }) => `Reordering ${titleOf(active.id)} cancelled.`,
          },
        }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol className="outline-list">
            {book.tabs.map((tab, index) => (
              <SortableTabItem
                key={tab.id}
                tab={tab}
                index={index}
                count={book.tabs.length}
                selected={tab.id === selectedId}
                pages={pageViews?.get(tab.id)}
                onSelect={() => onSelect(tab.id)}
                onMove={(to) => onMove(index, to)}
                onRename={(title) => onRename(tab.id, title)}
                onRemove={() => setConfirming(tab)}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <button type="button" className="btn btn-small outline-add" onClick={onAdd}>
        + Add tab
      </button>
      {confirming && (
        <ConfirmDialog
          title="Remove tab"
          message={`Remove “${confirming.title}” and everything in it from this book?`}
          confirmLabel="Remove tab"
          danger
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            onRemove(confirming.id);
            setConfirming(null);
          }}
        />
      )}
    </nav>
  );
}, sameOutline);
