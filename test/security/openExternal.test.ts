// The openExternal wrapper: what reaches the system browser (shell.openExternal) for a table of URLs.
import { describe, expect, it, vi } from 'vitest';
import { openExternalChecked } from '../../electron/main/security';
import { HOSTILE_URLS } from './helpers/hostileUrls';

/** Runs the wrapper with a recording opener: [returned, what the opener received]. */
async function attempt(url: unknown): Promise<[boolean, string[]]> {
  const opened: string[] = [];
  const result = await openExternalChecked(url, (u) => {
    opened.push(u);
    return Promise.resolve();
  });
  return [result, opened];
}

const REFUSED: unknown[] = [
  ...HOSTILE_URLS.map(([url]) => url).filter((url) => !/^https:/i.test(url)),
  'https://user:pass@example.com/',
  'https://example.com@evil.example/',
  'https://example.com:8443/',
  'https://example.com\\@evil.example/',
  'https://exa mple.com/',
  'https://example.com/\u0000.exe',
  'https://',
  `https://example.com/${'a'.repeat(5000)}`,
  'mailto:a@b.example?attach=/etc/passwd',
  'mailto:a@b.example,c@d.example',
  { toString: () => 'https://www.state.gov/' },
  ['https://www.state.gov/'],
  new URL('https://www.state.gov/'),
  42,
  null,
  undefined,
];

describe('openExternalChecked', () => {
  it.each(REFUSED)('refuses %j without calling the opener', async (url) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await attempt(url)).toEqual([false, []]);
  });

  it('hands a plain https link to the opener once, normalised', async () => {
    expect(await attempt('https://WWW.STATE.GOV/space')).toEqual([
      true,
      ['https://www.state.gov/space'],
    ]);
  });

  it('passes an opener failure to the caller rather than reporting success', async () => {
    const failing = () => Promise.reject(new Error('no browser'));
    await expect(openExternalChecked('https://www.state.gov/', failing)).rejects.toThrow(
      'no browser',
    );
  });
});
