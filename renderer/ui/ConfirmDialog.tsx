// A yes/no confirmation built on Modal (e.g. "Remove this tab?").
import { CancelConfirm } from './CancelConfirm';
import { Modal } from './Modal';

interface Props {
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  danger,
  onConfirm,
  onCancel,
}: Props) {
  return (
    <Modal
      title={title}
      onClose={onCancel}
      footer={
        <CancelConfirm
          confirmLabel={confirmLabel}
          danger={danger}
          onConfirm={onConfirm}
          onCancel={onCancel}
        />
      }
    >
      <p>{message}</p>
    </Modal>
  );
}
