// Export dialog: pick books (one, or a trip packet with a title) and tabs, optional password, check markings, export with progress.
import { useState } from 'react';
import { findUnmarkedPortions, type UnmarkedPortion } from '../../../core/book/markings';
import { Modal } from '../../ui/Modal';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ExportProgressView } from './ExportProgressView';
import { MarkingsCheck } from './MarkingsCheck';
import { TabChooser } from './TabChooser';
import { useExportJob } from './useExportJob';
import { ExportReadiness, type BookProblems } from './ExportReadiness';
import { useAppData } from '../../app/AppData';
import { packVersions } from '../../../core/packs/packFormat';
import { checkReadiness, exportRefusals } from '../../../core/readiness';
import { localToday } from '../book-editor/useReadiness';
import { useSelectedBooks } from './useSelectedBooks';
import { AudienceChooser, type AudienceState } from './AudienceChooser';
import {
  PasswordFields,
  passwordError,
  type PasswordError,
  type PasswordState,
} from './PasswordFields';
import { CopiesFields } from '../copies/CopiesFields';
import { useCopiesExport } from '../copies/useCopiesExport';

/** One book as its own PDF, or a packet: several books of one trip in one PDF under a title. */
export type ExportKind = 'book' | 'packet';

interface Props {
  initialBookIds: string[];
  /** Which choice is active when the dialog opens (File › Export Packet… opens it on 'packet'). */
  initialKind: ExportKind;
  onClose: () => void;
}

export function ExportDialog({ initialBookIds, initialKind, onClose }: Props) {
  const [bookIds, setBookIds] = useState<string[]>(initialBookIds);
  const [kind, setKind] = useState<ExportKind>(initialBookIds.length > 1 ? 'packet' : initialKind);
  const [excluded, setExcluded] = useState<Record<string, string[]>>({});
  const [packetTitle, setPacketTitle] = useState('');
  const [check, setCheck] = useState<{ bookTitle: string; portions: UnmarkedPortion[] }[] | null>(
    null,
  );
  const [formError, setFormError] = useState<string | null>(null);
  const [mode, setMode] = useState<'draft' | 'final'>('draft');
  const [aud, setAud] = useState<AudienceState>({ audience: 'full', keepCitations: false });
  // Held only while the dialog is open: never in preferences or the book.
  const [pw, setPw] = useState<PasswordState>({ protect: false, password: '', confirm: '' });
  const [pwError, setPwError] = useState<PasswordError | null>(null);
  const data = useAppData();
  const { summaries, books, error } = useSelectedBooks(bookIds);
  const { state, start, cancel } = useExportJob();
  const copies = useCopiesExport();
  const running = state.phase === 'running' || copies.status.phase === 'running';
  const isPacket = kind === 'packet';

  const includedTabs = (id: string) =>
    (books[id]?.tabs ?? []).map((t) => t.id).filter((t) => !(excluded[id] ?? []).includes(t));
  const toggleBook = (id: string, on: boolean) => {
    setCheck(null);
    // Choosing a second book makes it a packet: several books only ever export as one.
    if (on && bookIds.length > 0) setKind('packet');
    setBookIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));
  };
  const chooseKind = (next: ExportKind) => {
    setCheck(null);
    setKind(next);
    // One book: keep the first chosen.
    if (next === 'book') setBookIds((ids) => ids.slice(0, 1));
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

  // The same check as the export itself (core/readiness), over the tabs that will be printed.
  const all: BookProblems[] = data
    ? bookIds.flatMap((id) =>
        books[id]
          ? [
              {
                bookTitle: books[id].title,
                problems: checkReadiness({
                  book: books[id],
                  framework: data.framework,
                  countries: data.countries,
                  authorities: data.authorities,
                  packs: packVersions(data.packs),
                  today: localToday(),
                  includeTabs: includedTabs(id),
                }),
              },
            ]
          : [],
      )
    : [];
  const refusals = all
    .map((r) => ({ ...r, problems: exportRefusals(r.problems, mode) }))
    .filter((r) => r.problems.length > 0);
  const refused = refusals.length > 0;

  const exportPdf = () => {
    if (refused) return;
    if (bookIds.length === 0) return setFormError('Choose at least one book.');
    if (isPacket && !packetTitle.trim())
      return setFormError('A packet of several books needs a title.');
    if (!isPacket && bookIds.length > 1)
      return setFormError('Choose one book, or export a packet.');
    if (copies.on) {
      if (isPacket || bookIds.length !== 1)
        return setFormError('Numbered copies are made of one book: choose "One book".');
      if (pw.protect) return setFormError('Numbered copies are not password-protected.');
      setFormError(null);
      return void copies.start(bookIds[0]!, { addendum: false, final: mode === 'final' });
    }
    const badPassword = passwordError(pw);
    setPwError(badPassword);
    if (badPassword) return;
    const includeTabs = Object.fromEntries(
      bookIds.filter((id) => (excluded[id] ?? []).length > 0).map((id) => [id, includedTabs(id)]),
    );
    setFormError(null);
    void start({
      bookIds,
      ...(Object.keys(includeTabs).length > 0 ? { includeTabs } : {}),
      ...(isPacket ? { packetTitle: packetTitle.trim() } : {}),
      open: true,
      final: mode === 'final',
      ...(pw.protect ? { password: pw.password } : {}),
      // A packet is always full books (the chooser offers nothing else for one).
      audience: isPacket ? 'full' : aud.audience,
      keepCitations: !isPacket && aud.audience === 'nonpaper' && aud.keepCitations,
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
          <button
            type="button"
            className="btn btn-primary"
            onClick={exportPdf}
            disabled={running || refused}
          >
            {copies.on ? 'Export copies' : isPacket ? 'Export packet' : 'Export'}
            {mode === 'final' ? ' (final)' : ''}
          </button>
        </>
      }
    >
      <fieldset className="form-section status-choice">
        <legend className="section-title">Export as</legend>
        <label>
          <input
            type="radio"
            name="export-kind"
            checked={kind === 'book'}
            disabled={running}
            onChange={() => chooseKind('book')}
          />
          One book
        </label>
        <label>
          <input
            type="radio"
            name="export-kind"
            checked={kind === 'packet'}
            disabled={running}
            onChange={() => chooseKind('packet')}
          />
          Packet (several books of one trip, one PDF)
        </label>
      </fieldset>
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
      <AudienceChooser state={aud} packet={isPacket} disabled={running} onChange={setAud} />
      <fieldset className="form-section export-mode">
        <legend className="section-title">Kind of export</legend>
        <label>
          <input
            type="radio"
            name="export-mode"
            checked={mode === 'draft'}
            disabled={running}
            onChange={() => setMode('draft')}
          />
          Draft <span className="muted">(DRAFT watermark; problems listed below)</span>
        </label>
        <label>
          <input
            type="radio"
            name="export-mode"
            checked={mode === 'final'}
            disabled={running}
            onChange={() => setMode('final')}
          />
          Final <span className="muted">(only when nothing blocks it)</span>
        </label>
      </fieldset>
      <PasswordFields
        state={pw}
        error={pwError}
        disabled={running}
        onChange={(next) => {
          setPw(next);
          setPwError(null);
        }}
      />
      <CopiesFields copies={copies} disabled={running} />
      {data && <ExportReadiness mode={mode} refusals={refusals} all={all} />}
      <ErrorMessage message={formError ?? error} />
      <MarkingsCheck result={check} />
      <ExportProgressView state={state} onCancel={cancel} />
    </Modal>
  );
}
