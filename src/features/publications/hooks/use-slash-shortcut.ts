import { useEffect, type RefObject } from 'react';

/**
 * `/` focuses the search box from anywhere on the page, except while typing in another field. Inside
 * a shadow root (the embed) it listens there only: the key works while focus is inside the widget,
 * and the host page's own keys are never taken.
 */
export function useSlashShortcut(inputRef: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    const scope = input.getRootNode() as Document | ShadowRoot;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented)
        return;
      if (isEditable(event.composedPath()[0] ?? event.target)) return;
      event.preventDefault();
      input.focus();
      input.select();
    };
    scope.addEventListener('keydown', onKeyDown as EventListener);
    return () => scope.removeEventListener('keydown', onKeyDown as EventListener);
  }, [inputRef]);
}

const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file']);

function isEditable(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  return tag === 'input' && !NON_TEXT_INPUTS.has((element as HTMLInputElement).type);
}
