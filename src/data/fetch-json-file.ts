// One way to fetch the site's JSON files (a profile, the directory's files): the stall timer, the
// answers a static host gives, and parsing; each caller words the errors for its own file.

/** How long the page waits for the next byte of a file before it tells the visitor. */
export const STALL_TIMEOUT_MS = 15_000;

/** Why a file's bytes did not arrive; the request's own abort is rethrown as it is. */
export type FetchFailure =
  { kind: 'stalled' } | { kind: 'network' } | { kind: 'status'; status: number; statusText: string };

export type FetchedBody = { ok: true; chunks: Uint8Array[] } | { ok: false; failure: FetchFailure };

/** `url`'s body as its bytes arrive, given up after `STALL_TIMEOUT_MS` without one. */
export async function fetchBody(url: string, signal?: AbortSignal): Promise<FetchedBody> {
  const stall = stallTimer(STALL_TIMEOUT_MS, signal);
  let response: Response;
  let chunks: Uint8Array[];
  try {
    response = await fetch(url, { signal: stall.signal, headers: { Accept: 'application/json' } });
    chunks = await readChunks(response, stall.restart);
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, failure: { kind: stall.expired() ? 'stalled' : 'network' } };
  } finally {
    stall.stop();
  }
  if (!response.ok)
    return {
      ok: false,
      failure: { kind: 'status', status: response.status, statusText: response.statusText },
    };
  return { ok: true, chunks };
}

/** What the visitor reads for a failure other than a status the caller names itself. */
export function failureDetail(failure: FetchFailure): string {
  if (failure.kind === 'stalled')
    return `the server sent nothing for ${STALL_TIMEOUT_MS / 1000} seconds. Check your connection.`;
  if (failure.kind === 'network') return 'the network request failed. Check your connection.';
  return `the server answered ${failure.status} ${failure.statusText}`.trim();
}

export type ParsedJson = { ok: true; data: unknown } | { ok: false; html: boolean; message: string };

/** The text as JSON; a static host's "not found" page is HTML served with 200. */
export function parseJson(text: string): ParsedJson {
  if (/^\s*</.test(text)) return { ok: false, html: true, message: 'is a web page, not data' };
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, html: false, message: `is not valid JSON (${(error as Error).message})` };
  }
}

/** The body as text, UTF-8, as `response.text()` reads it. */
export function decodeBody(chunks: readonly Uint8Array[]): string {
  const decoder = new TextDecoder();
  return chunks.map((chunk) => decoder.decode(chunk, { stream: true })).join('') + decoder.decode();
}

/**
 * Aborts when nothing arrives for `ms` (not after `ms` in all: a large file on a slow line keeps
 * loading as long as bytes keep coming), or when `outer` aborts.
 */
function stallTimer(ms: number, outer?: AbortSignal) {
  const controller = new AbortController();
  let expired = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      expired = true;
      controller.abort();
    }, ms);
  };
  const abort = () => controller.abort();
  outer?.addEventListener('abort', abort);
  restart();
  return {
    signal: controller.signal,
    restart,
    expired: () => expired,
    stop() {
      clearTimeout(timer);
      outer?.removeEventListener('abort', abort);
    },
  };
}

/** The body's bytes as they arrive, calling `onProgress` at each chunk. */
async function readChunks(response: Response, onProgress: () => void): Promise<Uint8Array[]> {
  if (!response.body) return [new Uint8Array(await response.arrayBuffer())];
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    onProgress();
    chunks.push(value);
  }
}
