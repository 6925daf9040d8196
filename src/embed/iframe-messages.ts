/** The iframe page tells its parent its content's height, in CSS pixels. */
export const RESIZE_MESSAGE = 'researcher-profile:resize';
/** The host script asks every frame for its height again (it may have missed the first message). */
export const MEASURE_MESSAGE = 'researcher-profile:measure';

/** A height worth acting on, or null for anything else a page might post. */
export function readResizeMessage(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== RESIZE_MESSAGE || typeof height !== 'number' || !Number.isFinite(height)) return null;
  return Math.min(Math.max(Math.ceil(height), 0), 1_000_000);
}

export const isMeasureRequest = (data: unknown) =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === MEASURE_MESSAGE;
