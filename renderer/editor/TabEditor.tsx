// The Lexical editor for one tab: toolbar, marked blocks, framework quotes; mounted with key={tab.id}.
import { useMemo, useRef, type Ref } from 'react';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import type { Tab } from '../../core/book/schema';
import type { SerializedEditorState } from '../../core/book/lexical';
import type { FieldValues } from '../../core/book/fields';
import type { FrameworkBundle } from '../../core/framework/bundle';
import type { TabEditorCommands } from './frameworkInsertItem';
import { isAllowedLinkUrl } from './linkUrl';
import { checkTabContent } from './loadContent';
import { EDITOR_NODES } from './nodes';
import { SectionNode } from './SectionNode';
import { sectionedContent } from './sections';
import { SectionsPlugin } from './plugins/SectionsPlugin';
import { CommandsPlugin } from './plugins/CommandsPlugin';
import { ControlledTypingPlugin } from './plugins/ControlledTypingPlugin';
import { DefaultMarkPlugin, FrameworkQuoteGuardPlugin } from './plugins/GuardPlugins';
import { FieldValuesPlugin } from './plugins/FieldValuesPlugin';
import { FindHighlightPlugin, type FindHighlighter } from './plugins/FindHighlightPlugin';
import { JsonChangePlugin } from './plugins/JsonChangePlugin';
import { KeySelectionSyncPlugin } from './plugins/KeySelectionSyncPlugin';
import { MarkDecorationsPlugin } from './plugins/MarkDecorationsPlugin';
import { MarkMenuPlugin } from './plugins/MarkMenuPlugin';
import { TableMenuPlugin } from './plugins/TableMenuPlugin';
import { PlaceholderPlugins } from './plugins/PlaceholderPlugins';
import { QuoteToolsPlugin } from './plugins/QuoteToolsPlugin';
import type { PlaceholderNav } from './placeholderNav';
import { editorTheme } from './theme';
import { Toolbar } from './Toolbar';
import './editorFonts.css';
import './editor.css';
import './ImageView'; // registers the image block's view

export interface TabEditorProps {
  tab: Tab;
  /** Receives the whole tab content after edits (debounced; flushed on blur, unmount and `flush()`). */
  onChange(content: SerializedEditorState): void;
  commandsRef?: Ref<TabEditorCommands>;
  /** Placeholder navigation (F8) and jump-to-block for the Readiness panel. */
  navRef?: Ref<PlaceholderNav>;
  /** Find-and-replace highlights in this tab (FindBar). */
  findRef?: Ref<FindHighlighter>;
  readOnly?: boolean;
  /** The book's details as field values: every field node shows these (kept in step on change). */
  fieldValues?: FieldValues;
  /** The bundled framework: talking points' sanctioned slots and Tailor read it. */
  framework?: FrameworkBundle;
}

/** Edits `tab.content`. The content is read once on mount: remount (key) to load other content. */
export function TabEditor({
  tab,
  onChange,
  commandsRef,
  navRef,
  findRef,
  readOnly = false,
  fieldValues,
  framework,
}: TabEditorProps) {
  const flushRef = useRef<(() => void) | null>(null);
  // Read once: the editor owns the content from here on (the parent remounts it per tab).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const check = useMemo(() => checkTabContent(tab.content), []);
  const initialConfig = useMemo<InitialConfigType | null>(
    () =>
      check.ok
        ? {
            namespace: `tab-${tab.id}`,
            nodes: [...EDITOR_NODES, SectionNode],
            theme: editorTheme,
            editable: !readOnly,
            // A very long tab loads in sections (sections.ts); `check` validated the same content.
            editorState: JSON.stringify(sectionedContent(tab.content)),
            onError: (error) => console.error(`Editor error in tab "${tab.title}":`, error),
          }
        : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  if (!initialConfig) {
    return (
      <div className="bbe-load-error" role="alert">
        <strong>This tab's content could not be opened, so it has not been changed.</strong>
        <pre>{check.ok ? '' : check.error}</pre>
      </div>
    );
  }

  const label = `${tab.title} content`;
  return (
    <div className="bbe-editor" data-readonly={readOnly || undefined}>
      <LexicalComposer initialConfig={initialConfig}>
        {!readOnly && <Toolbar defaultMark={tab.defaultMark} />}
        <div className="bbe-surface">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="bbe-content"
                aria-label={label}
                aria-multiline
                spellCheck
                aria-placeholder={`Write the ${tab.title.toLowerCase()} here…`}
                placeholder={
                  <div className="bbe-placeholder">Write the {tab.title.toLowerCase()} here…</div>
                }
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
          <MarkMenuPlugin readOnly={readOnly} />
          <TableMenuPlugin readOnly={readOnly} />
        </div>
        <SectionsPlugin label={label} />
        <HistoryPlugin />
        {!readOnly && <ControlledTypingPlugin />}
        {!readOnly && <KeySelectionSyncPlugin />}
        <ListPlugin />
        <LinkPlugin validateUrl={isAllowedLinkUrl} />
        <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} />
        <DefaultMarkPlugin defaultMark={tab.defaultMark} />
        <FrameworkQuoteGuardPlugin />
        <MarkDecorationsPlugin />
        <FieldValuesPlugin values={fieldValues} />
        <QuoteToolsPlugin
          framework={framework}
          country={fieldValues?.['country.name']}
          readOnly={readOnly}
        />
        <PlaceholderPlugins navRef={navRef} />
        <FindHighlightPlugin findRef={findRef} />
        <JsonChangePlugin onChange={onChange} flushRef={flushRef} />
        <CommandsPlugin
          commandsRef={commandsRef}
          defaultMark={tab.defaultMark}
          flushRef={flushRef}
          readOnly={readOnly}
        />
      </LexicalComposer>
    </div>
  );
}
