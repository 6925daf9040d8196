import { useLayoutEffect, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import { moveFocusInToolbar, toolbarItems } from './toolbar-keys';

interface Props {
  label: string;
  className?: string;
  children: ReactNode;
}

/**
 * Links and buttons behind one Tab stop (the toolbar pattern): arrow keys, Home and End move between
 * them, and Tab comes back to the one used last. Works for any controls its children render.
 */
export function RovingToolbar({ label, className, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  useLayoutEffect(() => {
    // Asking which controls are shown recalculates the page's style, and this runs for every card
    // that mounts: asked only once a later control was used (the first one is always shown).
    const items = toolbarItems(ref.current, { shownOnly: active > 0 });
    const current = Math.min(active, items.length - 1);
    items.forEach((item, index) => (item.tabIndex = index === current ? 0 : -1));
  });
  const remember = (event: FocusEvent<HTMLDivElement>) => {
    const index = toolbarItems(ref.current).indexOf(event.target);
    if (index >= 0) setActive(index);
  };
  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label={label}
      onKeyDown={moveFocusInToolbar}
      onFocus={remember}
      className={className}
    >
      {children}
    </div>
  );
}
