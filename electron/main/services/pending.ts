// TEMPORARY: stand-ins for modules other helpers are landing (core/data, node/pdf/renderPdf). Replaced by re-exports once they exist.
import type { Book } from '../../../core/book/schema';
import type { CountriesFile, Country } from '../../../core/countries/schema';
import type { FrameworkBundle } from '../../../core/framework/bundle';
import type { ExportProgress } from '../../../core/ipc/contract';
import { AppFailure } from '../../../core/ipc/result';

const missing = (what: string): never => {
  throw new AppFailure('internal', `${what} is not available in this build yet`);
};

export const loadFramework = (): FrameworkBundle => missing('The framework data');
export const loadCountries = (): CountriesFile => missing('The country data');
export const findCountry = (file: CountriesFile, code: string): Country | undefined =>
  file.countries.find((c) => c.iso2 === code.toUpperCase());

export interface RenderPdfInput {
  books: Book[];
  framework: FrameworkBundle;
  packetTitle?: string;
  includeTabs?: Record<string, string[]>;
}
export interface RenderPdfOptions {
  onProgress?: (progress: Omit<ExportProgress, 'jobId'>) => void;
  signal?: AbortSignal;
}
export const renderPdf = (_input: RenderPdfInput, _options: RenderPdfOptions): Promise<{ bytes: Uint8Array; pages: number }> =>
  Promise.resolve(missing('PDF rendering'));
