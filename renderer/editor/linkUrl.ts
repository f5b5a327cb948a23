// The link URL guard: only http(s) and mailto links may enter a book (no javascript:, file:, data: ...).

export type LinkUrlResult = { ok: true; url: string } | { ok: false; error: string };

const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/** Parses and checks a URL typed by the user; returns the normalised URL or a specific error. */
export function checkLinkUrl(input: string): LinkUrlResult {
  const raw = input.trim();
  if (raw === '') return { ok: false, error: 'Enter a URL (http://, https:// or mailto:).' };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\s]/.test(raw))
    return { ok: false, error: 'A URL cannot contain spaces or control characters.' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return {
      ok: false,
      error: `"${raw}" is not a complete URL: start it with https://, http:// or mailto:.`,
    };
  }
  if (!ALLOWED.has(url.protocol)) {
    return {
      ok: false,
      error: `Links may only use http, https or mailto (not ${url.protocol.replace(/:$/, '')}).`,
    };
  }
  if (url.protocol === 'mailto:') {
    if (!/^[^@\s]+@[^@\s]+$/.test(decodeURIComponent(url.pathname))) {
      return {
        ok: false,
        error: 'A mailto link needs an address such as mailto:name@example.org.',
      };
    }
    return { ok: true, url: raw };
  }
  if (url.hostname === '' || url.username !== '' || url.password !== '') {
    return { ok: false, error: 'A web link needs a host name and no user name or password.' };
  }
  return { ok: true, url: url.href };
}

/** The boolean form for Lexical's LinkPlugin `validateUrl` (pasted or programmatic links). */
export function isAllowedLinkUrl(input: string): boolean {
  return checkLinkUrl(input).ok;
}
