// Serializes an editor state as editorState.toJSON() does, re-exporting only the top-level blocks that changed.
import {
  $exportNodeJSON,
  $getRoot,
  $getSlot,
  $getSlotNames,
  $isElementNode,
  $withCompactExport,
  type EditorState,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
} from 'lexical';
import type { SerializedEditorState } from '../../core/book/lexical';
import { $topBlocks } from './sections';

interface CachedBlock {
  /** Every node of the block's subtree, in the order the walk visits them. */
  nodes: LexicalNode[];
  json: SerializedLexicalNode;
}

/** One node and its subtree, as Lexical's own export walk writes it (legacy, non-compact form). */
function $exportTree(node: LexicalNode, visited: LexicalNode[]): SerializedLexicalNode {
  visited.push(node);
  const json = $exportNodeJSON(node) as SerializedLexicalNode & {
    children?: SerializedLexicalNode[];
    $slots?: Record<string, SerializedLexicalNode>;
  };
  if ($isElementNode(node)) {
    for (const child of node.getChildren()) json.children!.push($exportTree(child, visited));
  }
  const slots = $getSlotNames(node);
  if (slots.length > 0) {
    const out: Record<string, SerializedLexicalNode> = {};
    for (const name of slots) {
      const slot = $getSlot(node, name);
      if (slot) out[name] = $exportTree(slot, visited);
    }
    json.$slots = out;
  }
  return json;
}

/** True when the block's subtree is made of exactly the node objects it was exported from. */
function $unchanged(node: LexicalNode, cached: CachedBlock): boolean {
  let i = 0;
  const same = (n: LexicalNode): boolean => {
    if (cached.nodes[i++] !== n) return false;
    if ($isElementNode(n)) {
      for (let c = n.getFirstChild(); c !== null; c = c.getNextSibling())
        if (!same(c)) return false;
    }
    for (const name of $getSlotNames(n)) {
      const slot = $getSlot(n, name);
      if (slot && !same(slot)) return false;
    }
    return true;
  };
  return same(node) && i === cached.nodes.length;
}

/**
 * Why: a 100-page tab is about 1,100 top-level blocks, and exporting all of them after every pause
 * in typing is a long task; it also hands every consumer (readiness, marks, hashes) all-new objects,
 * so none of their per-block caches can hit. Lexical never mutates a committed node: an edited node
 * is a new object in the next state. So a block whose subtree holds the very node objects it was
 * exported from exports to the same JSON, and that JSON object is reused as is (callers must treat
 * it as read-only). Returns a function serializing a given state.
 */
export function createIncrementalSerializer(): (state: EditorState) => SerializedEditorState {
  let cache = new Map<NodeKey, CachedBlock>();
  return (state) =>
    state.read(() =>
      $withCompactExport(false, () => {
        const next = new Map<NodeKey, CachedBlock>();
        const root = $getRoot();
        // Slots on the root itself: not used by this app's nodes; the full export handles them.
        if ($getSlotNames(root).length > 0)
          return state.toJSON() as unknown as SerializedEditorState;
        const json = $exportNodeJSON(root) as SerializedLexicalNode & {
          children: SerializedLexicalNode[];
        };
        // Sections are the editor's own (SectionNode.ts): the saved content is the flat block list.
        for (const block of $topBlocks()) {
          const key = block.getKey();
          let entry = cache.get(key);
          if (!entry || !$unchanged(block, entry)) {
            const nodes: LexicalNode[] = [];
            entry = { json: $exportTree(block, nodes), nodes };
          }
          next.set(key, entry);
          json.children.push(entry.json);
        }
        cache = next;
        return { root: json } as unknown as SerializedEditorState;
      }),
    );
}
