// Page budgets: the template schema's pageBudget (accepted and refused, named by path), the bundled budgets, matching a book tab, the display text.
import { describe, expect, it } from 'vitest';
import { findTemplate, loadTemplates, validateTemplate } from '../../../core/templates';
import { pageCountView, tabPageBudget } from '../../../core/templates/pageBudgets';
import type { Template } from '../../../core/templates/schema';

const FILE = 'templates/bilateral-space-dialogue.json';
const bilateral = (): Template =>
  structuredClone(findTemplate(loadTemplates(), 'bilateral-space-dialogue'));
const withBudget = (budget: unknown, tab = 5): unknown => {
  const t = bilateral() as unknown as { tabs: Array<Record<string, unknown>> };
  t.tabs[tab]!.pageBudget = budget;
  return t;
};

describe('template schema: pageBudget', () => {
  it('accepts a positive whole number of pages, or none', () => {
    expect(validateTemplate(withBudget(3), FILE).tabs[5]!.pageBudget).toBe(3);
    expect(validateTemplate(withBudget(50), FILE).tabs[5]!.pageBudget).toBe(50);
    const none = bilateral() as unknown as { tabs: Array<Record<string, unknown>> };
    delete none.tabs[3]!.pageBudget;
    expect(validateTemplate(none, FILE).tabs[3]!.pageBudget).toBeUndefined();
  });

  it.each([
    [0, /too small|>0|positive/i],
    [-1, /too small|>0|positive/i],
    [1.5, /int/i],
    ['1', /number/i],
    [51, /too big|<=50/i],
  ])('refuses %j, naming the file and the tab', (budget, problem) => {
    try {
      validateTemplate(withBudget(budget), FILE);
      expect.unreachable();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(
        /templates\/bilateral-space-dialogue\.json: \$\.tabs\[5\]\.pageBudget/,
      );
      expect(message).toMatch(problem);
    }
  });
});

describe('bundled budgets', () => {
  it('gives Points to Make one page and Background two in every template, and no other tab a budget', () => {
    for (const template of loadTemplates()) {
      for (const tab of template.tabs) {
        const expected =
          tab.kind === 'points-to-make' ? 1 : tab.kind === 'background' ? 2 : undefined;
        expect(tab.pageBudget, `${template.id} ${tab.title}`).toBe(expected);
      }
    }
  });
});

describe('tabPageBudget', () => {
  const template = bilateral();

  it('finds the budget of the template tab of the same kind', () => {
    expect(tabPageBudget(template, { kind: 'points-to-make', title: 'Points (renamed)' })).toBe(1);
    expect(tabPageBudget(template, { kind: 'background', title: 'Background' })).toBe(2);
    expect(tabPageBudget(template, { kind: 'press-line', title: 'Press Line' })).toBeUndefined();
  });

  it('matches on the title too when the template has several tabs of that kind', () => {
    const two = bilateral();
    two.tabs.push({ ...two.tabs[6]!, title: 'Background: history', pageBudget: 4 });
    expect(tabPageBudget(two, { kind: 'background', title: 'Background: history' })).toBe(4);
    expect(tabPageBudget(two, { kind: 'background', title: 'Background' })).toBe(2);
    expect(tabPageBudget(two, { kind: 'background', title: 'Other' })).toBeUndefined();
  });

  it('has no budget for a tab the template lacks, or without a template', () => {
    expect(tabPageBudget(template, { kind: 'custom', title: 'Notes' })).toBeUndefined();
    expect(
      tabPageBudget(undefined, { kind: 'points-to-make', title: 'Points to Make' }),
    ).toBeUndefined();
  });
});

describe('pageCountView', () => {
  it('shows a count alone without a budget', () => {
    expect(pageCountView('Press Line', 1)).toEqual({
      short: '1 p.',
      sentence: 'Prints 1 page',
      label: 'Press Line prints 1 page',
      over: false,
    });
    expect(pageCountView('Schedule', 3).sentence).toBe('Prints 3 pages');
  });

  it('reads against the budget, over only when more pages than the budget', () => {
    expect(pageCountView('Points to Make', 1, 1)).toEqual({
      short: '1 / 1 p.',
      sentence: 'Prints 1 page, within the 1-page budget',
      label: 'Points to Make prints 1 page, within the 1-page budget',
      over: false,
    });
    expect(pageCountView('Points to Make', 2, 1)).toEqual({
      short: '2 / 1 p.',
      sentence: 'Prints 2 pages, over the 1-page budget',
      label: 'Points to Make prints 2 pages, over the 1-page budget',
      over: true,
    });
    expect(pageCountView('Background', 2, 2).over).toBe(false);
    expect(pageCountView('Background', 3, 2).short).toBe('3 / 2 p.');
  });
});
