// "Data packs": which signed packs (country facts, framework) are in use, their versions and age, and "Import pack…".
import { useState } from 'react';
import { humanDate } from '../../../core/data/humanDate';
import { PACK_KIND_NAMES, type PackStatus } from '../../../core/packs/packFormat';
import { api } from '../../api';
import { useAppData, useReloadAppData } from '../../app/AppData';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FilePickButton } from '../../ui/FilePickButton';
import { Modal } from '../../ui/Modal';
import { useToast } from '../../ui/Toast';

/** "today", "1 day old", "40 days old": how long ago the pack was signed. */
export function packAge(createdAt: string, now: Date): string {
  const days = Math.floor((now.getTime() - Date.parse(createdAt)) / 86_400_000);
  if (days <= 0) return 'signed today';
  return `${days} day${days === 1 ? '' : 's'} old`;
}

/** The library header's "Data packs" button and the dialog it opens. */
export function DataPacksButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        Data packs
      </button>
      {open && <DataPacksDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function PackTable({ status }: { status: PackStatus }) {
  const now = new Date();
  return (
    <table className="data-table">
      <caption className="visually-hidden">Data packs in use</caption>
      <thead>
        <tr>
          <th scope="col">Pack</th>
          <th scope="col">Version</th>
          <th scope="col">Source</th>
          <th scope="col">Signed</th>
          <th scope="col">Age</th>
        </tr>
      </thead>
      <tbody>
        {status.packs.map((p) => (
          <tr key={p.kind} data-testid={`pack-${p.kind}`}>
            <th scope="row">{PACK_KIND_NAMES[p.kind]}</th>
            <td>v{p.version}</td>
            <td>{p.source === 'bundled' ? 'bundled with the app' : 'imported'}</td>
            <td>{humanDate(p.createdAt.slice(0, 10))}</td>
            <td>{packAge(p.createdAt, now)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DataPacksDialog({ onClose }: { onClose: () => void }) {
  const data = useAppData();
  const reload = useReloadAppData();
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const importFile = async (file: File) => {
    // The file is read here; main verifies the signature and validates before anything is stored.
    const result = await api.packs.import({ fileName: file.name, text: await file.text() });
    if (!result.ok) return setError(`Import refused. ${result.error.message}`);
    setError(null);
    await reload();
    const { kind, version } = result.value;
    toast({ message: `Imported the ${PACK_KIND_NAMES[kind]} pack v${version}.`, tone: 'success' });
  };
  const problems = data?.packs.packs.filter((p) => p.problem) ?? [];
  return (
    <Modal
      title="Data packs"
      onClose={onClose}
      wide
      footer={
        <>
          <FilePickButton
            accept=".json,application/json"
            inputLabel="Data pack file to import"
            testId="pack-input"
            onFile={importFile}
          >
            Import pack…
          </FilePickButton>
          <button type="button" className="btn btn-primary" onClick={onClose}>
            Close
          </button>
        </>
      }
    >
      <p>
        Country facts and the framework come in signed packs. A newer pack, signed with a release
        key this app trusts, can be imported without a network connection. Books keep the text they
        were drafted with; the Readiness panel lists what a newer pack changed.
      </p>
      {data ? <PackTable status={data.packs} /> : <p>Loading…</p>}
      {problems.map((p) => (
        <p key={p.kind} className="error-message" role="alert">
          {p.problem}
        </p>
      ))}
      <ErrorMessage message={error} />
    </Modal>
  );
}
