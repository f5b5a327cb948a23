// Export dialog section: the optional "Protect with a password" choice, a password and its confirmation, errors at the field.
import { useId } from 'react';

/** Bounds of the export:pdf request's password (core/ipc/contract.ts). */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export interface PasswordState {
  protect: boolean;
  password: string;
  confirm: string;
}

export interface PasswordError {
  field: 'password' | 'confirm';
  message: string;
}

/** The problem to show at a field before exporting, or null when the password may be sent. */
export function passwordError(state: PasswordState): PasswordError | null {
  if (!state.protect) return null;
  if (state.password.length < PASSWORD_MIN)
    return {
      field: 'password',
      message: `The password needs at least ${PASSWORD_MIN} characters.`,
    };
  if (state.password !== state.confirm)
    return { field: 'confirm', message: 'The two passwords differ; type the same password twice.' };
  return null;
}

interface Props {
  state: PasswordState;
  error: PasswordError | null;
  disabled: boolean;
  onChange: (next: PasswordState) => void;
}

export function PasswordFields({ state, error, disabled, onChange }: Props) {
  const id = useId();
  const errorId = `${id}-error`;
  const errorAt = (field: PasswordError['field']) =>
    error?.field === field ? (
      <p id={errorId} className="error-message" role="alert">
        {error.message}
      </p>
    ) : null;
  const fieldProps = (field: PasswordError['field']) => ({
    type: 'password',
    // Never offered to a password manager as a login: it protects one file.
    autoComplete: 'new-password',
    maxLength: PASSWORD_MAX,
    disabled,
    'aria-invalid': error?.field === field,
    'aria-describedby': error?.field === field ? errorId : `${id}-hint`,
  });
  return (
    <fieldset className="form-section">
      <legend className="section-title">Password</legend>
      <label>
        <input
          type="checkbox"
          checked={state.protect}
          disabled={disabled}
          onChange={(e) => onChange({ ...state, protect: e.target.checked })}
        />
        Protect with a password
      </label>
      {state.protect && (
        <>
          <p id={`${id}-hint`} className="muted">
            The PDF is encrypted (AES-256) and opens only with this password; printing and copying
            stay allowed. The password is not saved anywhere, so keep it safe.
          </p>
          <label className="field">
            <span className="field-label">PDF password</span>
            <input
              {...fieldProps('password')}
              value={state.password}
              onChange={(e) => onChange({ ...state, password: e.target.value })}
            />
          </label>
          {errorAt('password')}
          <label className="field">
            <span className="field-label">Confirm password</span>
            <input
              {...fieldProps('confirm')}
              value={state.confirm}
              onChange={(e) => onChange({ ...state, confirm: e.target.value })}
            />
          </label>
          {errorAt('confirm')}
        </>
      )}
    </fieldset>
  );
}
