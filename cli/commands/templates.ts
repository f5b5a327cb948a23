// `brief templates`: lists the bundled templates (id, version, name, tabs).
import { loadTemplates } from '../../core/templates';
import { formatTable } from '../format';

/** Prints one row per template; the id is what `brief new --template` takes. */
export function runTemplates(out: (text: string) => void): void {
  const rows = loadTemplates().map((t) => [t.id, `v${t.version}`, t.name, `${t.tabs.length} tabs`]);
  out(formatTable([['ID', 'VERSION', 'NAME', 'TABS'], ...rows]));
}
