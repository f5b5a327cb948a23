// Hosts the framework panel (owned by the editor helper) beside the tab editor.
import type { FrameworkBundle } from '../../../core/framework/bundle';
import type { FrameworkInsertItem } from '../../editor/frameworkInsertItem';

interface Props {
  framework: FrameworkBundle;
  onInsert: (item: FrameworkInsertItem) => void;
}

export function FrameworkSlot({ framework, onInsert }: Props) {
  void onInsert;
  return (
    <section className="panel" aria-label="Framework">
      <h2>Framework</h2>
      <p className="muted">{framework.objectives.length} objectives available.</p>
    </section>
  );
}
