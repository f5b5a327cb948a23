// Per book, the tabs to include in the export (all by default).
import type { Book } from '../../../core/book/schema';

interface Props {
  books: Book[];
  /** Per book id: tab ids left out. */
  excluded: Record<string, string[]>;
  disabled: boolean;
  onChange: (excluded: Record<string, string[]>) => void;
}

export function TabChooser({ books, excluded, disabled, onChange }: Props) {
  return (
    <fieldset className="form-section">
      <legend className="section-title">Tabs to include</legend>
      <div className="tab-chooser">
        {books.map((book) => {
          const out = excluded[book.id] ?? [];
          return (
            <div key={book.id} role="group" aria-label={`Tabs of ${book.title}`}>
              {books.length > 1 && <h3 className="subsection-title">{book.title}</h3>}
              <ul className="check-list check-list-columns">
                {book.tabs.map((tab) => (
                  <li key={tab.id}>
                    <label>
                      <input
                        type="checkbox"
                        checked={!out.includes(tab.id)}
                        disabled={disabled}
                        onChange={(e) =>
                          onChange({
                            ...excluded,
                            [book.id]: e.target.checked
                              ? out.filter((t) => t !== tab.id)
                              : [...out, tab.id],
                          })
                        }
                      />
                      {tab.title}
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
