// The footer of a dialog that asks to confirm: Cancel, then the primary (or danger) action.
interface Props {
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** A destructive action: red, not the primary colour. */
  danger?: boolean;
  /** The action waits (e.g. for data, or a request in flight). */
  disabled?: boolean;
}

/** For Modal's `footer`: the same two buttons, in the same order, in every confirming dialog. */
export function CancelConfirm({ confirmLabel, onConfirm, onCancel, danger, disabled }: Props) {
  return (
    <>
      <button type="button" className="btn" onClick={onCancel}>
        Cancel
      </button>
      <button
        type="button"
        className={`btn ${danger ? 'btn-danger' : 'btn-primary'}`}
        disabled={disabled}
        onClick={onConfirm}
      >
        {confirmLabel}
      </button>
    </>
  );
}
