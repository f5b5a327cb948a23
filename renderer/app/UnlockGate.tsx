// Before the library loads: where there is no OS keyring, the user chooses (first run) or enters the passphrase that protects the books.
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { api } from '../api';
import { ErrorMessage } from '../ui/ErrorMessage';

type Status = { locked: boolean; firstRun: boolean } | null;

/** Renders `children` once the library's key is available; until then, the passphrase form. */
export function UnlockGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>(null);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api.app.keyStatus({}).then((result) => {
      if (result.ok) setStatus(result.value);
      else setError(result.error.message);
    });
  }, []);

  if (status && !status.locked) return <>{children}</>;
  const creating = status?.firstRun ?? false;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (creating && passphrase !== confirm) {
      setError('The two passphrases do not match.');
      return;
    }
    setBusy(true);
    setError(null);
    const result = await api.app.unlock({ passphrase });
    setBusy(false);
    if (result.ok) setStatus({ locked: false, firstRun: false });
    else setError(result.error.message);
  };

  return (
    <main className="unlock-screen">
      <form className="unlock-card" onSubmit={(e) => void submit(e)} aria-labelledby="unlock-title">
        <h1 id="unlock-title">{creating ? 'Protect your library' : 'Unlock your library'}</h1>
        <p>
          This computer has no system keyring, so your briefing books are encrypted with a key
          protected by a passphrase.{' '}
          {creating
            ? 'Choose one of at least 12 characters. It cannot be recovered: without it, the books cannot be opened.'
            : 'Enter it to open your books.'}
        </p>
        <label className="field">
          <span className="field-label">Passphrase</span>
          <input
            type="password"
            autoComplete={creating ? 'new-password' : 'current-password'}
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            required
            autoFocus
          />
        </label>
        {creating && (
          <label className="field">
            <span className="field-label">Confirm passphrase</span>
            <input
              type="password"
              autoComplete="new-password"
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
              required
            />
          </label>
        )}
        <ErrorMessage message={error} />
        <button type="submit" className="btn btn-primary" disabled={busy || status === null}>
          {busy ? 'Working…' : creating ? 'Protect library' : 'Unlock'}
        </button>
      </form>
    </main>
  );
}
