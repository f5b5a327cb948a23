// The editor's link prompt: typed input is trimmed, then judged by the one link policy (core/links/linkPolicy.ts).
import { describe, expect, it } from 'vitest';
import { checkLinkUrl, isAllowedLinkUrl } from '../../renderer/editor/linkUrl';

describe('checkLinkUrl', () => {
  it.each([
    ['https://www.state.gov/space', 'https://www.state.gov/space'],
    ['  https://example.org  ', 'https://example.org/'],
    ['mailto:desk@example.org', 'mailto:desk@example.org'],
  ])('accepts %s', (input, url) => {
    expect(checkLinkUrl(input)).toEqual({ ok: true, url });
  });

  it.each([
    ['', /Enter a link/],
    ['   ', /Enter a link/],
    ['javascript:alert(1)', /not javascript/],
    ['http://example.org', /not http/],
    ['www.state.gov', /not a complete link/],
    ['https://user:pw@example.org', /user name or password/],
    ['mailto:nobody', /one plain address/],
  ])('refuses %j', (input, message) => {
    const result = checkLinkUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
    expect(isAllowedLinkUrl(input)).toBe(false);
  });
});
