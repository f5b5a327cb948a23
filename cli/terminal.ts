// Everything the CLI prints passes through here: control characters cannot reach the terminal as escape sequences.

/**
 * C0 controls (ESC, BEL, CR, NUL ...), DEL, C1 controls (U+0080-U+009F, e.g. the 8-bit CSI U+009B),
 * bidi embeddings, overrides, isolates and marks (which reorder what the reader sees), and the
 * Unicode line and paragraph separators.
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
const UNSAFE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_BUT_NEWLINE =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

const escapeChar = (ch: string): string => {
  const code = ch.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** A value from input (a title, a file name, an error message) made safe to print: every unsafe character shown as \xNN or \uNNNN. */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** The same for a whole block of CLI output, keeping its own line breaks (tables, multi-line text). */
export function escapeOutput(text: string): string {
  return text.replace(UNSAFE_BUT_NEWLINE, escapeChar);
}
