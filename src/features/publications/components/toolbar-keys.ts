import type { KeyboardEvent } from 'react';

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** The controls of a toolbar, in order: links, enabled buttons and disclosure toggles, if shown. */
export function toolbarItems(toolbar: HTMLElement | null, { shownOnly = true } = {}): HTMLElement[] {
  const items = [
    // In :is(), or jsdom lists the matches selector by selector instead of in document order.
    ...(toolbar?.querySelectorAll<HTMLElement>(':is(a[href], button:not(:disabled), summary)') ?? []),
  ];
  // A collapsed author list hides names in CSS. (jsdom has no layout, hence no checkVisibility.)
  return shownOnly ? items.filter((item) => !('checkVisibility' in item) || item.checkVisibility()) : items;
}

/**
 * The toolbar pattern's keys: arrows move focus to the next or previous control (wrapping around),
 * Home and End to the first and last. The buttons keep track of which one holds the Tab stop.
 */
export function moveFocusInToolbar(event: KeyboardEvent<HTMLElement>) {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const buttons = toolbarItems(event.currentTarget);
  const current = buttons.indexOf(event.target as HTMLElement);
  const step = STEPS[event.key];
  let next: number;
  if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = buttons.length - 1;
  else if (step !== undefined && current >= 0) next = (current + step + buttons.length) % buttons.length;
  else return;
  event.preventDefault();
  buttons[next]?.focus();
}
