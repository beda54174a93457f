import type { ComponentChildren } from 'preact';

interface Props {
  collapsed: boolean;
  onToggle(): void;
  children: ComponentChildren;
}

/** The docked frame: a right-edge column that folds to a small tab, so the CRM stays usable. */
export function PanelShell({ collapsed, onToggle, children }: Props) {
  if (collapsed) {
    return (
      <div class="occ-dock occ-dock--collapsed">
        <button type="button" class="occ-tab" aria-expanded="false" aria-controls="occ-panel" onClick={onToggle}>
          Open 1:1 panel
        </button>
      </div>
    );
  }
  return (
    <div class="occ-dock">
      <aside id="occ-panel" class="occ-panel" aria-label="1:1 Companion">
        <header class="occ-panel__bar">
          <span class="occ-brand">1:1 Companion</span>
          <button type="button" class="occ-icon-button" aria-expanded="true" aria-controls="occ-panel" onClick={onToggle}>
            Hide panel
          </button>
        </header>
        <div class="occ-panel__body">{children}</div>
      </aside>
    </div>
  );
}
