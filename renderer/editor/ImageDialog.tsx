// The picture dialog: a preview, the alt text a screen reader reads from the PDF, and the printed width.
import { useState } from 'react';
import type { StoredImage } from '../../core/book/images';
import { IMAGE_LIMITS } from '../../core/book/images';
import { CancelConfirm } from '../ui/CancelConfirm';
import { Modal } from '../ui/Modal';
import { imageSrc } from './imageStore';

/** Printed widths offered, in points (72 to the inch). */
export const IMAGE_WIDTHS = [
  { label: 'Small (1.5 in)', value: 108 },
  { label: 'Portrait (2 in)', value: 144 },
  { label: 'Medium (3.5 in)', value: 252 },
  { label: 'Full width (6.5 in)', value: IMAGE_LIMITS.maxWidth },
] as const;

interface Props {
  title: string;
  image: StoredImage;
  initialAlt: string;
  initialWidth: number;
  confirmLabel: string;
  onConfirm: (value: { alt: string; width: number }) => void;
  onCancel: () => void;
}

export function ImageDialog({
  title,
  image,
  initialAlt,
  initialWidth,
  confirmLabel,
  onConfirm,
  onCancel,
}: Props) {
  const [alt, setAlt] = useState(initialAlt);
  const [width, setWidth] = useState(initialWidth);
  const widths = IMAGE_WIDTHS.some((w) => w.value === width)
    ? IMAGE_WIDTHS
    : [...IMAGE_WIDTHS, { label: `${width} pt`, value: width }];
  return (
    <Modal
      title={title}
      onClose={onCancel}
      footer={
        <CancelConfirm
          confirmLabel={confirmLabel}
          onConfirm={() => onConfirm({ alt: alt.trim(), width })}
          onCancel={onCancel}
        />
      }
    >
      <div className="image-dialog">
        <img className="image-dialog-preview" src={imageSrc(image)} alt="" />
        <div className="image-dialog-fields">
          <label className="field">
            <span className="field-label">Alt text</span>
            <textarea
              value={alt}
              maxLength={IMAGE_LIMITS.maxAltLength}
              rows={3}
              onChange={(e) => setAlt(e.target.value)}
              aria-describedby="image-alt-hint"
            />
          </label>
          <p id="image-alt-hint" className="muted">
            Read aloud by screen readers from the PDF. For a portrait: the person’s name and title.
          </p>
          <label className="field">
            <span className="field-label">Printed width</span>
            <select value={width} onChange={(e) => setWidth(Number(e.target.value))}>
              {widths.map((w) => (
                <option key={w.value} value={w.value}>
                  {w.label}
                </option>
              ))}
            </select>
          </label>
          <p className="muted">
            {image.width}×{image.height} pixels, {image.mime === 'image/png' ? 'PNG' : 'JPEG'}
          </p>
        </div>
      </div>
    </Modal>
  );
}
