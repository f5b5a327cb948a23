// The clearance tracker: one row per clearing office (office, person, status, date) and whether its clearance is current.
import type { OfficeClearance } from '../../../core/book/schema';
import {
  officeState,
  officeStatus,
  withOfficeStatus,
  type OfficeStatus,
} from '../../../core/clearance/tracker';
import { localToday } from './useReadiness';

interface Props {
  offices: OfficeClearance[];
  /** Hash of the tabs as they are now (core/clearance/contentHash.ts). */
  currentHash: string;
  onChange: (offices: OfficeClearance[]) => void;
}

const STATUS_LABEL: Record<OfficeStatus, string> = {
  pending: 'Pending',
  cleared: 'Cleared',
  'cleared-with-changes': 'Cleared with changes',
};

export function ClearanceTracker({ offices, currentHash, onChange }: Props) {
  const put = (i: number, o: OfficeClearance) =>
    onChange(offices.map((old, j) => (j === i ? o : old)));
  const setStatus = (i: number, o: OfficeClearance, status: OfficeStatus) => {
    const next = withOfficeStatus(o, status, currentHash);
    // Clearing usually happens today: the date can still be corrected by hand.
    put(i, status !== 'pending' && next.date === null ? { ...next, date: localToday() } : next);
  };
  return (
    <>
      {offices.length === 0 && <p className="muted">No clearing offices listed.</p>}
      {offices.length > 0 && (
        <table className="data-table clearance-tracker" aria-label="Clearing offices">
          <colgroup>
            <col className="col-office" />
            <col />
            <col className="col-status" />
            <col className="col-date" />
            <col className="col-actions" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Office</th>
              <th scope="col">Person</th>
              <th scope="col">Status</th>
              <th scope="col">Date</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {offices.map((o, i) => {
              const label = `Clearance ${i + 1}`;
              const state = officeState(o, currentHash);
              return (
                <tr key={i} data-state={state}>
                  <td>
                    <input
                      aria-label={`${label}: office`}
                      value={o.office}
                      maxLength={300}
                      size={9}
                      onChange={(e) => put(i, { ...o, office: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={`${label}: name`}
                      value={o.name}
                      maxLength={300}
                      size={14}
                      onChange={(e) => put(i, { ...o, name: e.target.value })}
                    />
                  </td>
                  <td>
                    <select
                      aria-label={`${label}: status`}
                      value={officeStatus(o)}
                      onChange={(e) => setStatus(i, o, e.target.value as OfficeStatus)}
                    >
                      {(Object.keys(STATUS_LABEL) as OfficeStatus[]).map((s) => (
                        <option key={s} value={s}>
                          {STATUS_LABEL[s]}
                        </option>
                      ))}
                    </select>
                    <div className="clearance-state">
                      {state === 'current' && <span className="pill pill-cleared">Current</span>}
                      {state === 'stale' && (
                        <>
                          <span className="pill pill-stale">Stale: tabs edited since</span>
                          <button
                            type="button"
                            className="btn btn-small"
                            aria-label={`Re-cleared today: ${label}`}
                            title="Record that the office cleared the current text today"
                            onClick={() =>
                              put(i, {
                                ...withOfficeStatus(o, officeStatus(o), currentHash),
                                date: localToday(),
                              })
                            }
                          >
                            Re-cleared
                          </button>
                        </>
                      )}
                    </div>
                  </td>
                  <td>
                    <input
                      type="date"
                      aria-label={`${label}: date`}
                      value={o.date ?? ''}
                      onChange={(e) => put(i, { ...o, date: e.target.value || null })}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-small btn-danger-ghost"
                      aria-label={`Remove ${o.office.trim() || label}`}
                      onClick={() => onChange(offices.filter((_, j) => j !== i))}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <button
        type="button"
        className="btn btn-small"
        disabled={offices.length >= 50}
        onClick={() =>
          onChange([...offices, { office: '', name: '', date: null, status: 'pending' }])
        }
      >
        + Add clearing office
      </button>
    </>
  );
}
