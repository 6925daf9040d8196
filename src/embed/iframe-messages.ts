/** The one message the iframe page sends its parent: its content's height in CSS pixels. */
export const RESIZE_MESSAGE = 'researcher-profile:resize';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE;
  height: number;
}

/** A height worth acting on, or null for anything else a page might post. */
export function readResizeMessage(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, height } = data as Partial<ResizeMessage>;
  if (type !== RESIZE_MESSAGE || typeof height !== 'number' || !Number.isFinite(height)) return null;
  return Math.min(Math.max(Math.ceil(height), 0), 1_000_000);
}
