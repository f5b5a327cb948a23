// Toolbar tools that open a popover: the link URL prompt and the insert-table menu.
import { useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import { Icon } from './icons';
import { $insertTopLevelBlock } from './insertFrameworkItem';
import { LinkEditor } from './LinkEditor';
import { $createBriefingTable, type BriefingTableKind } from './tableTemplates';
import { ToolButton } from './ToolButton';

/** Link button: opens the checked URL prompt; applies, changes or removes the link on the selection. */
export function LinkTool({
  isLink,
  linkUrl,
  disabled,
}: {
  isLink: boolean;
  linkUrl: string;
  disabled: boolean;
}) {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState(false);
  const close = (url?: string | null) => {
    setOpen(false);
    if (url !== undefined) editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
    editor.focus();
  };
  return (
    <span className="bbe-anchor">
      <ToolButton
        label="Link"
        pressed={isLink}
        disabled={disabled}
        onClick={() => setOpen((o) => !o)}
      >
        <Icon name="link" />
      </ToolButton>
      {open && (
        <LinkEditor
          initialUrl={linkUrl}
          isLink={isLink}
          onApply={(url) => close(url)}
          onRemove={() => close(null)}
          onCancel={() => close()}
        />
      )}
    </span>
  );
}

const TABLES: Array<{ kind: BriefingTableKind; label: string }> = [
  { kind: 'participants', label: 'Participants table' },
  { kind: 'schedule', label: 'Schedule table' },
];

/** Insert-table button: a menu of the briefing table shapes, inserted as a top-level block. */
export function TableTool() {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState(false);
  const insert = (kind: BriefingTableKind) => {
    setOpen(false);
    editor.update(() => $insertTopLevelBlock($createBriefingTable(kind)));
    editor.focus();
  };
  return (
    <span className="bbe-anchor">
      <ToolButton label="Insert table" pressed={open} onClick={() => setOpen((o) => !o)}>
        <Icon name="table" />
      </ToolButton>
      {open && (
        <div className="bbe-popover bbe-menu" role="menu" aria-label="Insert table">
          {TABLES.map(({ kind, label }) => (
            <button
              key={kind}
              type="button"
              role="menuitem"
              className="bbe-menu-item"
              onClick={() => insert(kind)}
            >
              {label}
            </button>
          ))}
        </div>
      )}
    </span>
  );
}
