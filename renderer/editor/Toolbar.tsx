// The editor toolbar: block type, text formats, lists and nesting, link, quote, tables, portion mark, undo/redo.
import { useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  INDENT_CONTENT_COMMAND,
  OUTDENT_CONTENT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type TextFormatType,
} from 'lexical';
import {
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { mergeRegister } from '@lexical/utils';
import { $setBlockMarks } from './blockMarks';
import { $setSelectedBlockType, type SettableBlockType } from './blockType';
import { Icon } from './icons';
import { ImageTool } from './ImageTool';
import { LinkTool, TableTool } from './ToolbarPopovers';
import { markOptions, ToolButton } from './ToolButton';
import { $readToolbarState, EMPTY_TOOLBAR_STATE, sameToolbarState } from './toolbarState';

export function Toolbar({ defaultMark }: { defaultMark: string }) {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState(EMPTY_TOOLBAR_STATE);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read(() => $readToolbarState());
          setState((prev) => (sameToolbarState(prev, next) ? prev : next));
        }),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (v) => (setCanUndo(v), false),
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (v) => (setCanRedo(v), false),
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );

  const format = (f: TextFormatType) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, f);
  const setBlock = (type: SettableBlockType) => editor.update(() => $setSelectedBlockType(type));
  const list = (type: 'bullet' | 'number') =>
    editor.dispatchCommand(
      state.blockType === type
        ? REMOVE_LIST_COMMAND
        : type === 'bullet'
          ? INSERT_UNORDERED_LIST_COMMAND
          : INSERT_ORDERED_LIST_COMMAND,
      undefined,
    );
  const blockLocked = state.inFrameworkQuote || state.blockType === 'table';
  const selectValue = ['paragraph', 'h1', 'h2', 'h3', 'quote'].includes(state.blockType)
    ? state.blockType
    : '';

  return (
    <div className="bbe-toolbar" role="toolbar" aria-label="Formatting">
      <ToolButton
        label="Undo"
        shortcut="Control+Z"
        disabled={!canUndo}
        onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
      >
        <Icon name="undo" />
      </ToolButton>
      <ToolButton
        label="Redo"
        shortcut="Control+Y"
        disabled={!canRedo}
        onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
      >
        <Icon name="redo" />
      </ToolButton>
      <span className="bbe-sep" aria-hidden="true" />
      <select
        className="bbe-select"
        aria-label="Block type"
        value={selectValue}
        disabled={blockLocked || !state.hasSelection}
        onChange={(e) => setBlock(e.target.value as SettableBlockType)}
      >
        {selectValue === '' && (
          <option value="">
            {state.blockType === 'framework-quote' ? 'Framework language' : '—'}
          </option>
        )}
        <option value="paragraph">Paragraph</option>
        <option value="h1">Heading 1</option>
        <option value="h2">Heading 2</option>
        <option value="h3">Heading 3</option>
        <option value="quote">Quote</option>
      </select>
      <span className="bbe-sep" aria-hidden="true" />
      <ToolButton
        label="Bold"
        shortcut="Control+B"
        pressed={state.formats.bold}
        onClick={() => format('bold')}
      >
        <b>B</b>
      </ToolButton>
      <ToolButton
        label="Italic"
        shortcut="Control+I"
        pressed={state.formats.italic}
        onClick={() => format('italic')}
      >
        <i>I</i>
      </ToolButton>
      <ToolButton
        label="Underline"
        shortcut="Control+U"
        pressed={state.formats.underline}
        onClick={() => format('underline')}
      >
        <u>U</u>
      </ToolButton>
      <ToolButton
        label="Strikethrough"
        pressed={state.formats.strikethrough}
        onClick={() => format('strikethrough')}
      >
        <s>S</s>
      </ToolButton>
      <span className="bbe-sep" aria-hidden="true" />
      <ToolButton
        label="Bulleted list"
        pressed={state.blockType === 'bullet'}
        disabled={blockLocked}
        onClick={() => list('bullet')}
      >
        <Icon name="bullet" />
      </ToolButton>
      <ToolButton
        label="Numbered list"
        pressed={state.blockType === 'number'}
        disabled={blockLocked}
        onClick={() => list('number')}
      >
        <Icon name="number" />
      </ToolButton>
      <ToolButton
        label="Outdent"
        onClick={() => editor.dispatchCommand(OUTDENT_CONTENT_COMMAND, undefined)}
      >
        <Icon name="outdent" />
      </ToolButton>
      <ToolButton
        label="Indent"
        onClick={() => editor.dispatchCommand(INDENT_CONTENT_COMMAND, undefined)}
      >
        <Icon name="indent" />
      </ToolButton>
      <span className="bbe-sep" aria-hidden="true" />
      <ToolButton
        label="Quote"
        pressed={state.blockType === 'quote'}
        disabled={blockLocked}
        onClick={() => setBlock(state.blockType === 'quote' ? 'paragraph' : 'quote')}
      >
        <Icon name="quote" />
      </ToolButton>
      <LinkTool isLink={state.isLink} linkUrl={state.linkUrl} disabled={!state.hasSelection} />
      <TableTool />
      <ImageTool defaultMark={defaultMark} />
      <span className="bbe-sep" aria-hidden="true" />
      <label className="bbe-mark-select">
        <span aria-hidden="true">Mark</span>
        <select
          className="bbe-select"
          aria-label="Portion mark of selected blocks"
          value={state.mark === '' || state.mark === 'mixed' ? '' : state.mark}
          disabled={!state.hasSelection}
          onChange={(e) => editor.update(() => void $setBlockMarks(e.target.value))}
        >
          {(state.mark === '' || state.mark === 'mixed') && (
            <option value="">{state.mark === 'mixed' ? 'Mixed' : `(${defaultMark})`}</option>
          )}
          {markOptions(state.mark).map((m) => (
            <option key={m} value={m}>
              ({m})
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
