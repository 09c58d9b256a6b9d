/**
 * The few `chrome.*` calls the end-to-end tests evaluate inside the extension's service worker
 * (worker.evaluate). The extension itself uses webextension-polyfill's `browser`.
 */
declare namespace chrome {
  namespace tabs {
    function query(info: object): Promise<Array<{ id?: number; url?: string; active?: boolean; index: number; windowId: number }>>;
    function create(props: { url?: string; active?: boolean }): Promise<{ id?: number }>;
  }
  namespace contextMenus {
    function update(id: string, props: object): Promise<void>;
    /** dispatch() runs the listeners the worker registered, as Chrome does on a click (tests/e2e/check-link.spec.ts). */
    const onClicked: { hasListeners(): boolean; dispatch(info: object, tab?: object): void };
  }
  namespace webNavigation {
    const onBeforeNavigate: { hasListeners(): boolean };
  }
  namespace declarativeNetRequest {
    function getSessionRules(): Promise<Array<{ id: number; condition: { requestDomains?: string[]; regexFilter?: string } }>>;
  }
  namespace scripting {
    function getRegisteredContentScripts(): Promise<Array<{ id: string; excludeMatches?: string[] }>>;
  }
  namespace runtime {
    const onMessage: { hasListeners(): boolean };
  }
  namespace action {
    function getBadgeText(details: { tabId: number }): Promise<string>;
    function getTitle(details: { tabId: number }): Promise<string>;
  }
  namespace storage {
    const session: { get(key: string | null): Promise<Record<string, unknown>>; set(items: object): Promise<void>; remove(key: string): Promise<void> };
    const local: { get(key: string | null): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
  }
}
