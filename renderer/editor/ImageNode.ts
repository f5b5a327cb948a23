// The image block: a picture stored in the book by hash, with alt text and printed width (core/book/images.ts).
import { createElement, type ComponentType, type ReactElement } from 'react';
import {
  $applyNodeReplacement,
  DecoratorNode,
  type EditorConfig,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import type { SerializedImage } from '../../core/book/images';

export type SerializedImageNode = Spread<
  Pick<SerializedImage, 'type' | 'version' | 'hash' | 'alt' | 'width'>,
  SerializedLexicalNode
>;

export interface ImageViewProps {
  nodeKey: NodeKey;
  hash: string;
  alt: string;
  width: number;
}

/**
 * The React view of an image block. It lives in ImageView.tsx, which registers itself here, so this
 * node class stays loadable without JSX (the headless editor in Node tests, the content check).
 */
let View: ComponentType<ImageViewProps> = () => null;
export function setImageView(view: ComponentType<ImageViewProps>): void {
  View = view;
}

export class ImageNode extends DecoratorNode<ReactElement> {
  __hash: string;
  __alt: string;
  __width: number;

  static override getType(): string {
    return 'image';
  }

  static override clone(node: ImageNode): ImageNode {
    return new ImageNode(node.__hash, node.__alt, node.__width, node.__key);
  }

  constructor(hash = '', alt = '', width = 144, key?: NodeKey) {
    super(key);
    this.__hash = hash;
    this.__alt = alt;
    this.__width = width;
  }

  static override importJSON(json: SerializedImageNode): ImageNode {
    return $createImageNode(json.hash, json.alt, json.width).updateFromJSON(json);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedImageNode>): this {
    return super.updateFromJSON(json);
  }

  override exportJSON(): SerializedImageNode {
    const self = this.getLatest();
    return {
      ...super.exportJSON(),
      type: 'image',
      version: 1,
      hash: self.__hash,
      alt: self.__alt,
      width: self.__width,
    };
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const div = document.createElement('div');
    div.className = 'bbe-image-block';
    return div;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  getAlt(): string {
    return this.getLatest().__alt;
  }

  setAlt(alt: string): this {
    const self = this.getWritable();
    self.__alt = alt;
    return self;
  }

  setWidth(width: number): this {
    const self = this.getWritable();
    self.__width = width;
    return self;
  }

  override decorate(): ReactElement {
    const props: ImageViewProps = {
      nodeKey: this.__key,
      hash: this.__hash,
      alt: this.__alt,
      width: this.__width,
    };
    return createElement(View, props);
  }
}

export function $createImageNode(hash: string, alt: string, width: number): ImageNode {
  return $applyNodeReplacement(new ImageNode(hash, alt, width));
}

export function $isImageNode(node: LexicalNode | null | undefined): node is ImageNode {
  return node instanceof ImageNode;
}
