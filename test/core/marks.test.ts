// Portion marks: accepted forms, classified refusal, and the banner high-water mark.
import { describe, expect, it } from 'vitest';
import { PortionMarkSchema, bannerText, highWaterMark } from '../../core/book/marks';

describe('portion marks', () => {
  it('accepts U, SBU and SBU caveats', () => {
    for (const mark of ['U', 'SBU', 'SBU//NOFORN', 'SBU//NOFORN//PROPIN']) {
      expect(PortionMarkSchema.safeParse(mark).success, mark).toBe(true);
    }
  });

  it('refuses classified markings with a message saying why', () => {
    const result = PortionMarkSchema.safeParse('S//NF');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/unclassified \(U, SBU\) work only/);
  });

  it('refuses unknown forms', () => {
    for (const mark of ['u', 'SBU//', 'U//NOFORN', 'SBU//NOFORN//NOFORN', '']) {
      expect(PortionMarkSchema.safeParse(mark).success, mark).toBe(false);
    }
  });

  it('computes the high-water mark with the union of caveats', () => {
    expect(highWaterMark([])).toBe('U');
    expect(highWaterMark(['U', 'U'])).toBe('U');
    expect(highWaterMark(['U', 'SBU'])).toBe('SBU');
    expect(highWaterMark(['SBU//PROPIN', 'U', 'SBU//NOFORN'])).toBe('SBU//NOFORN//PROPIN');
    expect(bannerText('SBU//NOFORN')).toBe('SENSITIVE BUT UNCLASSIFIED//NOFORN');
    expect(bannerText('U')).toBe('UNCLASSIFIED');
  });
});
