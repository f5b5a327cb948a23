// The framework-quote block: cleared framework language with its ID and citation chip (core/book/lexical.ts).
import {
  $applyNodeReplacement,
  $createParagraphNode,
  $createTextNode,
  ElementNode,
  $isElementNode,
  setDOMUnmanaged,
  $isParagraphNode,
  type ElementDOMSlot,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
  type RangeSelection,
  type SerializedElementNode,
  type Spread,
} from 'lexical';
import type { SerializedFrameworkQuote, SerializedNode } from '../../core/book/lexical';
import type { FrameworkInsertItem } from './frameworkInsertItem';
import { $markMovedQuoteText } from './quoteLeak';

export type FrameworkItemKind = FrameworkInsertItem['itemKind'];

export type SerializedFrameworkQuoteNode = Spread<
  Pick<
    SerializedFrameworkQuote,
    'type' | 'version' | 'itemId' | 'itemKind' | 'cites' | 'raised' | 'adaptedFrom'
  >,
  SerializedElementNode
>;

/** What a tailored quote records: the item and the cleared text it was adapted from. */
export type AdaptedFrom = NonNullable<SerializedFrameworkQuote['adaptedFrom']>;

/** Concatenated text of serialized children: the cleared text a loaded quote started with. */
function serializedText(children: readonly SerializedNode[] | undefined): string {
  let out = '';
  for (const child of children ?? []) {
    if (typeof child.text === 'string') out += child.text;
    else if (child.type === 'linebreak') out += '\n';
    out += serializedText(child.children);
  }
  return out;
}

/** The citation chip text: the item's own ID for an objective, "cites ..." for points and responses. */
export function citationLabel(
  itemKind: FrameworkItemKind,
  itemId: string,
  cites: readonly string[],
): string {
  if (itemKind === 'objective') return itemId;
  return cites.length > 0 ? `cites ${cites.join(', ')}` : itemId;
}

export class FrameworkQuoteNode extends ElementNode {
  __itemId: string;
  __itemKind: FrameworkItemKind;
  __cites: string[];
  __raised: string | undefined;
  /** The cleared text this quote must keep; any other text turns it into the officer's own words. */
  __sourceText: string;
  /** Set once the officer chose "Tailor": the quote is then theirs, citing "adapted from". */
  __adaptedFrom: AdaptedFrom | undefined;

  static override getType(): string {
    return 'framework-quote';
  }

  static override clone(node: FrameworkQuoteNode): FrameworkQuoteNode {
    return new FrameworkQuoteNode(
      node.__itemId,
      node.__itemKind,
      node.__cites,
      node.__raised,
      node.__sourceText,
      node.__key,
      node.__adaptedFrom,
    );
  }

  constructor(
    itemId = '',
    itemKind: FrameworkItemKind = 'objective',
    cites: string[] = [],
    raised?: string,
    sourceText = '',
    key?: NodeKey,
    adaptedFrom?: AdaptedFrom,
  ) {
    super(key);
    this.__adaptedFrom = adaptedFrom;
    this.__itemId = itemId;
    this.__itemKind = itemKind;
    this.__cites = cites;
    this.__raised = raised;
    this.__sourceText = sourceText;
  }

  static override importJSON(serialized: SerializedFrameworkQuoteNode): FrameworkQuoteNode {
    const source = serializedText((serialized as unknown as SerializedNode).children);
    const node = $createFrameworkQuoteNode({
      itemId: serialized.itemId,
      itemKind: serialized.itemKind,
      cites: [...serialized.cites],
      raised: serialized.raised,
      text: source,
    }).updateFromJSON(serialized);
    const a = serialized.adaptedFrom;
    if (a) node.__adaptedFrom = { itemId: a.itemId, text: a.text };
    return node;
  }

  override exportJSON(): SerializedFrameworkQuoteNode {
    const json: SerializedFrameworkQuoteNode = {
      ...super.exportJSON(),
      type: 'framework-quote',
      version: 1,
      itemId: this.getLatest().__itemId,
      itemKind: this.getLatest().__itemKind,
      cites: [...this.getLatest().__cites],
    };
    const raised = this.getLatest().__raised;
    if (raised !== undefined) json.raised = raised;
    const adapted = this.getLatest().__adaptedFrom;
    if (adapted !== undefined) json.adaptedFrom = { ...adapted };
    return json;
  }

  getAdaptedFrom(): AdaptedFrom | undefined {
    return this.getLatest().__adaptedFrom;
  }

  /** Marks the quote tailored from `source` (its words are then the officer's to change). */
  setAdaptedFrom(source: AdaptedFrom | undefined): this {
    const self = this.getWritable();
    self.__adaptedFrom = source;
    return self;
  }

  /** The text the guard holds the quote to (a sanctioned slot choice changes it). */
  setSourceText(text: string): this {
    const self = this.getWritable();
    self.__sourceText = text;
    return self;
  }

