// Help: the keyboard-shortcut list and the one-page "Getting started", each in a modal dialog.
import { Modal } from '../../ui/Modal';
import { SHORTCUT_GROUPS } from './shortcuts';

export type HelpPage = 'shortcuts' | 'getting-started';

export function HelpDialog({ page, onClose }: { page: HelpPage; onClose: () => void }) {
  if (page === 'shortcuts')
    return (
      <Modal title="Keyboard shortcuts" onClose={onClose}>
        <p className="muted">On a Mac, Cmd stands for Ctrl.</p>
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.title} className="shortcut-group">
            <h3>{group.title}</h3>
            <dl className="shortcut-list">
              {group.items.map((s) => (
                <div key={s.keys} style={{ display: 'contents' }}>
                  <dt>{s.keys}</dt>
                  <dd>{s.action}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </Modal>
    );
  return (
    <Modal title="Getting started" onClose={onClose} wide>
      <div className="getting-started">
        <p>A briefing book is one meeting's set of tabs, printed as one PDF. Five steps:</p>
        <ol>
          <li>
            <strong>Start a book.</strong> In <em>New book</em>, choose a template, the country and
            the meeting date. The book is drafted with the template's tabs, the framework language
            that fits the country, and <em>[Drafter: …]</em> placeholders where your text goes.
          </li>
          <li>
            <strong>Write.</strong> Pick a tab in the outline on the left. Replace each placeholder
            with your own text: F8 goes to the next one, and the Readiness panel lists what is left.
            Ctrl+F finds text in every tab; Ctrl+H replaces it.
          </li>
          <li>
            <strong>Use cleared language.</strong> The Framework panel inserts objectives and
            talking points word for word, in a box with their ID. Change the words and they become
            your own text, no longer cleared language.
          </li>
          <li>
            <strong>Mark every portion.</strong> Each block shows its portion mark, such as (U), in
            the left margin: click it to change it. The banner follows the highest mark in the book.
          </li>
          <li>
            <strong>Clear and export.</strong> Work is saved as you type. Record clearance under
            Book details &amp; clearance; Export PDF prints a DRAFT watermark until the book is
            cleared.
          </li>
        </ol>
        <p className="muted">
          Keyboard shortcuts: Help menu or Ctrl+/. Editor zoom: Ctrl+= and Ctrl+-.
        </p>
      </div>
    </Modal>
  );
}
