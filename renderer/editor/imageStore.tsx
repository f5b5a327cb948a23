// The open book's pictures for the editor: image nodes show them by hash, and the picture tool adds new ones.
import { createContext, useContext, type ReactNode } from 'react';
import type { StoredImage } from '../../core/book/images';

export interface ImageStore {
  images: Readonly<Record<string, StoredImage>>;
  /** Adds a picture to the book (before the node that shows it, so a save never misses it). */
  add(hash: string, image: StoredImage): void;
}

const EMPTY: ImageStore = { images: {}, add: () => undefined };
const ImageStoreContext = createContext<ImageStore>(EMPTY);

export function ImageStoreProvider({
  store,
  children,
}: {
  store: ImageStore;
  children: ReactNode;
}) {
  return <ImageStoreContext.Provider value={store}>{children}</ImageStoreContext.Provider>;
}

export function useImageStore(): ImageStore {
  return useContext(ImageStoreContext);
}

/** A data URL for a stored picture (the CSP allows data: images). */
export function imageSrc(image: StoredImage): string {
  return `data:${image.mime};base64,${image.data}`;
}
