import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { LIMITS } from '../../lib/limits';

interface Props {
  collapsed: boolean;
  width: number;
  /** The page ignored the room made for the panel, so the panel covers part of it. */
  overlays: boolean;
  /** Overdue follow-ups for the person shown, for the folded rail. */
  overdue: number;
  onToggle(): void;
  onResize(width: number): void;
  children: ComponentChildren;
}

const STEP = 16;

/**
 * The panel page fills its frame; the guest sizes the frame. Open: a column with a title bar, a
 * width handle on its left edge (drag, or arrow keys) and the body. Folded: a slim rail with
 * this person's overdue count.
 */
export function PanelShell({ collapsed, width, overlays, overdue, onToggle, onResize, children }: Props) {
  if (collapsed) {
    return (
      <div class="occ-dock occ-dock--collapsed">
        <button type="button" class="occ-tab" aria-expanded="false" onClick={onToggle}>
          <span>{t('frame.open')}</span>
          {overdue > 0 ? (
            <span class="occ-tab__count" aria-label={t('frame.overdue', overdue)}>
              {overdue > 99 ? '99+' : overdue}
            </span>
          ) : null}
        </button>
      </div>
    );
  }
  return (
    <div class="occ-dock">
      <WidthHandle width={width} onResize={onResize} />
      <aside id="occ-panel" class="occ-panel" aria-label={t('extName')}>
        <header class="occ-panel__bar">
          <h1 class="occ-brand">{t('extName')}</h1>
          <button type="button" class="occ-icon-button" aria-expanded="true" aria-controls="occ-panel" onClick={onToggle}>
            {t('frame.hide')}
          </button>
        </header>
        {overlays ? <p class="occ-notice occ-notice--overlay">{t('frame.overlays')}</p> : null}
        <div class="occ-panel__body">{children}</div>
      </aside>
    </div>
  );
}

/** Drag to resize (the pointer is captured, so it keeps working outside the frame), or use arrow keys. */
function WidthHandle({ width, onResize }: { width: number; onResize(width: number): void }) {
  const drag = useRef<{ x: number; width: number; frame?: number } | undefined>(undefined);
  const clamp = (value: number) => Math.round(Math.min(LIMITS.panelMaxWidth, Math.max(LIMITS.panelMinWidth, value)));
  return (
    <div
      class="occ-resize"
      role="separator"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label={t('frame.width')}
      aria-valuenow={width}
      aria-valuemin={LIMITS.panelMinWidth}
      aria-valuemax={LIMITS.panelMaxWidth}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { x: event.screenX, width };
      }}
      onPointerMove={(event) => {
        const start = drag.current;
        if (!start) return;
        // screenX: the frame moves while it is resized, the screen does not.
        const next = clamp(start.width + (start.x - event.screenX));
        if (start.frame) cancelAnimationFrame(start.frame);
        start.frame = requestAnimationFrame(() => onResize(next));
      }}
      onPointerUp={() => (drag.current = undefined)}
      onPointerCancel={() => (drag.current = undefined)}
      onKeyDown={(event) => {
        const delta = event.key === 'ArrowLeft' ? STEP : event.key === 'ArrowRight' ? -STEP : 0;
        if (event.key === 'Home') onResize(LIMITS.panelMaxWidth);
        else if (event.key === 'End') onResize(LIMITS.panelMinWidth);
        else if (delta) onResize(clamp(width + delta));
        else return;
        event.preventDefault();
      }}
    />
  );
}
