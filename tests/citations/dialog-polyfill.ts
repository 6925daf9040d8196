/**
 * jsdom has <dialog> but not showModal() or close(). This stand-in opens and closes it and fires
 * `close`, which is all the components rely on; Esc and the focus trap are the browser's, and the
 * browser tests (tests/e2e/citations.e2e.ts) check them.
 */
export function polyfillDialog(): void {
  const proto = HTMLDialogElement.prototype;
  if (typeof proto.showModal === 'function') return;
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
