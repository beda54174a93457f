/**
 * Where focus should land when the organizer jumps into the panel (the keyboard shortcut, or the
 * panel opening): during a 1:1, the field of the open stage or step they type in next; otherwise
 * the button that plans one. The panel's host calls this with the panel's root.
 */
export function panelFocusTarget(root: ParentNode): HTMLElement | null {
  return (
    root.querySelector<HTMLElement>('.occ-meeting .occ-stage-body [data-focus-first]') ??
    root.querySelector<HTMLElement>('.occ-meeting .occ-stage-body [data-focus-heading]') ??
    root.querySelector<HTMLElement>('[data-panel-start]')
  );
}
