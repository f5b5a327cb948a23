// The image block's React view: the picture, its alt text, and the dialog that edits both (registered with ImageNode).
import { useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey } from 'lexical';
import { ImageDialog } from './ImageDialog';
import { $isImageNode, setImageView, type ImageViewProps } from './ImageNode';
import { imageSrc, useImageStore } from './imageStore';
import './image.css';

export function ImageView({ nodeKey, hash, alt, width }: ImageViewProps) {
  const [editor] = useLexicalComposerContext();
  const { images } = useImageStore();
  const [editing, setEditing] = useState(false);
  const image = images[hash];
  return (
    <figure className="bbe-image" data-hash={hash}>
      {image ? (
        <img src={imageSrc(image)} alt={alt} style={{ width: `${width}pt` }} />
      ) : (
        <span className="bbe-image-missing" role="img" aria-label={alt || 'Missing picture'}>
          Picture not found in this book
        </span>
      )}
      <figcaption>
        <span className={alt ? 'muted' : 'bbe-image-noalt'}>
          {alt ? `Alt text: ${alt}` : 'No alt text yet'}
        </span>
        {editor.isEditable() && (
          <button type="button" className="btn-small" onClick={() => setEditing(true)}>
            Edit picture
          </button>
        )}
      </figcaption>
      {editing && image && (
        <ImageDialog
          title="Edit picture"
          image={image}
          initialAlt={alt}
          initialWidth={width}
          confirmLabel="Apply"
          onCancel={() => setEditing(false)}
          onConfirm={(next) => {
            setEditing(false);
            editor.update(() => {
              const node = $getNodeByKey(nodeKey);
              if ($isImageNode(node)) node.setAlt(next.alt).setWidth(next.width);
            });
          }}
        />
      )}
    </figure>
  );
}

setImageView(ImageView);
