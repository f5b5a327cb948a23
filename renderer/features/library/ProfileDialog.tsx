// The user's profile (name, office) in preferences: edited here, used to prefill "Drafted by" in new books.
import { useEffect, useState } from 'react';
import { api } from '../../api';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { CancelConfirm } from '../../ui/CancelConfirm';
import { Modal } from '../../ui/Modal';
import { useToast } from '../../ui/Toast';

/** The library header's "Profile" button and the dialog it opens. */
export function ProfileButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        Profile
      </button>
      {open && <ProfileDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function ProfileDialog({ onClose }: { onClose: () => void }) {
  const toast = useToast();
  const [name, setName] = useState('');
  const [office, setOffice] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void api.prefs.get({}).then((prefs) => {
      if (!live) return;
      if (!prefs.ok) return setError(prefs.error.message);
      setName(prefs.value.draftedBy?.name ?? '');
      setOffice(prefs.value.draftedBy?.office ?? '');
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, []);

  const save = async () => {
    // Re-read first: opening books updates the recent list while the dialog is open.
    const prefs = await api.prefs.get({});
    if (!prefs.ok) return setError(prefs.error.message);
    const profile = { name: name.trim(), office: office.trim() };
    const draftedBy = profile.name || profile.office ? profile : null;
    const saved = await api.prefs.set({ prefs: { ...prefs.value, draftedBy } });
    if (!saved.ok) return setError(saved.error.message);
    toast({ message: 'Profile saved.', tone: 'success' });
    onClose();
  };

  return (
    <Modal
      title="Your profile"
      onClose={onClose}
      footer={
        <CancelConfirm
          confirmLabel="Save profile"
          disabled={!loaded}
          onConfirm={() => void save()}
          onCancel={onClose}
        />
      }
    >
      <p>New books list you under “Drafted by”. Books already drafted are not changed.</p>
      <label className="field">
        <span className="field-label">Your name</span>
        <input value={name} maxLength={300} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="field">
        <span className="field-label">Your office</span>
        <input value={office} maxLength={300} onChange={(e) => setOffice(e.target.value)} />
      </label>
      <ErrorMessage message={error} />
    </Modal>
  );
}
