import { useId } from 'preact/hooks';

/** Labelled inputs: every control gets a visible label tied to it, and an error slot. */
interface Base {
  label: string;
  error?: string;
  hint?: string;
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

const describedBy = (id: string, error?: string, hint?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

export function TextField({ label, value, onChange, error, hint, type = 'text', multiline, rows = 3, min, max }: Base & {
  value: string;
  onChange(value: string): void;
  type?: string;
  multiline?: boolean;
  rows?: number;
  min?: number;
  max?: number;
}) {
  const id = useId();
  const common = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, error, hint),
    onInput: (event: Event) => onChange((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="occ-field">
      <label class="occ-label" for={id}>
        {label}
      </label>
      {multiline ? <textarea class="occ-textarea" rows={rows} {...common} /> : <input class="occ-input" type={type as "text"} min={min} max={max} {...common} />}
      <Described id={id} error={error} hint={hint} />
    </div>
  );
}

export function SelectField({ label, value, onChange, options, hint }: Base & {
  value: string;
  onChange(value: string): void;
  options: readonly (readonly [value: string, label: string])[];
}) {
  const id = useId();
  return (
    <div class="occ-field">
      <label class="occ-label" for={id}>
        {label}
      </label>
      <select class="occ-select" id={id} value={value} aria-describedby={describedBy(id, undefined, hint)} onChange={(e) => onChange(e.currentTarget.value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
      <Described id={id} hint={hint} />
    </div>
  );
}

/** A group of radio buttons under a legend. */
export function Choice({ label, value, onChange, options, error }: Base & {
  value: string | undefined;
  onChange(value: string): void;
  options: readonly (readonly [value: string, label: string])[];
}) {
  const name = useId();
  return (
    <fieldset class="occ-choice">
      <legend class="occ-label">{label}</legend>
      {options.map(([v, text]) => (
        <label key={v} class="occ-choice__option">
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
          {text}
        </label>
      ))}
      {error ? (
        <span class="occ-field-error" role="alert">
          {error}
        </span>
      ) : null}
    </fieldset>
  );
}
