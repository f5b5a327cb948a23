// Notices pushed by main (prefs reset, book restored from a backup, export finished), each shown once until dismissed.
import { useEffect, useState } from 'react';
import { dismissNotice, subscribeNotices, type ShownNotice } from './noticeFeed';

export function Notices() {
  const [notices, setNotices] = useState<readonly ShownNotice[]>([]);
  useEffect(() => subscribeNotices(setNotices), []);
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
