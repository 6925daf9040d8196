// A worker of its own (docs/decisions/003): the page's thread stays free while a large profile is
// parsed and checked.
import { readProfileBody, type ReaderMessage } from './profile-reader';

// The worker's global scope (the project's types describe a window).
const scope = globalThis as unknown as {
  postMessage(message: ReaderMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<Uint8Array[]>) => void): void;
};
const post = (message: ReaderMessage) => scope.postMessage(message);
scope.addEventListener('message', ({ data }) => readProfileBody(data, post));
post({ kind: 'ready' });
