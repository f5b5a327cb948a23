// The chosen country's space-diplomacy facts: the authority and as-of date, a "verify" flag, and the compiler's trail.
import type { CountriesFile, Country } from '../../../core/countries/schema';
import type { AuthoritiesFile } from '../../../core/data/authoritiesSchema';
import { citeCountryFacts } from '../../../core/data/factCitations';
import { humanDate } from '../../../core/data/humanDate';
import type { PackInfo } from '../../../core/packs/packFormat';

interface Props {
  country: Country;
  file: CountriesFile;
  authorities: AuthoritiesFile;
  /** The country-facts pack the facts come from (named in each fact's detail view). */
  pack: PackInfo | undefined;
}

export function CountryFacts({ country, file, authorities, pack }: Props) {
  const facts = citeCountryFacts(country, file, authorities);
  return (
    <section className="facts" aria-labelledby="facts-title">
      <h3 id="facts-title">{country.name}: facts on file</h3>
      <dl className="facts-list">
        {facts.map((fact) => (
          <div key={fact.label} className="fact">
            <dt>
              {fact.label}
              {fact.verify && (
                <span className="pill pill-verify" title={`Verify: ${fact.verify}`}>
                  verify
                </span>
              )}
            </dt>
            <dd>
              <span className="fact-value">{fact.value}</span>
              <span className="fact-meta">
                {fact.authority.authority}
                {fact.asOf ? `, as of ${humanDate(fact.asOf)}` : ''}
              </span>
              {fact.verify && (
                <span className="fact-meta">
                  Verify: {fact.verify}. {fact.authority.verify}
                </span>
              )}
              <details className="fact-provenance">
                <summary>How this was compiled</summary>
                <span className="fact-meta">Compiled as of {fact.provenance.asOf}</span>
                {pack && (
                  <span className="fact-meta">
                    From the country facts pack v{pack.version} ({pack.source}, signed{' '}
                    {humanDate(pack.createdAt.slice(0, 10))})
                  </span>
                )}
                <span className="fact-meta">{fact.authority.restsOn}</span>
                {fact.provenance.sources.length > 0 && (
                  <span className="fact-meta">
                    Sources: {fact.provenance.sources.map((s) => s.title).join('; ')}
                  </span>
                )}
                {fact.provenance.notes?.map((note) => (
                  <span key={note} className="fact-meta">
                    Note: {note}
                  </span>
                ))}
              </details>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
