// The one link policy against hostile URLs, and proof that the editor, the PDF converter and the shell apply the same verdict.
import { describe, expect, it, vi } from 'vitest';
import { checkLink, MAX_LINK_LENGTH } from '../../../core/links/linkPolicy';
import { inlineNode } from '../../../core/pdf/inline';
import { checkLinkUrl, isAllowedLinkUrl } from '../../../renderer/editor/linkUrl';
import { openExternalChecked } from '../../../electron/main/security';

const allowed: Array<[string, string]> = [
  ['https://www.state.gov/space', 'https://www.state.gov/space'],
  ['https://WWW.State.gov', 'https://www.state.gov/'],
  [
    'https://www.mofa.go.jp/policy/page.html?lang=en#top',
    'https://www.mofa.go.jp/policy/page.html?lang=en#top',
  ],
  ['mailto:desk@example.org', 'mailto:desk@example.org'],
  [
    'mailto:desk@example.org?subject=Dialogue%20agenda',
    'mailto:desk@example.org?subject=Dialogue%20agenda',
  ],
];

const refused: Array<[string, RegExp]> = [
  ['javascript:alert(1)', /not javascript/],
  ['JaVaScRiPt:alert(1)', /not javascript/],
  ['file:///etc/passwd', /not file/],
  ['data:text/html,<script>alert(1)</script>', /not data/],
  ['http://www.state.gov/', /not http\)/],
  ['HTTP://www.state.gov/', /not http\)/],
  ['smb://server/share', /not smb/],
  ['app://briefing/index.html', /not app/],
  ['vbscript:msgbox', /not vbscript/],
  ['www.state.gov', /not a complete link/],
  ['//evil.example/', /not a complete link/],
  ['https:evil.example', /must start with https:\/\//],
  ['https:/evil.example', /must start with https:\/\//],
  ['https://user:pw@example.org/', /user name or password/],
  ['https://www.state.gov@evil.example/', /user name or password/],
  ['https://evil.example:8443/', /port/],
  ['https://127.0.0.1/', /not a public domain name/],
  ['https://[::1]/', /not a public domain name/],
  ['https://2130706433/', /not a public domain name/],
  ['https://localhost/', /not a public domain name/],
  ['https://intranet/', /not a public domain name/],
  ['https://exa_mple.org/', /not a public domain name/],
  // IDN tricks: Cyrillic "а" and "е" in a Latin-looking name; full-width letters; a punycode label.
  ['https://www.stаte.gov/', /internationalised name/],
  ['https://еxample.org/', /internationalised name/],
  ['https://ｗｗｗ.state.gov/', /not written as a plain ASCII name/],
  ['https://www.st%61te.gov/', /not written as a plain ASCII name/],
  ['https://xn--80ak6aa92e.com/', /internationalised name/],
  // Whitespace, control and invisible characters, backslashes.
  [' https://www.state.gov/', /spaces, control/],
  ['https://www.state.gov/\n', /spaces, control/],
  ['https://exa mple.org/', /spaces, control/],
  ['https://www.state.gov/\u0000', /spaces, control/],
  ['https://www.state.gov/\u0085', /spaces, control/],
  ['https://www.state.gov\u200b.evil.example/', /invisible/],
  ['https://www.state.gov/\u202egpj.exe', /invisible/],
  ['https:\\\\evil.example\\', /backslashes/],
  ['https://evil.example\\@www.state.gov/', /backslashes/],
  ['mailto:nobody', /one plain address/],
  ['mailto:a@b@evil.example', /one plain address/],
  ['mailto:desk@localhost', /not a public domain name/],
  ['mailto:desk@example.org?attach=/etc/passwd', /only carry subject and body \(not attach\)/],
  ['mailto:desk@example.org?bcc=leak@evil.example', /not bcc/],
  [`https://www.state.gov/${'a'.repeat(MAX_LINK_LENGTH)}`, /at most 2048 characters/],
  ['', /Enter a link/],
];

describe('checkLink', () => {
  it.each(allowed)('allows %s', (raw, url) => {
    expect(checkLink(raw)).toEqual({ ok: true, url });
  });

  it.each(refused)('refuses %j with a specific reason', (raw, reason) => {
    const result = checkLink(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(reason);
  });

  it('refuses values that are not strings', () => {
    for (const raw of [undefined, null, 42, { href: 'https://www.state.gov/' }])
      expect(checkLink(raw).ok).toBe(false);
  });
});

/** What the PDF converter does with a link node: the target it prints, or null for words only. */
function printedTarget(url: string): string | null {
  const inlines = inlineNode(
    { type: 'link', url, children: [{ type: 'text', text: 'label' }] },
    { usedFonts: new Set() },
  );
  return inlines.find((i) => i.link)?.link ?? null;
}

describe('one policy for the editor, the PDF and the shell', () => {
  const cases = [...allowed.map(([raw]) => raw), ...refused.map(([raw]) => raw)];

  it.each(cases)('%j gets the same verdict everywhere', async (raw) => {
    const verdict = checkLink(raw);
    const opened: string[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const didOpen = await openExternalChecked(raw, async (u) => void opened.push(u));
    warn.mockRestore();
    expect(isAllowedLinkUrl(raw)).toBe(verdict.ok);
    expect(didOpen).toBe(verdict.ok);
    expect(printedTarget(raw)).toBe(verdict.ok ? verdict.url : null);
    expect(opened).toEqual(verdict.ok ? [verdict.url] : []);
  });

  it('the editor only trims what a person typed around the link', () => {
    expect(checkLinkUrl('  https://www.state.gov/  ')).toEqual({
      ok: true,
      url: 'https://www.state.gov/',
    });
    expect(isAllowedLinkUrl('  https://www.state.gov/  ')).toBe(false);
  });
});
