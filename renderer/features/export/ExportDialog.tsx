// Export dialog: pick books (one, or a trip packet with a title) and tabs, check markings, export with progress.
import { useState } from 'react';
import { findUnmarkedPortions, type UnmarkedPortion } from '../../../core/book/markings';
import { Modal } from '../../ui/Modal';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ExportProgressView } from './ExportProgressView';
import { MarkingsCheck } from './MarkingsCheck';
import { TabChooser } from './TabChooser';
import { useExportJob } from './useExportJob';
import { useSelectedBooks } from './useSelectedBooks';

interface Props {
  initialBookIds: string[];
  onClose: () => void;
}

export function ExportDialog({ initialBookIds, onClose }: Props) {
  const [bookIds, setBookIds] = useState<string[]>(initialBookIds);
  const [excluded, setExcluded] = useState<Record<string, string[]>>({});
  const [packetTitle, setPacketTitle] = useState('');
  const [check, setCheck] = useState<{ bookTitle: string; portions: UnmarkedPortion[] }[] | null>(
    null,
  );
  const [formError, setFormError] = useState<string | null>(null);
  const { summaries, books, error } = useSelectedBooks(bookIds);
  const { state, start, cancel } = useExportJob();
  const running = state.phase === 'running';
  const isPacket = bookIds.length > 1;

  const includedTabs = (id: string) =>
    (books[id]?.tabs ?? []).map((t) => t.id).filter((t) => !(excluded[id] ?? []).includes(t));
  const toggleBook = (id: string, on: boolean) => {
    setCheck(null);
    setBookIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));
  };
  const runCheck = () =>
    setCheck(
      bookIds.flatMap((id) =>
        books[id]
          ? [
              {
                bookTitle: books[id].title,
                portions: findUnmarkedPortions(books[id], includedTabs(id)),
              },
            ]
          : [],
      ),
    );

  const exportPdf = () => {
    if (bookIds.length === 0) return setFormError('Choose at least one book.');
    if (isPacket && !packetTitle.trim())
      return setFormError('A packet of several books needs a title.');
    const includeTabs = Object.fromEntries(
      bookIds.filter((id) => (excluded[id] ?? []).length > 0).map((id) => [id, includedTabs(id)]),
    );
    setFormError(null);
    void start({
      bookIds,
      ...(Object.keys(includeTabs).length > 0 ? { includeTabs } : {}),
      ...(isPacket ? { packetTitle: packetTitle.trim() } : {}),
      open: true,
    });
  };

  return (
    <Modal
      title="Export PDF"
      wide
      onClose={() => {
        if (running) cancel();
        onClose();
      }}
      footer={
        <>
          <button
            type="button"
            className="btn"
            onClick={runCheck}
            disabled={running || bookIds.length === 0}
          >
            Check markings
          </button>
          <button type="button" className="btn btn-primary" onClick={exportPdf} disabled={running}>
            {isPacket ? 'Export packet' : 'Export'}
          </button>
        </>
      }
    >
      <fieldset className="form-section">
        <legend className="section-title">Books</legend>
        <p className="muted">
          Choose one book, or several books of one trip to export them as a packet.
        </p>
        <ul className="check-list">
          {summaries.map((s) => (
            <li key={s.id}>
              <label>
                <input
                  type="checkbox"
                  checked={bookIds.includes(s.id)}
                  disabled={running}
                  onChange={(e) => toggleBook(s.id, e.target.checked)}
                />
                {s.title}{' '}
                <span className="muted">
                  · {s.countryName} · {s.meetingDate}
                </span>
              </label>
            </li>
          ))}
        </ul>
        {isPacket && (
          <label className="field">
            <span className="field-label">Packet title</span>
            <input
              value={packetTitle}
              maxLength={300}
              onChange={(e) => setPacketTitle(e.target.value)}
            />
          </label>
        )}
      </fieldset>
      <TabChooser
        books={bookIds.flatMap((id) => (books[id] ? [books[id]] : []))}
        excluded={excluded}
        disabled={running}
        onChange={(next) => {
          setCheck(null);
          setExcluded(next);
        }}
      />
      <ErrorMessage message={formError ?? error} />
      <MarkingsCheck result={check} />
      <ExportProgressView state={state} onCancel={cancel} />
    </Modal>
  );
}
