// The selected tab's editor: its title, default mark and the Lexical TabEditor (mounted per tab).
import { memo, useCallback, type Ref } from 'react';
import type { Tab } from '../../../core/book/schema';
import type { SerializedEditorState } from '../../../core/book/lexical';
import type { FieldValues } from '../../../core/book/fields';
import type { FrameworkBundle } from '../../../core/framework/bundle';
import type { TabEditorCommands } from '../../editor/frameworkInsertItem';
import { TabEditor } from '../../editor/TabEditor';
import type { PlaceholderNav } from '../../editor/placeholderNav';
import type { FindHighlighter } from '../../editor/plugins/FindHighlightPlugin';
import type { PageCountView } from '../../../core/templates/pageBudgets';
import { PageCountNote } from './PageCount';

interface Props {
  tab: Tab;
  onChange: (tabId: string, content: SerializedEditorState) => void;
  commandsRef: Ref<TabEditorCommands>;
  /** The book's details as field values (memoised by the screen per meeting). */
  fieldValues: FieldValues;
  navRef: Ref<PlaceholderNav>;
  framework?: FrameworkBundle;
  findRef?: Ref<FindHighlighter>;
  /** Its printed length against its budget, once counted (a new object only when it changes). */
  printed?: PageCountView | null;
}

/** Mount with a key per tab (and per content replacement): the editor reads its content once. */
/** Only what the pane shows or the editor reads at mount: not the content it already owns. */
function samePane(a: Props, b: Props): boolean {
  return (
    a.tab.id === b.tab.id &&
    a.tab.title === b.tab.title &&
    a.tab.defaultMark === b.tab.defaultMark &&
    a.onChange === b.onChange &&
    a.commandsRef === b.commandsRef &&
    a.fieldValues === b.fieldValues &&
    a.navRef === b.navRef &&
    a.framework === b.framework &&
    a.findRef === b.findRef &&
    a.printed === b.printed
  );
}

/**
 * Memoised (samePane): the content the editor reports comes back as a new `tab` object, and
 * re-rendering the editor for it would only repeat work on the typing path.
 */
export const TabContentPane = memo(function TabContentPane({
  tab,
  onChange,
  commandsRef,
  fieldValues,
  navRef,
  framework,
  findRef,
  printed = null,
}: Props) {
  const tabId = tab.id;
  const onTabChange = useCallback(
    (content: SerializedEditorState) => onChange(tabId, content),
    [onChange, tabId],
  );
  return (
    <section className="tab-pane" aria-labelledby="tab-pane-title">
      <header className="tab-pane-header">
        <h2 id="tab-pane-title">{tab.title}</h2>
        <div className="tab-pane-meta">
          <PageCountNote view={printed} />
          <span className="muted">New blocks are marked ({tab.defaultMark})</span>
        </div>
      </header>
      <TabEditor
        tab={tab}
        onChange={onTabChange}
        commandsRef={commandsRef}
        navRef={navRef}
        findRef={findRef}
        fieldValues={fieldValues}
        framework={framework}
      />
    </section>
  );
}, samePane);
