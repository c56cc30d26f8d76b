/**
 * The content script's lifetime, in place of WXT's `ContentScriptContext` (wxt.config.ts aliases
 * `wxt/utils/content-script-context` to this file in content-script bundles, so WXT's entry wrapper
 * constructs this class).
 *
 * Why not WXT's own: at start-up it announced itself to the page, `window.postMessage` to `*` with
 * the extension's runtime id in the event name, and it stopped itself on a matching `CustomEvent`
 * on `document`, which any page script can dispatch (issue 12: 39 badges → 0). This one says nothing
 * to the page and listens to nothing the page can send: it ends only when the extension is gone
 * (reloaded, updated, removed) or when the code holding it aborts it. Which of two instances on one
 * page runs is decided in the isolated world (instance-claim.ts), out of the page's reach.
 */
import { browser } from 'wxt/browser';

/** What the content script's code uses of its context (the entry wrapper passes the class below). */
export interface ScriptLifetime {
  readonly signal: AbortSignal;
  readonly isInvalid: boolean;
  readonly isValid: boolean;
  abort(reason?: unknown): void;
  onInvalidated(cb: () => void): () => void;
  setTimeout(handler: () => void, timeout?: number): number;
  setInterval(handler: () => void, timeout?: number): number;
}

export class ContentScriptContext implements ScriptLifetime {
  private readonly controller = new AbortController();

  /** `name` and `options` are what WXT's entry wrapper passes; kept for its call signature. */
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Ends this instance: every `onInvalidated` listener runs once. */
  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  /** True once aborted, or once the extension is gone (an orphan's `runtime.id` is undefined). */
  get isInvalid(): boolean {
    if (!this.signal.aborted && browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }
}
