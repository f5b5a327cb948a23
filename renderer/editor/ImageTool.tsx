// The "Insert picture" toolbar button: main picks and checks the file, the dialog asks for alt text, the node goes in as a top-level block.
import { useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { StoredImage } from '../../core/book/images';
import { api } from '../api';
import { ImageDialog } from './ImageDialog';
import { $createImageNode } from './ImageNode';
import { useImageStore } from './imageStore';
import { $insertTopLevelBlock } from './insertFrameworkItem';
import { $setMark } from './markState';
import { Icon } from './icons';
import { ToolButton } from './ToolButton';

interface Picked {
  hash: string;
  image: StoredImage;
  fileName: string;
}

export function ImageTool({ defaultMark }: { defaultMark: string }) {
  const [editor] = useLexicalComposerContext();
  const store = useImageStore();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const pick = async () => {
    setError(null);
    setBusy(true);
    const result = await api.images.pick({});
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    if (result.value) setPicked(result.value);
  };

  const insert = (alt: string, width: number) => {
    if (!picked) return;
    store.add(picked.hash, picked.image);
    editor.update(() => {
      const node = $createImageNode(picked.hash, alt, width);
      $setMark(node, defaultMark);
      $insertTopLevelBlock(node);
    });
    setPicked(null);
    editor.focus();
  };

  return (
    <span className="bbe-anchor">
      <ToolButton label="Insert picture" disabled={busy} onClick={() => void pick()}>
        <Icon name="image" />
      </ToolButton>
      {error && (
        <span className="bbe-popover bbe-image-error" role="alert">
          {error}{' '}
          <button type="button" className="btn-small" onClick={() => setError(null)}>
            Dismiss
          </button>
        </span>
      )}
      {picked && (
        <ImageDialog
          title={`Insert picture: ${picked.fileName}`}
          image={picked.image}
          initialAlt=""
          initialWidth={144}
          confirmLabel="Insert"
          onCancel={() => setPicked(null)}
          onConfirm={({ alt, width }) => insert(alt, width)}
        />
      )}
    </span>
  );
}
