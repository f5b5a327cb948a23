// The one link policy, used by the editor (what may enter a book), the PDF (what is printed as a link) and the shell (what openExternal opens).
//
// Policy: a link is either
//   - https://host/path... where host is a plain ASCII DNS name (letters, digits, hyphens, at
//     least one dot, alphabetic top-level label), with no user name or password and no port; or
//   - mailto:local@domain with a plain ASCII domain, and at most the subject= and body= parameters
//     (some mail clients honour attach=<local file>, cc= and bcc= widen who gets it).
// Refused, with a specific reason: every other scheme (http: is cleartext; javascript:, data:,
// file:, smb:, app: run or read something local), IP-address and single-label hosts (intranet
// targets), internationalised hosts (xn-- labels: look-alike "homograph" domains cannot be told
// apart in print), whitespace, control characters and backslashes anywhere (parsers disagree on
// them), scheme shorthands like "https:example.org", and anything longer than MAX_LINK_LENGTH.
// The check is purely syntactic: nothing is fetched or resolved.

/** Longest link accepted, in UTF-16 code units. */
export const MAX_LINK_LENGTH = 2048;

export type LinkCheck = { ok: true; url: string } | { ok: false; error: string };

const refuse = (error: string): LinkCheck => ({ ok: false, error });

/** A plain ASCII DNS name with an alphabetic top-level label; no punycode (xn--) labels. */
function hostProblem(host: string): string | null {
  const labels = host.split('.');
  if (labels.some((l) => /^xn--/i.test(l)))
    return `The host "${host}" is an internationalised name; links may only use plain ASCII host names.`;
  const label = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
  if (
    labels.length < 2 ||
    !labels.every((l) => label.test(l)) ||
    !/^[a-z]{2,63}$/i.test(labels.at(-1)!)
  )
    return `The host "${host}" is not a public domain name (no IP addresses or single-word hosts).`;
  return null;
}

function checkHttps(raw: string, url: URL): LinkCheck {
  if (url.username !== '' || url.password !== '')
    return refuse('A web link may not carry a user name or password.');
  if (url.port !== '') return refuse('A web link may not name a port.');
  const problem = hostProblem(url.hostname);
  if (problem) return refuse(problem);
  // The host as written must be the host the parser settled on: full-width letters, percent-escapes
  // or other spellings that normalise into an ASCII name are look-alikes too.
  const written = /^https:\/\/([^/?#]*)/i.exec(raw)?.[1] ?? '';
  if (written.toLowerCase() !== url.host)
    return refuse(`The host "${written.slice(0, 80)}" is not written as a plain ASCII name.`);
  return { ok: true, url: url.href };
}

function checkMailto(url: URL): LinkCheck {
  const address = url.pathname;
  const at = address.lastIndexOf('@');
  if (at <= 0 || !/^[A-Za-z0-9.!#$%&'*+=^_`{|}~-]+$/.test(address.slice(0, at)))
    return refuse('A mailto link needs one plain address such as mailto:name@example.org.');
  const problem = hostProblem(address.slice(at + 1));
  if (problem) return refuse(problem);
  const extra = [...url.searchParams.keys()].filter((k) => k !== 'subject' && k !== 'body');
  if (extra.length > 0)
    return refuse(`A mailto link may only carry subject and body (not ${extra.join(', ')}).`);
  return { ok: true, url: url.href };
}

/**
 * Checks a link against the policy above. Returns the normalised URL to store, print or open, or
 * a reason a person can act on. `raw` is taken as is: callers that accept typed input trim it first.
 */
export function checkLink(raw: unknown): LinkCheck {
  if (typeof raw !== 'string' || raw === '') return refuse('Enter a link (https:// or mailto:).');
  if (raw.length > MAX_LINK_LENGTH)
    return refuse(`A link may be at most ${MAX_LINK_LENGTH} characters long.`);
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff\\]/.test(raw))
    return refuse('A link cannot contain spaces, control or invisible characters, or backslashes.');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase();
  if (scheme === undefined)
    return refuse(
      `"${raw.slice(0, 80)}" is not a complete link: start it with https:// or mailto:.`,
    );
  if (scheme !== 'https' && scheme !== 'mailto')
    return refuse(`Links may only use https or mailto (not ${scheme}).`);
  if (scheme === 'https' && !/^https:\/\/[^/]/i.test(raw))
    return refuse('A web link must start with https:// followed by a host name.');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse(`"${raw.slice(0, 80)}" is not a valid link.`);
  }
  return scheme === 'https' ? checkHttps(raw, url) : checkMailto(url);
}

/** The boolean form (Lexical's LinkPlugin `validateUrl`, the PDF converter). */
export function isAllowedLink(raw: unknown): raw is string {
  return checkLink(raw).ok;
}

/**
 * Schemes a stored book may carry at all. Wider than checkLink by one scheme, http:, which the
 * editor accepted before this policy existed: refusing it on open would lock officers out of their
 * own books. Such a link is kept in the file but is never printed as a link or opened (both go
 * through checkLink). Everything else (javascript:, data:, file: ...) is refused on every way in.
 */
export const STORABLE_LINK_SCHEMES: ReadonlySet<string> = new Set(['https:', 'mailto:', 'http:']);
