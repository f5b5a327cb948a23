// The editor's public command surface and the shape of a framework item inserted from the panel.

/** A framework objective, talking point or if-raised response, ready to insert as cleared language. */
export interface FrameworkInsertItem {
  /** Objective or talking-point ID, e.g. "P1.G3.4.2" or "TP.P1.G1.2.outreach". */
  itemId: string;
  itemKind: 'objective' | 'talking-point' | 'if-raised';
  /** Objective IDs the item rests on (for an objective: itself). */
  cites: string[];
  /** The verbatim cleared text. */
  text: string;
  /** For if-raised responses: the counterpart's likely ask. */
  raised?: string;
}

/** Imperative commands a parent may call on a mounted TabEditor (through `commandsRef`). */
export interface TabEditorCommands {
  /** Inserts the item as a cleared framework-quote block at the cursor (or at the end). */
  insertFrameworkItem(item: FrameworkInsertItem): void;
  /** Inserts `text` as an ordinary marked paragraph (the officer's own words) at the cursor. */
  insertParagraph(text: string): void;
  /** Moves keyboard focus into the editor. */
  focus(): void;
  /**
   * Delivers any pending change to `onChange` synchronously (changes are otherwise delivered
   * shortly after typing pauses, so a keystroke never waits for a whole-document serialization).
   */
  flush(): void;
}