  getItemId(): string {
    return this.getLatest().__itemId;
  }
  getItemKind(): FrameworkItemKind {
    return this.getLatest().__itemKind;
  }
  getCites(): string[] {
    return [...this.getLatest().__cites];
  }
  getRaised(): string | undefined {
    return this.getLatest().__raised;
  }
  getSourceText(): string {
    return this.getLatest().__sourceText;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const theme = config.theme as Record<string, string | undefined>;
    const root = document.createElement('div');
    root.className = theme.frameworkQuote ?? '';
    root.dataset.itemId = this.__itemId;
    root.dataset.itemKind = this.__itemKind;
    if (this.__adaptedFrom) root.dataset.tailored = 'true';
    const header = document.createElement('div');
    header.className = theme.frameworkQuoteHeader ?? '';
    header.contentEditable = 'false';
    const chip = document.createElement('span');
    chip.className = theme.frameworkQuoteChip ?? '';
    chip.textContent = citationLabel(this.__itemKind, this.__itemId, this.__cites);
    chip.title = this.__adaptedFrom
      ? `Tailored by you from cleared language (${this.__itemId})`
      : `Cleared framework language (${this.__itemId})`;
    const kind = document.createElement('span');
    kind.className = theme.frameworkQuoteKind ?? '';
    kind.textContent =
      this.__itemKind === 'objective'
        ? 'Objective'
        : this.__itemKind === 'if-raised'
          ? 'If raised'
          : 'Talking point';
    header.append(kind, chip);
    if (this.__raised !== undefined) {
      const raised = document.createElement('div');
      raised.className = theme.frameworkQuoteRaised ?? '';
      raised.textContent = `If raised: ${this.__raised}`;
      header.append(raised);
    }
    // Slot choices, Tailor / Revert and the diff: filled in by QuoteToolsPlugin (it has the framework).
    const tools = document.createElement('div');
    tools.className = 'bbe-fq-tools';
    tools.contentEditable = 'false';
    // Drawn outside Lexical: its mutation observer must not undo them, nor its selection take their clicks.
    setDOMUnmanaged(tools, { captureSelection: true });
    header.append(tools);
    const body = document.createElement('p');
    body.className = theme.frameworkQuoteText ?? '';
    root.append(header, body);
    return root;
  }

  override updateDOM(prev: FrameworkQuoteNode): boolean {
    // The header is static per item: rebuild the DOM only if the item itself changed.
    return (
      prev.__itemId !== this.__itemId ||
      prev.__raised !== this.__raised ||
      prev.__adaptedFrom !== this.__adaptedFrom ||
      prev.__cites.join() !== this.__cites.join()
    );
  }

  override getDOMSlot(element: HTMLElement): ElementDOMSlot<HTMLElement> {
    const body = element.querySelector<HTMLElement>(':scope > p');
    return body ? super.getDOMSlot(element).withElement(body) : super.getDOMSlot(element);
  }

  /** Enter at the end of a quote starts an ordinary paragraph (the officer's own text). */
  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): LexicalNode {
    const paragraph = $createParagraphNode();
    this.insertAfter(paragraph, restoreSelection);
    return paragraph;
  }

  /**
   * Backspace at the start of a quote must not merge its cleared text into the block before it
   * (that would silently turn it into plain text): remove an empty block before it, else just
   * move the caret to the end of that block.
   */
  override collapseAtStart(): boolean {
    const previous = this.getPreviousSibling();
    if ($isParagraphNode(previous) && previous.getTextContentSize() === 0) previous.remove();
    else if ($isElementNode(previous)) previous.selectEnd();
    return true;
  }

  /** A merge across the quote's edge removes it after moving its text: mark where the text went. */
  override remove(preserveEmptyParent?: boolean): void {
    $markMovedQuoteText(this.__key, this.getItemId(), this.getRaised());
    super.remove(preserveEmptyParent);
  }

  override isShadowRoot(): boolean {
    return false;
  }
  override isInline(): false {
    return false;
  }
}

/** Creates a framework-quote block holding the item's verbatim text. */
export function $createFrameworkQuoteNode(item: FrameworkInsertItem): FrameworkQuoteNode {
  return $applyNodeReplacement(
    new FrameworkQuoteNode(item.itemId, item.itemKind, [...item.cites], item.raised, item.text),
  );
}

/** Same as $createFrameworkQuoteNode, with the text as a child text node. */
export function $createFrameworkQuoteWithText(item: FrameworkInsertItem): FrameworkQuoteNode {
  return $createFrameworkQuoteNode(item).append($createTextNode(item.text));
}

export function $isFrameworkQuoteNode(
  node: LexicalNode | null | undefined,
): node is FrameworkQuoteNode {
  return node instanceof FrameworkQuoteNode;
}
