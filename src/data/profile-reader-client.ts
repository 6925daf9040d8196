import type { Profile, Publication } from './profile-schema';
import type { ReaderMessage } from './profile-reader';
import readerUrl from './profile-reader.worker?worker&url';

interface TrustedTypes {
  createPolicy(
    name: string,
    rules: { createScriptURL: () => string },
  ): { createScriptURL(url: string): unknown };
}

// The page's policy requires Trusted Types for script URLs: this policy can make only the reader's.
let policy: ReturnType<TrustedTypes['createPolicy']> | undefined;
function readerScriptUrl(): string {
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes;
  policy ??= trustedTypes?.createPolicy('profile-reader', { createScriptURL: () => readerUrl });
  return (policy?.createScriptURL(readerUrl) ?? readerUrl) as string;
}

export interface ProfileReader {
  /**
   * The profile in the body, checked, or its text when the worker could not vouch for it; null when
   * no worker runs here (no Worker, another origin's script, a host's policy): the page reads the
   * body itself then.
   */
  read(chunks: Uint8Array[], signal?: AbortSignal): Promise<Profile | string | null>;
  stop(): void;
}

/** Starts the reader's worker, so that it is ready by the time the body has arrived. */
export function startProfileReader(): ProfileReader {
  // Another origin's script (an embed) cannot start a worker from its own URL: it touches nothing of
  // the host's (no Trusted Types policy made in the host's page) and the page reads the body itself.
  if (new URL(readerUrl, location.href).origin !== location.origin)
    return { read: () => Promise.resolve(null), stop() {} };
  let worker: Worker | undefined;
  try {
    // The build writes the worker as a classic script; the dev server serves it as a module.
    worker = new Worker(readerScriptUrl(), { type: import.meta.env.DEV ? 'module' : 'classic' });
  } catch {
    worker = undefined;
  }
  // A worker that failed after saying it was ready would never answer: the page reads then.
  let failed = false;
  const ready = new Promise<boolean>((resolve) => {
    if (!worker) return resolve(false);
    worker.onmessage = ({ data }: MessageEvent<ReaderMessage>) => resolve(data.kind === 'ready');
    worker.onerror = () => {
      failed = true;
      resolve(false);
    };
  });
  const stop = () => worker?.terminate();
  return {
    stop,
    async read(chunks, signal) {
      if (!worker || !(await ready) || failed) return null;
      // Cancelled while the worker started: it is not sent a body nobody wants any more.
      signal?.throwIfAborted();
      return new Promise((resolve, reject) => {
        let head: Profile | undefined;
        const publications: Publication[] = [];
        const finish = (result: Profile | string | Error) => {
          stop();
          signal?.removeEventListener('abort', abort);
          if (result instanceof Error) reject(result);
          else resolve(result);
        };
        const abort = () => finish(signal!.reason as Error);
        signal?.addEventListener('abort', abort);
        worker.onmessage = ({ data }: MessageEvent<ReaderMessage>) => {
          if (data.kind === 'head') head = data.profile;
          // Each batch is a task of its own: the page's thread takes the profile in slices.
          else if (data.kind === 'publications') publications.push(...data.publications);
          else if (data.kind === 'done') finish({ ...head!, publications });
          else if (data.kind === 'unsure') finish(data.text);
        };
        worker.onerror = () => finish(new Error('the profile reader stopped'));
        // Handed over, not copied: the page keeps no second copy of the body.
        worker.postMessage(chunks, [...new Set(chunks.map((chunk) => chunk.buffer as ArrayBuffer))]);
      });
    },
  };
}
