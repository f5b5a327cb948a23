// Classification markings in free text: plain, disguised (look-alikes, invisible characters), and the SBU forms that are allowed.
import { describe, expect, it } from 'vitest';
import { findClassifiedMarkings, hasClassifiedMarking } from '../../../core/book/classifiedText';

describe('findClassifiedMarkings', () => {
  it.each([
    ['TOP SECRET//NOFORN briefing', 'TOP SECRET//NOFORN'],
    ['(S//NF) The delegation will raise the matter.', '(S//NF)'],
    ['(TS) Planning notes', '(TS)'],
    ['(C) Annex', '(C)'],
    ['(C//REL TO USA, GBR) text', '(C//REL TO USA, GBR)'],
    ['This paper is SECRET.', 'SECRET'],
    ['CONFIDENTIAL', 'CONFIDENTIAL'],
    ['Secret//Noforn', 'Secret//Noforn'],
    ['Top Secret annex', 'Top Secret'],
    ['handle as //NOFORN', '//NOFORN'],
  ])('finds the marking in %j', (text, marking) => {
    const hits = findClassifiedMarkings(text);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.text).toBe(marking);
    expect(text.slice(hits[0]!.start, hits[0]!.end)).toBe(marking);
    expect(hits[0]!.disguised).toBe(false);
  });

  it('sees through Cyrillic and Greek look-alike capitals', () => {
    const text = 'Title: Т\u041EP S\u0415CRET plan'; // Cyrillic Т, О, Е
    const [hit] = findClassifiedMarkings(text);
    expect(hit).toMatchObject({ normalised: 'TOP SECRET', disguised: true });
    expect(text.slice(hit!.start, hit!.end)).toBe('Т\u041EP S\u0415CRET');
    expect(hasClassifiedMarking('(\u03A4S) Greek tau')).toBe(true);
  });

  it('sees through zero-width and soft-hyphen characters and fullwidth forms', () => {
    expect(findClassifiedMarkings('SE\u200BCR\u00ADET')[0]).toMatchObject({
      normalised: 'SECRET',
      text: 'SE\u200BCR\u00ADET',
      disguised: true,
    });
    expect(hasClassifiedMarking('\uFF33\uFF25\uFF23\uFF32\uFF25\uFF34')).toBe(true); // fullwidth SECRET
  });

  it.each([
    'SENSITIVE BUT UNCLASSIFIED',
    'SBU//NOFORN',
    '(SBU//NOFORN) Participants',
    '(U) The United States welcomes cooperation.',
    '(SBU) Schedule',
    'U//FOUO',
    'The Secretary of State will attend.',
    'There is no secret about our position on confidential commercial data.',
    'SECRETARIAT of COPUOS',
    'items (a), (b) and (c)',
    '',
  ])('allows %j', (text) => {
    expect(findClassifiedMarkings(text)).toEqual([]);
  });

  it('reports several markings in order', () => {
    const hits = findClassifiedMarkings('(S) one. (U) two. CONFIDENTIAL three.');
    expect(hits.map((h) => h.text)).toEqual(['(S)', 'CONFIDENTIAL']);
  });
});
