// The selected tab's editor: its title, default mark and the Lexical TabEditor (mounted per tab).
import type { Ref } from 'react';
import type { Tab } from '../../../core/book/schema';
import type { SerializedEditorState } from '../../../core/book/lexical';
import type { TabEditorCommands } from '../../editor/frameworkInsertItem';

interface Props {
  tab: Tab;
  /** Bumped when the content is replaced from outside (recovery), to remount the editor. */
  epoch: number;
  onChange: (content: SerializedEditorState) => void;
  commandsRef: Ref<TabEditorCommands>;
}

export function TabContentPane({ tab, epoch, onChange, commandsRef }: Props) {
  void onChange;
  void commandsRef;
  return (
    <section className="tab-pane" aria-labelledby="tab-pane-title" key={`${tab.id}-${epoch}`}>
      <header className="tab-pane-header">
        <h2 id="tab-pane-title">{tab.title}</h2>
        <span className="muted">New paragraphs are marked ({tab.defaultMark})</span>
      </header>
      <p className="muted">The editor is loading…</p>
    </section>
  );
}
