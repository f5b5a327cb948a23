// The editor's link guard: typed input trimmed, then the one link policy of core/links/linkPolicy.ts.
import { checkLink, type LinkCheck } from '../../core/links/linkPolicy';

export type LinkUrlResult = LinkCheck;

/** Checks a URL typed by the user (surrounding spaces ignored); returns the normalised URL or why not. */
export function checkLinkUrl(input: string): LinkUrlResult {
  return checkLink(input.trim());
}

/** The boolean form for Lexical's LinkPlugin `validateUrl` (pasted or programmatic links: not trimmed). */
export function isAllowedLinkUrl(input: string): boolean {
  return checkLink(input).ok;
}
