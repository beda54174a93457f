import { useEffect, useState } from 'preact/hooks';
import { statusText, useAutosave } from '../common/useAutosave';

interface Props {
  /** The stored notes (changes when fresh data arrives from the background). */
  notes: string;
  personName: string;
  onSave(notes: string): Promise<void>;
}

/** Free notes about the person, saved as the organizer types. */
export function PersonNotes({ notes, personName, onSave }: Props) {
  const [text, setText] = useState(notes);
  const { status, error, markSaved } = useAutosave(text, onSave);

  useEffect(() => {
    markSaved(notes);
    setText(notes);
  }, [notes, markSaved]);

  return (
    <section class="occ-section">
      <label class="occ-label" for="occ-person-notes">
        Notes about {personName || 'this person'}
      </label>
      <textarea
        id="occ-person-notes"
        class="occ-textarea"
        rows={5}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <p class="occ-status" role="status" aria-live="polite">
        {statusText(status, error)}
      </p>
    </section>
  );
}
