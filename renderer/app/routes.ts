// The app's screens as a tagged union: routing by state, no router library.
export type Route =
  | { name: 'library' }
  | { name: 'trash' }
  | { name: 'new-book' }
  | { name: 'editor'; bookId: string };
