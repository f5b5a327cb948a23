// The chosen country's space-diplomacy facts, each with its source, as-of date and confidence.
import type { CountriesFile, Country } from '../../../core/countries/schema';
import { describeCountryFacts } from '../../../core/data/countryFacts';

export function CountryFacts({ country, file }: { country: Country; file: CountriesFile }) {
  const facts = describeCountryFacts(country, file);
  return (
    <section className="facts" aria-labelledby="facts-title">
      <h3 id="facts-title">{country.name}: facts on file</h3>
      <dl className="facts-list">
        {facts.map((fact) => (
          <div key={fact.label} className="fact">
            <dt>{fact.label}</dt>
            <dd>
              <span className="fact-value">{fact.value}</span>
              <span className="fact-meta">
                As of {fact.asOf}
                {fact.confidence ? ` · confidence: ${fact.confidence}` : ''}
                {fact.sources.length > 0 &&
                  ` · Source: ${fact.sources.map((s) => s.title).join('; ')}`}
              </span>
              {fact.notes?.map((note) => (
                <span key={note} className="fact-meta">
                  Note: {note}
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
