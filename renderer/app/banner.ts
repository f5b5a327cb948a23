// Banner (high-water mark) helpers for screens that show several books' banners at once.
import { bannerText, highWaterMark, type PortionMark } from '../../core/book/marks';

/** Turns a banner line back into its mark ("SENSITIVE BUT UNCLASSIFIED//NOFORN" -> "SBU//NOFORN"). */
export function markFromBanner(banner: string): PortionMark {
  if (banner === 'UNCLASSIFIED') return 'U';
  return banner.replace(/^SENSITIVE BUT UNCLASSIFIED/, 'SBU');
}

/** The banner for a screen showing these books: the highest of their banners (U when none). */
export function combinedBanner(banners: readonly string[]): string {
  return bannerText(highWaterMark(banners.map(markFromBanner)));
}
