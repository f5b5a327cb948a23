// The review of a returned Word file: each changed block with its word diff, the reviewers' tracked changes and
// comments, accept or reject per block or for all. Nothing is applied until "Apply accepted changes".
import { useState } from 'react';
import type { Book } from '../../../core/book/schema';
import type { BlockReview, DiffPart, DocxReview } from '../../../core/docx/review';
import { Modal } from '../../ui/Modal';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { api } from '../../api';

export type OpenReview = DocxReview & { reviewId: string };
type Decision = 'accept' | 'reject' | undefined;

interface Props {
  review: OpenReview;
  bookId: string;
  onClose: () => void;
  onApplied: (book: Book, count: number) => void;
}

function Diff({ parts }: { parts: DiffPart[] }) {
  return (
    <p className="docx-diff">
      {parts.map((p, i) =>
        p.kind === 'added' ? (
          <ins key={i}>{p.text}</ins>
        ) : p.kind === 'removed' ? (
          <del key={i}>{p.text}</del>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}

function BlockCard({
  block,
  decision,
  onDecide,
}: {
  block: BlockReview;
  decision: Decision;
  onDecide: (d: Decision) => void;
}) {
  const actionable = block.changes.length > 0 && !block.problem;
  const label = `${block.tabTitle}, block ${block.blockNumber}`;
  return (
    <li className="docx-block" data-testid="docx-block" data-block-id={block.blockId}>
      <h3>
        {label} <span className="docx-kind">({block.kind})</span>
      </h3>
      {block.cleared && actionable && (
        <p className="docx-cleared-note">
          Cleared framework language: if you accept, it prints as your own text, without the cleared
          box and citation, and Readiness lists it as edited.
        </p>
      )}
      {block.changes.map((c, i) => (
        <Diff key={i} parts={c.diff} />
      ))}
      {block.suggestions.length > 0 && (
        <ul className="docx-suggestions" aria-label={`Tracked changes in ${label}`}>
          {block.suggestions.map((s, i) => (
            <li key={i}>
              <strong>{s.author}</strong> {s.kind === 'insert' ? 'inserted' : 'deleted'} “{s.text}”
            </li>
          ))}
        </ul>
      )}
      {block.comments.length > 0 && (
        <ul className="docx-comments" aria-label={`Comments on ${label}`}>
          {block.comments.map((c, i) => (
            <li key={i}>
              <strong>{c.author}</strong> commented: {c.text}
            </li>
          ))}
        </ul>
      )}
      {block.problem && <p className="docx-problem">{block.problem}</p>}
      {actionable && (
        <div className="docx-decision" role="group" aria-label={`Decision for ${label}`}>
          <button
            type="button"
            className={`btn${decision === 'accept' ? ' btn-primary' : ''}`}
            aria-pressed={decision === 'accept'}
            onClick={() => onDecide(decision === 'accept' ? undefined : 'accept')}
          >
            Accept
          </button>
          <button
            type="button"
            className="btn"
            aria-pressed={decision === 'reject'}
            onClick={() => onDecide(decision === 'reject' ? undefined : 'reject')}
          >
            Reject
          </button>
        </div>
      )}
    </li>
  );
}

export function ReviewDialog({ review, bookId, onClose, onApplied }: Props) {
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const actionable = review.blocks.filter((b) => b.changes.length > 0 && !b.problem);
  const accepted = actionable
    .filter((b) => decisions[b.blockId] === 'accept')
    .map((b) => b.blockId);
  const all = (d: Decision) =>
    setDecisions(Object.fromEntries(actionable.map((b) => [b.blockId, d])));
  const apply = async () => {
    setBusy(true);
    const result = await api.docx.apply({
      id: bookId,
      reviewId: review.reviewId,
      accept: accepted,
    });
    setBusy(false);
    if (result.ok) onApplied(result.value, accepted.length);
    else setError(result.error.message);
  };
  return (
    <Modal
      title={`Review changes from ${review.fileName}`}
      onClose={onClose}
      wide
      footer={
        <>
          <button
            type="button"
            className="btn"
            onClick={() => all('accept')}
            disabled={actionable.length === 0}
          >
            Accept all
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => all('reject')}
            disabled={actionable.length === 0}
          >
            Reject all
          </button>
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => void apply()}
            disabled={busy}
          >
            Apply accepted changes ({accepted.length})
          </button>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
        </>
      }
    >
      <p>
        {review.blocks.length === 0
          ? 'The file changes nothing in this book.'
          : `${actionable.length} changed block(s), ${review.blocks.length - actionable.length} with comments or notes only. Undecided and rejected blocks stay as they are.`}
      </p>
      {review.notices.length > 0 && (
        <ul className="docx-notices">
          {review.notices.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
      <ErrorMessage message={error} />
      <ol className="docx-blocks">
        {review.blocks.map((b) => (
          <BlockCard
            key={b.blockId}
            block={b}
            decision={decisions[b.blockId]}
            onDecide={(d) => setDecisions((prev) => ({ ...prev, [b.blockId]: d }))}
          />
        ))}
      </ol>
    </Modal>
  );
}
