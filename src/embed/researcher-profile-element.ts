import { mountProfile, type MountedProfile, type MountOptions } from '../entry/mount-profile';
import { embedText } from '../i18n/embed';
import { languageOf } from '../i18n/load-messages';
import { createHistoryLocation, createMemoryLocation, type LocationAdapter } from '../lib/location';
import { headingLevelFrom, themeFrom, urlPrefixFrom } from './element-options';
import { loadedMessages, loadLanguage } from './element-messages';
import { emit, EVENTS, type ErrorEventDetail } from './events';
import { createPrefixedLocation } from './prefixed-location';
import { shadowStyleSheet } from './shadow-style-sheet';
import { sourceFromSrc } from './source-from-src';
import { renderSourceProblem } from './source-problem';

/**
 * `<researcher-profile src="…/slug.json">`: the profile in an open shadow root, styled by one
 * constructable stylesheet (allowed under a strict CSP, unlike a `<style>` element). It reads its
 * attributes on every change and renders in place; disconnected, it unmounts React and lets go of
 * every listener.
 */
export class ResearcherProfileElement extends HTMLElement {
  static observedAttributes = ['src', 'lang', 'theme', 'sync-url', 'url-prefix', 'heading-level', 'id'];

  #mounted: MountedProfile | undefined;
  #mountedSrc: string | undefined;
  #container: HTMLDivElement | undefined;
  #location: { key: string; adapter: LocationAdapter } | undefined;
  #ready = false;
  #lastReport = '';

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [shadowStyleSheet()];
  }

  connectedCallback() {
    this.#render();
  }

  disconnectedCallback() {
    // Moving the element (disconnect, then connect in the same task) keeps its state.
    queueMicrotask(() => {
      if (!this.isConnected) this.#teardown();
    });
  }

  attributeChangedCallback() {
    if (this.isConnected) this.#render();
  }

  #render() {
    const src = this.getAttribute('src');
    const headingLevel = headingLevelFrom(this.getAttribute('heading-level'));
    const language = languageOf(
      this.getAttribute('lang') ?? this.parentElement?.closest('[lang]')?.getAttribute('lang'),
    );
    const messages = loadedMessages(language);
    if (!messages) {
      // Rendered again once the language is here (in English if it cannot be loaded).
      const again = () => void (this.isConnected && this.#render());
      loadLanguage(language).then(again, (error: unknown) => {
        this.#emitError({ name: 'LanguageLoadError', message: String(error) });
        again();
      });
      return;
    }
    const theme = themeFrom(this.getAttribute('theme'));
    const result = sourceFromSrc(src, this.ownerDocument.baseURI);

    if (!result.ok || src !== this.#mountedSrc) this.#teardown();
    const container = this.#containerElement();
    if (!result.ok) {
      const missing = result.reason === 'missing';
      const text = missing
        ? embedText(messages).missingSource
        : embedText(messages).unusableSource(src ?? '');
      renderSourceProblem(container, {
        title: embedText(messages).sourceTitle,
        text,
        headingLevel,
        theme,
        lang: messages.lang,
      });
      this.#emitError({ name: missing ? 'MissingSource' : 'UnusableSource', message: text });
      return;
    }

    const options: MountOptions = {
      source: result.source,
      location: this.#locationAdapter(),
      messages,
      theme,
      headingLevel,
      onViewChange: (report) => {
        // Effects may run twice for one view (Strict Mode, a remount): the host hears each view once.
        const key = JSON.stringify(report);
        if (this.#ready && key === this.#lastReport) return;
        this.#lastReport = key;
        emit(this, this.#ready ? EVENTS.change : EVENTS.ready, { ...report, src });
        this.#ready = true;
      },
      onError: (error) =>
        this.#emitError({
          name: error instanceof Error ? error.name : 'Error',
          message: error instanceof Error ? error.message : String(error),
        }),
    };
    if (this.#mounted) this.#mounted.update(options);
    else {
      container.replaceChildren();
      this.#mounted = mountProfile(container, options);
      this.#mountedSrc = src ?? undefined;
      this.#ready = false;
    }
  }

  #emitError(detail: Omit<ErrorEventDetail, 'src'>) {
    emit(this, EVENTS.error, { ...detail, src: this.getAttribute('src') ?? '' } satisfies ErrorEventDetail);
  }

  /** In memory unless `sync-url` asks for the host's URL; kept while its settings stay the same. */
  #locationAdapter(): LocationAdapter {
    const sync = this.hasAttribute('sync-url');
    const prefix = urlPrefixFrom(this.getAttribute('url-prefix'), this.id);
    const key = sync ? `url:${prefix}` : 'memory';
    if (this.#location?.key !== key) {
      const view = this.ownerDocument.defaultView;
      const adapter =
        sync && view ? createPrefixedLocation(createHistoryLocation(view), prefix) : createMemoryLocation();
      this.#location = { key, adapter };
    }
    return this.#location.adapter;
  }

  #containerElement(): HTMLDivElement {
    if (!this.#container) {
      this.#container = this.ownerDocument.createElement('div');
      this.shadowRoot?.append(this.#container);
    }
    return this.#container;
  }

  #teardown() {
    this.#mounted?.unmount();
    this.#mounted = undefined;
    this.#mountedSrc = undefined;
    this.#container?.remove();
    this.#container = undefined;
    this.#ready = false;
  }
}
