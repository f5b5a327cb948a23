// Hosts the framework panel beside the tab editor, badging the objectives the book's template recommends.
import { memo, useMemo } from 'react';
import { recommendedObjectiveIds } from '../../../core/book/coverage';
import type { AppData } from '../../app/AppData';
import type { FrameworkInsertItem } from '../../editor/frameworkInsertItem';
import { FrameworkPanel } from '../framework/FrameworkPanel';

interface Props {
  templateId: string;
  countryCode: string;
  data: AppData;
  onInsert: (item: FrameworkInsertItem) => void;
  onInsertText: (text: string) => void;
  /** IDs of the framework items already quoted in the book, newline-joined (bookDerived quotedKey). */
  quotedKey: string;
  /** Goes to the first quote of the item in the book. */
  onShowInBook: (itemId: string) => void;
}

/** Memoised on plain props, so typing in the book does not re-render the framework panel. */
export const FrameworkSlot = memo(function FrameworkSlot({
  templateId,
  countryCode,
  data,
  onInsert,
  onInsertText,
  quotedKey,
  onShowInBook,
}: Props) {
  const inBook = useMemo(() => (quotedKey ? quotedKey.split('\n') : []), [quotedKey]);
  const recommended = useMemo(() => {
    const template = data.templates.find((t) => t.id === templateId);
    const country = data.countries.countries.find((c) => c.iso2 === countryCode);
    return template && country
      ? [...recommendedObjectiveIds(template, data.framework, country)]
      : [];
  }, [data, templateId, countryCode]);
  return (
    <FrameworkPanel
      framework={data.framework}
      onInsert={onInsert}
      onInsertText={onInsertText}
      recommendedIds={recommended}
      inBookIds={inBook}
      onShowInBook={onShowInBook}
    />
  );
});
