// Renders one template block into marked, serialized Lexical blocks for one country and meeting.
import type { TemplateBlock } from '../templates/schema';
import type { FrameworkBundle } from '../framework/bundle';
import type { CountriesFile, Country } from '../countries/schema';
import type { SerializedNode } from './lexical';
import type { Meeting, Person } from './schema';
import { loadAuthorities } from '../data/authorities';
import type { AuthoritiesFile } from '../data/authoritiesSchema';
import { citeCountryFacts } from '../data/factCitations';
import { fillInline, type PlaceholderValues } from './placeholders';
import { ask, fieldNode, type FieldName } from './fields';
import {
  frameworkQuote,
  heading,
  list,
  paragraph,
  table,
  withMark,
  type Inline,
} from './lexicalBuilders';
import { holdsFor, objectiveQuoteText, selectObjectives, selectTalkingPoints } from './select';

/** Everything a block needs; `used` keeps a framework item from being inserted twice in one book. */
export interface BlockContext {
  framework: FrameworkBundle;
  countries: CountriesFile;
  country: Country;
  meeting: Meeting;
  values: PlaceholderValues;
  used: Set<string>;
  /** The authorities to cite (a country-facts pack's); default: the bundled ones. */
  authorities?: AuthoritiesFile;
}

/** Framework items not yet used in this book, marking them used. */
function fresh<T extends { id: string }>(items: T[], used: Set<string>): T[] {
  const out = items.filter((item) => !used.has(item.id));
  for (const item of out) used.add(item.id);
  return out;
}

/** A participants row whose cells are fields bound to the counterpart's or principal's details. */
function personRow(
  side: string,
  who: 'principal' | 'counterpart',
  values: PlaceholderValues,
  person: Person | null,
): Inline[] {
  const field = (name: FieldName) => [fieldNode(name, values[name])];
  return [
    side,
    field(`${who}.name`),
    field(`${who}.title`),
    who === 'counterpart'
      ? field('counterpart.nativeName')
      : (person?.nativeName ?? (person ? '' : ask('name in native script'))),
  ];
}

/**
 * One line per fact, citing the authority a desk officer would cite and its as-of date; the
 * compiler's sources and notes stay in the data (shown in the app, not printed).
 */
function countryFacts(ctx: BlockContext): SerializedNode[] {
  const facts = citeCountryFacts(ctx.country, ctx.countries, ctx.authorities ?? loadAuthorities());
  return [list(facts.map((f) => f.printed))];
}

/** The unmarked nodes for one block (empty when its rule selects nothing). */
function render(block: TemplateBlock, ctx: BlockContext): SerializedNode[] {
  // Details become live fields; everything else is filled in as text.
  const fill = (text: string) => fillInline(text, ctx.values);
  switch (block.type) {
    case 'heading':
      return [heading(block.level, fill(block.text))];
    case 'paragraph':
      return [paragraph(fill(block.text))];
    case 'bullets':
      return [list(block.items.map(fill), block.ordered ?? false)];
    case 'objectives':
      return fresh(
        selectObjectives(ctx.framework, block.topics, block.limit, block.ids),
        ctx.used,
      ).map((o) =>
        frameworkQuote({
          itemId: o.id,
          itemKind: 'objective',
          cites: [o.id],
          text: objectiveQuoteText(o),
        }),
      );
    case 'talking-points':
      return fresh(
        selectTalkingPoints(
          ctx.framework,
          block.kind,
          block.topics,
          ctx.country,
          block.limit,
          block.ids,
        ),
        ctx.used,
      ).map((tp) =>
        frameworkQuote({
          itemId: tp.id,
          itemKind: tp.kind === 'point' ? 'talking-point' : 'if-raised',
          cites: tp.cites,
          text: tp.text,
          ...(tp.raised !== undefined ? { raised: tp.raised } : {}),
        }),
      );
    case 'country-facts':
      return countryFacts(ctx);
    case 'participants-table':
      return [
        table(
          ['Side', 'Name', 'Title', 'Name in native script'],
          [
            personRow('U.S.', 'principal', ctx.values, ctx.meeting.principal),
            personRow(ctx.country.name, 'counterpart', ctx.values, ctx.meeting.counterpart),
            ['U.S.', [fieldNode('delegation', ctx.values.delegation)], '', ''],
            [ctx.country.name, ask('delegation member'), '', ''],
          ],
        ),
      ];
    case 'schedule-table':
      return [
        table(
          ['Time', 'Event', 'Place', 'Press'],
          [
            [
              ask('time'),
              ask('event'),
              [fieldNode('meeting.city', ctx.values['meeting.city'])],
              ask('OPEN PRESS or CLOSED'),
            ],
          ],
        ),
      ];
  }
}

/**
 * The marked blocks one template block contributes: nothing when its `when` fails for the
 * country; otherwise every top-level node carries the block's mark or the tab's default.
 */
export function renderBlock(
  block: TemplateBlock,
  tabDefaultMark: string,
  ctx: BlockContext,
): SerializedNode[] {
  if (!holdsFor(ctx.country, block.when)) return [];
  const mark = block.mark ?? tabDefaultMark;
  return render(block, ctx).map((node) => withMark(node, mark));
}
