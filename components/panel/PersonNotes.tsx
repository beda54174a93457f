import { useEffect, useState } from 'preact/hooks';
import { statusText, useAutosave } from '../common/useAutosave';
import { readDraft } from '../common/drafts';

interface Props {
  /** The stored notes (changes when fresh data arrives from the background). */
  notes: string;
  personKey: string;
  personName: string;
  onSave(notes: string): Promise<void>;
}

/** Free notes about the person, saved as the organizer types. */
export function PersonNotes({ notes, personKey, personName, onSave }: Props) {
  const draftKey = `${personKey}:notes`;
  // Text an orphaned panel could not save (extension update) comes back first.
  const [text, setText] = useState(() => readDraft(draftKey) ?? notes);
  const { status, error, markSaved, flush } = useAutosave(text, onSave, 500, draftKey);

  useEffect(() => {
    markSaved(notes);
    const draft = readDraft(draftKey);
    if (draft !== undefined && draft !== notes) {
      setText(draft);
      void flush();
    } else {
      setText(notes);
    }
  }, [notes, markSaved, flush, draftKey]);

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
