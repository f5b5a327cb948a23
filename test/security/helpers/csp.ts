// CSP reading for the security gate: parse a policy, pull the meta policy out of built HTML, list what breaks the baseline.

/** A policy as directive name (lower case) -> source list, in order; duplicates are kept so they can be reported. */
export interface ParsedPolicy {
  directives: Map<string, string[]>;
  duplicates: string[];
}

/** Parses a serialised CSP (the grammar of CSP3 §2.2.1: `;`-separated, whitespace-separated tokens). */
export function parseCsp(policy: string): ParsedPolicy {
  const directives = new Map<string, string[]>();
  const duplicates: string[] = [];
  for (const part of policy.split(';')) {
    const tokens = part
      .trim()
      .split(/[\t\n\f\r ]+/)
      .filter(Boolean);
    const name = tokens.shift()?.toLowerCase();
    if (!name) continue;
    // The first occurrence wins in a browser; later ones are ignored, which hides mistakes.
    if (directives.has(name)) duplicates.push(name);
    else directives.set(name, tokens);
  }
  return { directives, duplicates };
}

/** Attributes of one start tag, names lower-cased, entity-free values (the built HTML uses none). */
function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const pattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const match of tag.replace(/^<\w+|\/?>$/g, '').matchAll(pattern)) {
    out.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return out;
}

/** Start tags of one element type, with their attributes and offsets in the document. */
export function startTags(
  html: string,
  element: string,
): Array<{ at: number; attrs: Map<string, string> }> {
  const pattern = new RegExp(`<${element}\\b[^>]*>`, 'gi');
  return [...html.matchAll(pattern)].map((m) => ({ at: m.index, attrs: attributes(m[0]) }));
}

/** Every `<meta http-equiv="Content-Security-Policy">` content in the document, in order. */
export function metaPolicies(html: string): Array<{ at: number; content: string }> {
  return startTags(html, 'meta')
    .filter((t) => t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy')
    .map((t) => ({ at: t.at, content: t.attrs.get('content') ?? '' }));
}

/** Sources that would let a script run that the app did not ship. */
const UNSAFE_SCRIPT_SOURCES = [
  "'unsafe-inline'",
  "'unsafe-eval'",
  "'unsafe-hashes'",
  "'wasm-unsafe-eval'",
  "'strict-dynamic'",
  'data:',
  'blob:',
  'filesystem:',
  '*',
];

/** Directives a meta policy cannot carry (CSP3 §3.3): they are ignored there and give false comfort. */
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'];

/**
 * What is wrong with a policy against the app's baseline: nothing loads by default, scripts and
 * styles only from the app, no network, no plugins, no <base>, no form posts, no frames.
 * `delivery` says whether it is sent as a header (may add frame-ancestors) or in a meta tag.
 */
export function cspProblems(policy: string, delivery: 'header' | 'meta'): string[] {
  const { directives, duplicates } = parseCsp(policy);
  const problems = duplicates.map((d) => `${d} appears twice (the second is ignored)`);
  const exactly = (name: string, expected: string[]): void => {
    const actual = directives.get(name);
    if (actual === undefined) problems.push(`${name} is missing`);
    else if (actual.join(' ') !== expected.join(' '))
      problems.push(`${name} is "${actual.join(' ')}", expected "${expected.join(' ')}"`);
  };
  exactly('default-src', ["'none'"]);
  exactly('script-src', ["'self'"]);
  exactly('connect-src', ["'none'"]);
  exactly('object-src', ["'none'"]);
  exactly('base-uri', ["'none'"]);
  exactly('form-action', ["'none'"]);
  for (const [name, sources] of directives) {
    const lowered = sources.map((s) => s.toLowerCase());
    if (/^script-src|^worker-src|^default-src/.test(name)) {
      for (const bad of UNSAFE_SCRIPT_SOURCES)
        if (lowered.includes(bad)) problems.push(`${name} allows ${bad}`);
    }
    if (/^style-src/.test(name) && lowered.includes("'unsafe-inline'"))
      problems.push(`${name} allows 'unsafe-inline'`);
    for (const source of lowered) {
      if (source === '*' || /^(https?|wss?|ftp|file):/.test(source) || source.includes('.'))
        problems.push(`${name} allows a remote or local-file source ${source}`);
    }
  }
  // Frames and workers fall back to default-src 'none'; an explicit grant must be 'none' too.
  for (const name of ['frame-src', 'child-src', 'worker-src', 'manifest-src', 'media-src']) {
    const sources = directives.get(name);
    if (sources && sources.join(' ') !== "'none'")
      problems.push(`${name} grants ${sources.join(' ')}`);
  }
  if (delivery === 'meta') {
    for (const name of HEADER_ONLY)
      if (directives.has(name)) problems.push(`${name} is ignored in a meta policy`);
  } else {
    exactly('frame-ancestors', ["'none'"]);
  }
  return problems;
}
