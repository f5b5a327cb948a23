// The link guard accepts only http(s) and mailto URLs, with a specific message for each refusal.
import { describe, expect, it } from 'vitest';
import { checkLinkUrl, isAllowedLinkUrl } from '../../renderer/editor/linkUrl';

describe('checkLinkUrl', () => {
  it.each([
    ['https://www.state.gov/space', 'https://www.state.gov/space'],
    ['  http://example.org  ', 'http://example.org/'],
    ['mailto:desk@example.org', 'mailto:desk@example.org'],
  ])('accepts %s', (input, url) => {
    expect(checkLinkUrl(input)).toEqual({ ok: true, url });
  });

  it.each([
    ['', /Enter a URL/],
    ['javascript:alert(1)', /not javascript/],
    ['JaVaScRiPt:alert(1)', /not javascript/],
    ['file:///etc/passwd', /not file/],
    ['data:text/html,<script>', /not data/],
    ['www.state.gov', /not a complete URL/],
    ['https://user:pw@example.org', /no user name/],
    ['https://exa mple.org', /spaces/],
    ['https://example.org/\u0000', /control/],
    ['mailto:nobody', /needs an address/],
  ])('refuses %j', (input, message) => {
    const result = checkLinkUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
    expect(isAllowedLinkUrl(input)).toBe(false);
  });
});
