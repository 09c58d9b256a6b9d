import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface PopupTab {
  id: string;
  label: string;
  content: ComponentChildren;
}

export interface PopupTabsProps {
  tabs: readonly PopupTab[];
  selected: string;
  onSelect: (id: string) => void;
  /** Accessible name of the tab list. */
  label: string;
}

/**
 * WAI-ARIA tabs: one tab stop, arrow keys / Home / End move and select. Every panel stays in the
 * DOM (hidden unless selected), so local content such as phone numbers is there at once and
 * find-in-page and tests see it. https://www.w3.org/WAI/ARIA/apg/patterns/tabs/
 */
export function PopupTabs({ tabs, selected, onSelect, label }: PopupTabsProps) {
  const list = useRef<HTMLDivElement>(null);
  const index = Math.max(0, tabs.findIndex((x) => x.id === selected));
  const current = tabs[index]?.id;
  function move(to: number) {
    const n = tabs.length;
    const next = tabs[((to % n) + n) % n];
    if (!next) return;
    onSelect(next.id);
    list.current?.querySelector<HTMLButtonElement>(`#tab-${next.id}`)?.focus();
  }
  return (
    <div class="tabs">
      <div
        class="tablist"
        role="tablist"
        aria-label={label}
        ref={list}
        onKeyDown={(e) => {
          if (e.key === 'ArrowRight') move(index + 1);
          else if (e.key === 'ArrowLeft') move(index - 1);
          else if (e.key === 'Home') move(0);
          else if (e.key === 'End') move(tabs.length - 1);
          else return;
          e.preventDefault();
        }}
      >
        {tabs.map((x) => (
          <button
            key={x.id}
            id={`tab-${x.id}`}
            type="button"
            role="tab"
            aria-selected={x.id === current}
            aria-controls={`panel-${x.id}`}
            tabIndex={x.id === current ? 0 : -1}
            onClick={() => onSelect(x.id)}
          >
            {x.label}
          </button>
        ))}
      </div>
      {tabs.map((x) => (
        <div
          key={x.id}
          class="tabpanel"
          role="tabpanel"
          id={`panel-${x.id}`}
          aria-labelledby={`tab-${x.id}`}
          tabIndex={0}
          hidden={x.id !== current}
        >
          {x.content}
        </div>
      ))}
    </div>
  );
}
