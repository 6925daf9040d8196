import type { ReactNode } from 'react';

interface Props {
  expanded: boolean;
  /** The id of the element this button shows and hides. */
  controls: string;
  onToggle: () => void;
  className?: string;
  children: ReactNode;
}

/** A text-style button that shows or hides another element ("See more", "+ 3 more authors"). */
export function DisclosureButton({ expanded, controls, onToggle, className = '', children }: Props) {
  return (
    <button
      type="button"
      aria-expanded={expanded}
      aria-controls={controls}
      onClick={onToggle}
      className={`rounded-sm font-medium text-indigo-700 underline underline-offset-4 hover:text-indigo-900 dark:text-indigo-300 dark:hover:text-indigo-100 ${className}`}
    >
      {children}
    </button>
  );
}
