// What end-to-end tests call inside extension pages and the worker via `evaluate` (code that runs in
// the browser, where the real `chrome` exists).
declare const chrome: {
  storage: {
    local: {
      get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
    };
  };
  runtime: {
    sendMessage(message: unknown): Promise<{ ok: boolean; value?: unknown; error?: unknown } | undefined>;
    reload(): void;
  };
  action: { getBadgeText(details: { tabId?: number }): Promise<string> };
};
