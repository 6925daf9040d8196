import type { ViewReport } from '../lib/view-report';

/** Bubbling, composed events a host page can listen to (documented in the README). */
export const EVENTS = {
  ready: 'researcher-profile:ready',
  change: 'researcher-profile:change',
  error: 'researcher-profile:error',
} as const;

/** `ready`: the profile and its list are on screen; `change`: the list now shows something else. */
export type ViewEventDetail = ViewReport & { src: string };

export interface ErrorEventDetail {
  src: string;
  /** `MissingSource`, `UnusableSource`, `ProfileNotFoundError`, `InvalidProfileError`, `ProfileLoadError`, … */
  name: string;
  message: string;
}

export function emit(target: EventTarget, type: string, detail: unknown): void {
  target.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
}
