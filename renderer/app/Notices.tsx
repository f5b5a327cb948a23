// Start-up notices from main (app:notices), shown once at the top of the window until dismissed.
import { useEffect, useState } from 'react';
import type { AppNotice } from '../../core/ipc/contract';
import { api } from '../api';

// Main hands notices out once; one shared request survives StrictMode's double effects.
let request: ReturnType<typeof api.app.notices> | null = null;

export function Notices() {
  const [notices, setNotices] = useState<AppNotice[]>([]);
  useEffect(() => {
    let live = true;
    request ??= api.app.notices({});
    void request.then((result) => {
      if (live && result.ok) setNotices(result.value);
    });
    return () => {
      live = false;
    };
  }, []);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="region" aria-label="Start-up notices">
      {notices.map((notice, i) => (
        <div key={i} className={`notice notice-${notice.level}`} role="status">
          <span>{notice.message}</span>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => setNotices((all) => all.filter((n) => n !== notice))}
          >
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
