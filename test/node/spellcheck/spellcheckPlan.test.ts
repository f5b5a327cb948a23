// The dictionary URL is always the app's own folder (file:, trailing slash); a remote URL is refused.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assertLocalDictionaryUrl, spellcheckPlan } from '../../../node/spellcheck/spellcheckPlan';

describe('spellcheckPlan', () => {
  it('points Linux at the bundled dictionaries folder with a file URL', () => {
    const dir = path.join('/opt', 'Briefing Book Builder', 'resources', 'dictionaries');
    const plan = spellcheckPlan('linux', dir);
    expect(plan.systemChecker).toBe(false);
    expect(plan.languages).toEqual(['en-US']);
    expect(plan.dictionaryUrl).toBe(
      'file:///opt/Briefing%20Book%20Builder/resources/dictionaries/',
    );
    expect(fileURLToPath(plan.dictionaryUrl)).toBe(`${dir}/`);
  });

  it('uses the system checker on macOS and Windows, still with only a local URL', () => {
    for (const platform of ['darwin', 'win32']) {
      const plan = spellcheckPlan(platform, '/app/dictionaries');
      expect(plan.systemChecker).toBe(true);
      expect(new URL(plan.dictionaryUrl).protocol).toBe('file:');
    }
  });

  it('refuses any dictionary URL that is not a local folder', () => {
    for (const url of [
      'https://redirector.gvt1.com/edgedl/chrome/dict/',
      'http://localhost:8080/dicts/',
      'ftp://example.org/',
      'app://bundle/dictionaries/',
    ])
      expect(() => assertLocalDictionaryUrl(url)).toThrow(/must be the app's own folder \(file:\)/);
    expect(() => assertLocalDictionaryUrl('file:///opt/dicts')).toThrow(/must end with a slash/);
    expect(() => assertLocalDictionaryUrl('not a url')).toThrow(/is not a URL/);
  });
});
