import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/** A labelled control on the options page, with its hint tied to it for screen readers. */
export function Field({ label, hint, children }: { label: string; hint?: string; children: (id: string, hintId?: string) => ComponentChildren }) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children(id, hint ? hintId : undefined)}
      {hint ? (
        <span class="hint" id={hintId}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}
