// `brief countries [--filter TEXT]`: lists countries with the facts that drive template rules.
import { loadCountries } from '../../core/data';
import type { Country } from '../../core/countries/schema';
import { CliError } from '../errors';
import { formatTable } from '../format';

function artemis(c: Country): string {
  if (!c.artemisAccords) return 'no';
  return c.artemisAccords.signed ? `signed ${c.artemisAccords.signed}` : 'signed (date unknown)';
}

/** Prints matching countries (code or name contains TEXT, case-insensitive); none matching is an error. */
export function runCountries(filter: string | undefined, out: (text: string) => void): void {
  const file = loadCountries();
  const needle = filter?.trim().toLowerCase() ?? '';
  const matched = file.countries.filter(
    (c) =>
      needle === '' || c.iso2.toLowerCase() === needle || c.name.toLowerCase().includes(needle),
  );
  if (matched.length === 0) throw new CliError(`no country matches "${filter}"`);
  const rows = matched.map((c) => [
    c.iso2,
    c.name,
    artemis(c),
    c.mtcrPartner ? 'yes' : 'no',
    c.copuosMember ? 'yes' : 'no',
  ]);
  out(formatTable([['CODE', 'NAME', 'ARTEMIS ACCORDS', 'MTCR', 'COPUOS'], ...rows]));
  out(
    `${matched.length} of ${file.countries.length} countries; facts as of: Artemis ${file.asOf.artemisAccords}, MTCR ${file.asOf.mtcr}`,
  );
}
