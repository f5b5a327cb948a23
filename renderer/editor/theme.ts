// Lexical theme: the class names the editor's DOM gets (styled in editor.css, prefix "bbe-").
import type { EditorThemeClasses } from 'lexical';

/** Class-name map passed to LexicalComposer; framework-quote keys are read by FrameworkQuoteNode.createDOM. */
export const editorTheme: EditorThemeClasses & Record<string, unknown> = {
  root: 'bbe-root',
  paragraph: 'bbe-p',
  quote: 'bbe-quote',
  heading: { h1: 'bbe-h1', h2: 'bbe-h2', h3: 'bbe-h3', h4: 'bbe-h4', h5: 'bbe-h5', h6: 'bbe-h6' },
  list: {
    ul: 'bbe-ul',
    ol: 'bbe-ol',
    listitem: 'bbe-li',
    nested: { listitem: 'bbe-li-nested' },
    olDepth: ['bbe-ol1', 'bbe-ol2', 'bbe-ol3', 'bbe-ol4', 'bbe-ol5'],
    ulDepth: ['bbe-ul1', 'bbe-ul2', 'bbe-ul3', 'bbe-ul4', 'bbe-ul5'],
  },
  link: 'bbe-link',
  table: 'bbe-table',
  tableRow: 'bbe-tr',
  tableCell: 'bbe-td',
  tableCellHeader: 'bbe-th',
  tableSelection: 'bbe-table-selection',
  tableCellSelected: 'bbe-cell-selected',
  text: {
    bold: 'bbe-bold',
    italic: 'bbe-italic',
    underline: 'bbe-underline',
    strikethrough: 'bbe-strike',
    underlineStrikethrough: 'bbe-underline-strike',
    code: 'bbe-code',
    subscript: 'bbe-sub',
    superscript: 'bbe-sup',
    highlight: 'bbe-highlight',
  },
  frameworkQuote: 'bbe-fq',
  frameworkQuoteHeader: 'bbe-fq-header',
  frameworkQuoteKind: 'bbe-fq-kind',
  frameworkQuoteChip: 'bbe-fq-chip',
  frameworkQuoteRaised: 'bbe-fq-raised',
  frameworkQuoteText: 'bbe-fq-text',
};
