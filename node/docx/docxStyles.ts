// Named Word styles and list numbering of an exported briefing book: the DOCX counterpart of core/pdf/styles.ts.
import { AlignmentType, BorderStyle, LevelFormat, ShadingType, type IStylesOptions } from 'docx';

/** Style IDs the import relies on to tell marks, citations and non-text lines from the officer's words. */
export const DOCX_STYLE = {
  portionMark: 'PortionMark',
  citation: 'Citation',
  cleared: 'ClearedLanguage',
  ifRaised: 'IfRaised',
  tableMark: 'TableMark',
  banner: 'Banner',
  tabTitle: 'Heading1',
} as const;

const NAVY = '14365D';
const GREY = '555555';

export const DOCX_STYLES: IStylesOptions = {
  default: { document: { run: { font: 'Calibri', size: 21 } } },
  paragraphStyles: [
    {
      id: DOCX_STYLE.cleared,
      name: 'Cleared Language',
      basedOn: 'Normal',
      run: { color: NAVY },
      paragraph: {
        border: { left: { style: BorderStyle.SINGLE, size: 18, color: '1A4F8B', space: 6 } },
        shading: { type: ShadingType.CLEAR, fill: 'EEF3F9', color: 'auto' },
        indent: { left: 200 },
        spacing: { after: 120 },
      },
    },
    {
      id: DOCX_STYLE.ifRaised,
      name: 'If Raised',
      basedOn: 'Normal',
      paragraph: { keepNext: true, spacing: { after: 40 } },
    },
    {
      id: DOCX_STYLE.tableMark,
      name: 'Table Mark',
      basedOn: 'Normal',
      run: { bold: true, size: 17 },
      paragraph: { keepNext: true, spacing: { after: 40 } },
    },
    {
      id: DOCX_STYLE.banner,
      name: 'Banner',
      basedOn: 'Normal',
      run: { bold: true, size: 18 },
      paragraph: { alignment: AlignmentType.CENTER },
    },
  ],
  characterStyles: [
    { id: DOCX_STYLE.portionMark, name: 'Portion Mark', run: { bold: true } },
    { id: DOCX_STYLE.citation, name: 'Citation', run: { size: 17, color: GREY } },
  ],
};

/** Numbered lists: one abstract numbering, a fresh instance per list so each restarts at its start. */
export const ORDERED_LIST = 'ordered-list';

export const DOCX_NUMBERING = {
  config: [
    {
      reference: ORDERED_LIST,
      levels: Array.from({ length: 9 }, (_, level) => ({
        level,
        format: LevelFormat.DECIMAL,
        text: `%${level + 1}.`,
        alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
      })),
    },
  ],
};
