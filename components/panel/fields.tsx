import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { LimitCount } from '../common/LimitCount';

/** Labelled inputs: every control gets a visible label tied to it, an error slot and its limit. */
interface Base {
  label: string;
  error?: string;
  hint?: string;
  /** Marks the control focus moves to when its stage or step opens. */
  focusFirst?: boolean;
}

function Described({ id, error, hint }: { id: string; error?: string; hint?: string }) {
  return (
    <>
      {hint ? (
        <span id={`${id}-hint`} class="occ-hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} class="occ-field-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

export function TextField({ label, value, onChange, error, hint, type = 'text', multiline, rows = 3, min, max, limit, focusFirst, onBlur }: Base & {
  value: string;
  onChange(value: string): void;
  type?: string;
  multiline?: boolean;
  rows?: number;
  min?: number;
  max?: number;
  /** The schema's limit for this text (lib/limits.ts); the count shows as it nears. */
  limit?: number;
  onBlur?(): void;
}) {
  const id = useId();
  const over = limit !== undefined && value.length > limit;
  const common = {
    id,
    value,
    'data-focus-first': focusFirst ? '' : undefined,
    'aria-invalid': error || over ? true : undefined,
    'aria-describedby': describedBy(hint && `${id}-hint`, error && `${id}-error`, limit !== undefined && `${id}-limit`),
    onInput: (event: Event) => onChange((event.currentTarget as HTMLInputElement).value),
    onBlur,
  };
  return (
    <div class="occ-field">
      <label class="occ-label" for={id}>
        {label}
      </label>
      {multiline ? <textarea class="occ-textarea" rows={rows} {...common} /> : <input class="occ-input" type={type as 'text'} min={min} max={max} {...common} />}
      {limit !== undefined ? <LimitCount id={`${id}-limit`} length={value.length} limit={limit} /> : null}
      <Described id={id} error={error} hint={hint} />
    </div>
  );
}

type Options = readonly (readonly [value: string, label: string])[];

export function SelectField({ label, value, onChange, options = [], groups = [], hint, focusFirst }: Base & {
  value: string;
  onChange(value: string): void;
  options?: Options;
  /** Options under headings (an optgroup each), after the ungrouped ones. */
  groups?: readonly { label: string; options: Options }[];
}) {
  const list = (items: Options) =>
    items.map(([v, text]) => (
      <option key={v} value={v}>
        {text}
      </option>
    ));
  const id = useId();
  return (
    <div class="occ-field">
      <label class="occ-label" for={id}>
        {label}
      </label>
      <select
        class="occ-select"
        id={id}
        value={value}
        data-focus-first={focusFirst ? '' : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`)}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {list(options)}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {list(group.options)}
          </optgroup>
        ))}
      </select>
      <Described id={id} hint={hint} />
    </div>
  );
}

/**
 * A group of radio buttons under a legend. With nothing chosen, only the first option is a Tab
 * stop, so tabbing back into the group (Shift+Tab) lands on it and not on the last one, where a
 * Space meant for something else would choose it. Arrow keys still move through every option.
 */
export function Choice({ label, value, onChange, options, error, hint, focusFirst, class: className }: Base & {
  value: string | undefined;
  onChange(value: string): void;
  options: readonly (readonly [value: string, label: ComponentChildren])[];
  class?: string;
}) {
  const name = useId();
  const chosen = options.some(([v]) => v === value);
  return (
    <fieldset class={`occ-choice ${className ?? ''}`} aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend class="occ-label">{label}</legend>
      {options.map(([v, text], index) => (
        <label key={v} class="occ-choice__option">
          <input
            type="radio"
            name={name}
            value={v}
            checked={value === v}
            tabIndex={!chosen && index > 0 ? -1 : undefined}
            data-focus-first={focusFirst && index === 0 ? '' : undefined}
            onChange={() => onChange(v)}
          />
          <span>{text}</span>
        </label>
      ))}
      {hint ? (
        <span id={`${name}-hint`} class="occ-hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span class="occ-field-error" role="alert">
          {error}
        </span>
      ) : null}
    </fieldset>
  );
}
