import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

interface Props {
  collapsed: boolean;
  onToggle(): void;
  children: ComponentChildren;
}

/**
 * The dock is a manual popover, shown at once: the browser's top layer is out of reach of
 * host-page transforms, z-index wars and overflow clipping, so no page style can move it.
 */
function Dock({ className, children }: { className: string; children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current as (HTMLDivElement & { showPopover?: () => void }) | null;
    try {
      if (el?.showPopover && !el.matches(':popover-open')) el.showPopover();
    } catch {
      // Not connected yet, or no popover support: it still shows as a fixed element.
    }
  }, []);
  return (
    <div ref={ref} class={className} popover="manual">
      {children}
    </div>
  );
}

/** The docked frame: a right-edge column that folds to a small tab, so the CRM stays usable. */
export function PanelShell({ collapsed, onToggle, children }: Props) {
  if (collapsed) {
    return (
      <Dock key="collapsed" className="occ-dock occ-dock--collapsed">
        <button type="button" class="occ-tab" aria-expanded="false" aria-controls="occ-panel" onClick={onToggle}>
          Open 1:1 panel
        </button>
      </Dock>
    );
  }
  return (
    <Dock key="open" className="occ-dock">
      <aside id="occ-panel" class="occ-panel" aria-label="1:1 Companion">
        <header class="occ-panel__bar">
          <span class="occ-brand">1:1 Companion</span>
          <button type="button" class="occ-icon-button" aria-expanded="true" aria-controls="occ-panel" onClick={onToggle}>
            Hide panel
          </button>
        </header>
        <div class="occ-panel__body">{children}</div>
      </aside>
    </Dock>
  );
}
