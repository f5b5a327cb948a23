// Notices from main (app:notices): start-up problems and books restored from a backup, each shown once until dismissed.
import { useEffect, useState } from 'react';
import { dismissNotice, pollNotices, subscribeNotices, type ShownNotice } from './noticeFeed';

// One start-up poll per page load, even under StrictMode's double effects.
let started = false;

export function Notices() {
  const [notices, setNotices] = useState<readonly ShownNotice[]>([]);
  useEffect(() => {
    const unsubscribe = subscribeNotices(setNotices);
    if (!started) {
      started = true;
      void pollNotices();
    }
    return unsubscribe;
  }, []);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="region" aria-label="Notices">
      {notices.map((notice) => (
        // Warnings interrupt (alert: announced as soon as they appear); info waits its turn (status).
        <div
          key={notice.key}
          className={`notice notice-${notice.level}`}
          role={notice.level === 'warning' ? 'alert' : 'status'}
        >
          <span style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{notice.message}</span>
          <button
            type="button"
            className="btn btn-small"
            aria-label={`Dismiss notice: ${notice.message.slice(0, 60)}`}
            onClick={() => dismissNotice(notice.key)}
          >
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
