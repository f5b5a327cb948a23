// The link URL prompt: an inline form that accepts only links the link policy allows (https, mailto) and explains refusals.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { checkLinkUrl } from './linkUrl';

interface Props {
  initialUrl: string;
  isLink: boolean;
  onApply: (url: string) => void;
  onRemove: () => void;
  onCancel: () => void;
}

export function LinkEditor({ initialUrl, isLink, onApply, onRemove, onCancel }: Props) {
  const [value, setValue] = useState(initialUrl);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = checkLinkUrl(value);
    if (result.ok) onApply(result.url);
    else setError(result.error);
  };

  return (
    <form
      className="bbe-popover bbe-link-form"
      role="dialog"
      aria-label="Link"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <label htmlFor="bbe-link-url">Link URL</label>
      <input
        id="bbe-link-url"
        ref={inputRef}
        type="text"
        inputMode="url"
        value={value}
        placeholder="https://… or mailto:…"
        aria-invalid={error !== null}
        aria-describedby={error ? 'bbe-link-error' : undefined}
        onChange={(e) => {
          setValue(e.target.value);
          setError(null);
        }}
      />
      {error && (
        <p id="bbe-link-error" className="bbe-error" role="alert">
          {error}
        </p>
      )}
      <div className="bbe-popover-actions">
        <button type="submit" className="bbe-btn bbe-btn-primary">
          Apply
        </button>
        {isLink && (
          <button type="button" className="bbe-btn" onClick={onRemove}>
            Remove link
          </button>
        )}
        <button type="button" className="bbe-btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
