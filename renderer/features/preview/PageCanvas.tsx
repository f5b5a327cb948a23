// Draws one PDF page into a canvas with pdfjs-dist; a lazy one waits until it scrolls into view.
import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';

interface Props {
  doc: PDFDocumentProxy;
  pageNumber: number;
  /** CSS pixels per PDF point. */
  scale: number;
  /** Render only once visible (thumbnails of a long book). */
  lazy?: boolean;
  label: string;
}

export function PageCanvas({ doc, pageNumber, scale, lazy = false, label }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [visible, setVisible] = useState(!lazy);

  useEffect(() => {
    const canvas = ref.current;
    if (!lazy || visible || !canvas) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setVisible(true);
    });
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [lazy, visible]);

  useEffect(() => {
    const canvas = ref.current;
    if (!visible || !canvas) return;
    let task: RenderTask | null = null;
    let stopped = false;
    void doc.getPage(pageNumber).then((page) => {
      if (stopped) return;
      // Sharp on high-density screens: draw at device pixels, show at CSS pixels.
      const ratio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: scale * ratio });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
      canvas.style.height = `${Math.floor(viewport.height / ratio)}px`;
      task = page.render({ canvas, viewport });
      // Rejects when cancelled (page changed, dialog closed): nothing to report then.
      task.promise.then(
        () => (canvas.dataset.drawn = String(pageNumber)),
        () => undefined,
      );
    });
    return () => {
      stopped = true;
      task?.cancel();
    };
  }, [doc, pageNumber, scale, visible]);

  return <canvas ref={ref} className="preview-canvas" role="img" aria-label={label} />;
}
