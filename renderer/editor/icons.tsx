// Small inline SVG icons for the editor toolbar (no icon font: the app loads nothing from outside).
import type { ReactElement } from 'react';

const PATHS: Record<string, string> = {
  bullet: 'M4 6h.01M4 12h.01M4 18h.01M8 6h12M8 12h12M8 18h12',
  number: 'M4 5h1v4M4 9h2M4 14h2l-2 3h2M9 6h11M9 12h11M9 18h11',
  indent: 'M4 6h16M10 12h10M10 18h10M4 10l3 2-3 2',
  outdent: 'M4 6h16M10 12h10M10 18h10M7 10l-3 2 3 2',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  quote: 'M6 17h3l2-4V7H5v6h3M14 17h3l2-4V7h-6v6h3',
  table: 'M4 5h16v14H4zM4 10h16M4 15h16M10 5v14',
  undo: 'M9 14L4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3',
  redo: 'M15 14l5-5-5-5M20 9H10a6 6 0 0 0 0 12h3',
  image: 'M4 5h16v14H4zM4 16l5-5 4 4 2-2 5 5M15 9h.01',
};

/** An icon by name, hidden from assistive tech (the button carries the aria-label). */
export function Icon({ name }: { name: keyof typeof PATHS }): ReactElement {
  return (
    <svg
      className="bbe-icon"
      viewBox="0 0 24 24"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
