// Vite's `?url` import of the bundled pdfjs worker: the build emits the file and gives its same-origin URL.
declare module 'pdfjs-dist/build/pdf.worker.min.mjs?url' {
  const url: string;
  export default url;
}
