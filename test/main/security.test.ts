// security.ts: the URL guard behind openExternal (the CSP, session and navigation guards are in test/security/).
import { describe, expect, it, vi } from 'vitest';
import { checkExternalUrl, openExternalChecked } from '../../electron/main/security';

describe('checkExternalUrl (the openExternal guard)', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'file:///etc/passwd',
    'file://server/share/x.exe',
    '\\\\server\\share\\evil.exe',
    'smb://server/share',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'http://example.com',
    'app://briefing/index.html',
    'https://user:pass@example.com/',
    'https://example.com@evil.com/',
    'https://example.com:8443/x',
    'https://exa mple.com',
    'https://example.com/\u0000.exe',
    'https://example.com/\nfoo',
    'https://example.com\\@evil.com',
    'https://',
    'mailto:a@b.c?attach=/etc/passwd&x=1@y',
    'mailto:',
    'mailto:a@b.c?attach=C:/secret.txt',
    'mailto:a@b.c,d@e.f',
    `https://example.com/${'a'.repeat(3000)}`,
    '',
    42,
    null,
  ])('refuses %j', (input) => {
    expect(checkExternalUrl(input)).toBeNull();
  });

  it.each([
    ['https://www.state.gov/space', 'https://www.state.gov/space'],
    ['https://EXAMPLE.com/a?b=c#d', 'https://example.com/a?b=c#d'],
    ['mailto:desk@example.gov', 'mailto:desk@example.gov'],
    ['mailto:desk@example.gov?subject=Hi', 'mailto:desk@example.gov?subject=Hi'],
  ])('allows %s', (input, normalised) => {
    expect(checkExternalUrl(input)).toBe(normalised);
  });

  it('openExternalChecked calls the opener only for allowed URLs', async () => {
    const open = vi.fn(() => Promise.resolve());
    expect(await openExternalChecked('javascript:alert(1)', open)).toBe(false);
    expect(await openExternalChecked('https://www.state.gov/', open)).toBe(true);
    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith('https://www.state.gov/');
  });
});
