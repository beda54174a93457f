/** Alt+Shift+O, as declared for the `toggle-panel` command in wxt.config.ts. */
export function isToggleShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyO';
}
