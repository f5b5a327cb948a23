// Parses one XML part of a returned Word file: no DOCTYPE or entity declarations at all (no XXE, no
// entity expansion), a size cap, and any parser error or warning refuses the part.
import {
  DOMParser,
  type Document as XmlDocument,
  type Element as XmlElement,
} from '@xmldom/xmldom';
import { AppFailure } from '../../core/ipc/result';

export type { XmlElement };

/** WordprocessingML's main namespace. */
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * The parsed part. Refuses a DOCTYPE or ENTITY declaration before parsing (OOXML never has one,
 * so nothing is lost), and stops on the parser's first error or warning.
 */
export function parseXmlPart(bytes: Uint8Array, fileName: string, part: string): XmlDocument {
  const where = `${fileName}: part "${part}"`;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppFailure('validation', `${where} is not UTF-8 text`);
  }
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text))
    throw new AppFailure(
      'validation',
      `${where} declares a DOCTYPE or entities, which a Word document never does; refused (external entities are never loaded)`,
    );
  try {
    return new DOMParser({
      onError: (level, message) => {
        throw new Error(`${level}: ${message}`);
      },
    }).parseFromString(text, 'application/xml');
  } catch (error) {
    throw new AppFailure(
      'validation',
      `${where} is not well-formed XML (${(error as Error).message.split('\n')[0]!.slice(0, 160)})`,
    );
  }
}

/** The direct children of `el` that are elements (namespaced WordprocessingML or any). */
export function childElements(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as XmlElement);
  return out;
}

/** A w:-namespaced attribute's value ("w:val", "w:author" ...), or null. */
export function wAttr(el: XmlElement, name: string): string | null {
  return el.getAttributeNS(W_NS, name) ?? el.getAttribute(`w:${name}`);
}

/** True when `el` is the WordprocessingML element `w:<local>`. */
export function isW(el: XmlElement, local: string): boolean {
  return el.namespaceURI === W_NS && el.localName === local;
}
