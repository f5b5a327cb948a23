// Hosts the framework panel beside the tab editor, badging the objectives the book's template recommends.
import { useMemo } from 'react';
import type { Book } from '../../../core/book/schema';
import { recommendedObjectiveIds } from '../../../core/book/coverage';
import type { AppData } from '../../app/AppData';
import type { FrameworkInsertItem } from '../../editor/frameworkInsertItem';
import { FrameworkPanel } from '../framework/FrameworkPanel';

interface Props {
  book: Book;
  data: AppData;
  onInsert: (item: FrameworkInsertItem) => void;
}

export function FrameworkSlot({ book, data, onInsert }: Props) {
  const { templateId, meeting } = book;
  const recommended = useMemo(() => {
    const template = data.templates.find((t) => t.id === templateId);
    const country = data.countries.countries.find((c) => c.iso2 === meeting.countryCode);
    return template && country
      ? [...recommendedObjectiveIds(template, data.framework, country)]
      : [];
  }, [data, templateId, meeting.countryCode]);
  return (
    <FrameworkPanel framework={data.framework} onInsert={onInsert} recommendedIds={recommended} />
  );
}
