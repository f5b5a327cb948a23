// The field node: an atomic inline run showing one book detail (meeting date, city, counterpart ...); core/book/fields.ts.
import {
  $applyNodeReplacement,
  TextNode,
  type EditorConfig,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedTextNode,
  type Spread,
} from 'lexical';
import type { FieldName } from '../../core/book/fields';

export type SerializedFieldNode = Spread<
  { type: 'field'; version: 1; field: FieldName },
  SerializedTextNode
>;

/** What the tooltip says a field shows, so an officer knows where to change it. */
const FIELD_LABEL: Record<FieldName, string> = {
  'country.name': 'Country',
  'country.code': 'Country code',
  'meeting.date': 'Meeting date',
  'meeting.isoDate': 'Meeting date',
  'meeting.city': 'Meeting city',
  'counterpart.name': 'Counterpart name',
  'counterpart.title': 'Counterpart title',
  'counterpart.nativeName': 'Counterpart name in native script',
  'principal.name': 'Principal name',
  'principal.title': 'Principal title',
  delegation: 'U.S. delegation',
};

/**
 * A TextNode in token mode (as the Lexical playground's mention-style nodes): it takes text
 * formatting like any run, but typing never goes inside it, the caret steps over it, and Backspace
 * removes it whole. Its text is the detail's value, set by FieldValuesPlugin when details change.
 */
export class FieldNode extends TextNode {
  __field: FieldName;

  static override getType(): string {
    return 'field';
  }

  static override clone(node: FieldNode): FieldNode {
    return new FieldNode(node.__field, node.__text, node.__key);
  }

  constructor(field: FieldName = 'meeting.date', text = '', key?: NodeKey) {
    super(text, key);
    this.__field = field;
  }

  static override importJSON(json: SerializedFieldNode): FieldNode {
    return $createFieldNode(json.field, json.text).updateFromJSON(json);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedFieldNode>): this {
    return super.updateFromJSON(json).setMode('token');
  }

  override exportJSON(): SerializedFieldNode {
    return { ...super.exportJSON(), type: 'field', version: 1, field: this.getLatest().__field };
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('bbe-field');
    dom.dataset.field = this.__field;
    dom.title = `${FIELD_LABEL[this.__field]}: change it under Book details`;
    return dom;
  }

  getField(): FieldName {
    return this.getLatest().__field;
  }

  // Text typed next to a field starts its own run instead of joining the field.
  override canInsertTextBefore(): boolean {
    return false;
  }

  override canInsertTextAfter(): boolean {
    return false;
  }
}

/** A field showing `text` (the detail's current value). */
export function $createFieldNode(field: FieldName, text: string): FieldNode {
  return $applyNodeReplacement(new FieldNode(field, text).setMode('token'));
}

export function $isFieldNode(node: LexicalNode | null | undefined): node is FieldNode {
  return node instanceof FieldNode;
}
