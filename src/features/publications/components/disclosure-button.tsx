import type { MouseEvent, ReactNode } from 'react';

interface Props {
  /** What the toggle says while closed ("See more") and while open ("See less"). */
  showLabel: ReactNode;
  hideLabel: ReactNode;
  className?: string;
  /** For a toggle inside a toolbar, which moves focus with the arrow keys. */
  tabIndex?: number;
  onFocus?: () => void;
}

/**
 * A native disclosure: a `<details>` that holds only its `<summary>` ("See more", "+ 3 more
 * authors"). What it shows and hides sits next to it, in an element of the `group/disclosure`
 * class, and follows its `open` state in CSS (`whileOpen`, `whileClosed`). So it works in the
 * prerendered page before hydration and without JavaScript, and React holds no state that the page
 * could contradict.
 */
export function DisclosureButton({ showLabel, hideLabel, className = '', tabIndex, onFocus }: Props) {
  return (
    <details className={className}>
      <summary
        tabIndex={tabIndex}
        onFocus={onFocus}
        onClick={keepInViewWhenClosing}
        className="inline rounded-sm font-medium text-indigo-700 underline underline-offset-4 hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-100 [&::-webkit-details-marker]:hidden"
      >
        <span className="[[open]>summary>&]:hidden">{showLabel}</span>
        <span className="[:not([open])>summary>&]:hidden">{hideLabel}</span>
      </summary>
    </details>
  );
}

/** Shown only while the group's disclosure is open (display: inline then). */
export const whileOpen = 'hidden group-has-[>details[open]]/disclosure:inline';
/** Hidden while the group's disclosure is open. */
export const whileClosed = 'group-has-[>details[open]]/disclosure:hidden';

/** Hiding text above the toggle moves it up, off screen when the visitor had scrolled to it. */
function keepInViewWhenClosing(event: MouseEvent<HTMLElement>) {
  const details = event.currentTarget.parentElement;
  if (!(details instanceof HTMLDetailsElement) || !details.open) return;
  event.preventDefault();
  details.open = false;
  event.currentTarget.scrollIntoView({ block: 'nearest' });
}
