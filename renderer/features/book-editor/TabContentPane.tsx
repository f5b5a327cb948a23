// The selected tab's editor: its title, default mark and the Lexical TabEditor (mounted per tab).
import type { Ref } from 'react';
import type { Tab } from '../../../core/book/schema';
import type { SerializedEditorState } from '../../../core/book/lexical';
import type { TabEditorCommands } from '../../editor/frameworkInsertItem';
import { TabEditor } from '../../editor/TabEditor';

interface Props {
  tab: Tab;
  onChange: (content: SerializedEditorState) => void;
  commandsRef: Ref<TabEditorCommands>;
}

/** Mount with a key per tab (and per content replacement): the editor reads its content once. */
export function TabContentPane({ tab, onChange, commandsRef }: Props) {
  return (
    <section className="tab-pane" aria-labelledby="tab-pane-title">
      <header className="tab-pane-header">
        <h2 id="tab-pane-title">{tab.title}</h2>
        <span className="muted">New blocks are marked ({tab.defaultMark})</span>
      </header>
      <TabEditor tab={tab} onChange={onChange} commandsRef={commandsRef} />
    </section>
  );
}
