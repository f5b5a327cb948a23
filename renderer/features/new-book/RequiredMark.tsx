// The visible marker of a required new-book field; the field itself carries aria-required for screen readers.
import './meetingForm.css';

/** A red asterisk, hidden from assistive technology (which hears aria-required instead). */
export function RequiredMark() {
  return (
    <span className="required-mark" aria-hidden="true">
      *
    </span>
  );
}
