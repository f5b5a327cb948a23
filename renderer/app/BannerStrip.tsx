// The marking banner shown across the top and bottom of the window (high-water mark of what is on screen).
interface Props {
  text: string;
  position: 'top' | 'bottom';
}

/** A live banner strip; U is green, SBU (with caveats) amber, as marking guides colour them. */
export function BannerStrip({ text, position }: Props) {
  const level = text === 'UNCLASSIFIED' ? 'u' : 'sbu';
  return (
    <div
      className={`banner banner-${level} banner-${position}`}
      role={position === 'top' ? 'status' : undefined}
      aria-label={position === 'top' ? `Marking: ${text}` : undefined}
      aria-hidden={position === 'bottom' ? true : undefined}
      data-testid={`banner-${position}`}
    >
      {text}
    </div>
  );
}
