import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';

interface Props {
  expanded: boolean;
  /** The id of the element this button shows and hides. */
  controls: string;
  onToggle: () => void;
  className?: string;
  /** For a button inside a toolbar, which moves focus with the arrow keys. */
  tabIndex?: number;
  onFocus?: () => void;
  children: ReactNode;
}

/** A text-style button that shows or hides another element ("See more", "+ 3 more authors"). */
export function DisclosureButton({
  expanded,
  controls,
  onToggle,
  className = '',
  tabIndex,
  onFocus,
  children,
}: Props) {
  const toggle = (button: HTMLButtonElement) => {
    if (!expanded) return onToggle();
    flushSync(onToggle);
    // Hiding text above the button moves it up, off screen when the visitor had scrolled to it.
    button.scrollIntoView({ block: 'nearest' });
  };
  return (
    <button
      type="button"
      aria-expanded={expanded}
      aria-controls={controls}
      tabIndex={tabIndex}
      onFocus={onFocus}
      onClick={(event) => toggle(event.currentTarget)}
      className={`rounded-sm font-medium text-indigo-700 underline underline-offset-4 hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-100 ${className}`}
    >
      {children}
    </button>
  );
}
