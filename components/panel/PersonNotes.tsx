import { useEffect, useRef, useState } from 'preact/hooks';
import { statusText, useAutosave } from '../common/useAutosave';
import { readDraft } from '../common/drafts';
import { LimitCount } from '../common/LimitCount';
import { LIMITS } from '../../lib/limits';
import { formatNumber, t } from '../../lib/i18n';
import type { SavedNotes } from './api';
import { ConflictNotice } from './ConflictNotice';
import { joinTexts } from './meeting-draft';

interface Props {
  /** The stored notes and their revision (they change when fresh data arrives). */
  notes: string;
  rev: number;
  personKey: string;
  personName: string;
  onSave(notes: string, baseRev: number, force?: boolean): Promise<SavedNotes>;
}

/** What the tab keeps of notes not yet stored: the text, and the stored copy it was typed on. */
interface NotesDraft {
  v: 2;
  text: string;
  base: string;
  baseRev: number;
}

function readNotesDraft(key: string): NotesDraft | undefined {
  const raw = readDraft(key);
  if (raw === undefined) return undefined;
  try {
    const parsed = JSON.parse(raw) as NotesDraft;
    if (parsed?.v === 2 && typeof parsed.text === 'string') return parsed;
  } catch {
    // an older plain-text draft
  }
  return { v: 2, text: raw, base: '', baseRev: -1 };
}

/**
 * Free notes about the person, saved as the organizer types. When another tab saved newer
 * notes, this tab keeps its text, stops sending it, and shows both until the organizer picks.
 */
export function PersonNotes({ notes, rev, personKey, personName, onSave }: Props) {
  const draftKey = `${personKey}:notes`;
  const base = useRef({ notes, rev });
  const conflictRef = useRef(false);
  const [conflict, setConflictState] = useState(false);
  const setConflict = (on: boolean) => {
    conflictRef.current = on;
    setConflictState(on);
  };

  // Text an earlier page could not save comes back first. Typed on the copy still stored: it is
  // saved. Typed on a copy another tab has since changed: both are shown, nothing is decided.
  const [restored] = useState(() => {
    const draft = readNotesDraft(draftKey);
    if (!draft || draft.text === notes) return undefined;
    const clean = draft.baseRev === -1 || draft.baseRev === rev || draft.base === notes;
    return { text: draft.text, conflict: !clean };
  });
  const [text, setText] = useState(restored?.text ?? notes);
  const textRef = useRef(text);
  textRef.current = text;

  const save = async (value: string) => {
    if (conflictRef.current) return { held: t('panel.notes.held') };
    if (value.length > LIMITS.long) return { held: t('panel.save.tooLong', [t('panel.notes.label', [personName || t('panel.notes.thisPerson')]), formatNumber(value.length - LIMITS.long)]) };
    const stored = await onSave(value, base.current.rev);
    base.current = { notes: stored.notes, rev: stored.rev };
    if (stored.conflict) {
      setConflict(true);
      return { held: t('panel.notes.held') };
    }
  };
  const { status, problem, markSaved, flush, settled } = useAutosave(text, save, {
    delayMs: 500,
    draft: { key: draftKey, encode: (value) => JSON.stringify({ v: 2, text: value, base: base.current.notes, baseRev: base.current.rev } satisfies NotesDraft) },
  });

  useEffect(() => {
    if (!restored) return;
    markSaved(notes);
    if (restored.conflict) setConflict(true);
    void flush();
  }, []);

  // Fresh data from the background: take it where this tab has no edit of its own.
  useEffect(() => {
    if (rev <= base.current.rev) return;
    const old = base.current.notes;
    base.current = { notes, rev };
    if (notes === textRef.current) {
      markSaved(notes);
      if (conflictRef.current) {
        setConflict(false);
        void flush();
      }
    } else if (textRef.current === old && !conflictRef.current) {
      markSaved(notes);
      setText(notes);
    } else if (notes !== old) {
      setConflict(true);
    }
  }, [notes, rev]);

  const settle = async (value: string, force: boolean) => {
    if (force) {
      const stored = await onSave(value, base.current.rev, true);
      base.current = { notes: stored.notes, rev: stored.rev };
    }
    setConflict(false);
    settled(value);
    setText(value);
  };

  return (
    <section class="occ-section">
      <label class="occ-label" for="occ-person-notes">
        {t('panel.notes.label', [personName || t('panel.notes.thisPerson')])}
      </label>
      <textarea
        id="occ-person-notes"
        class="occ-textarea"
        rows={5}
        value={text}
        aria-invalid={text.length > LIMITS.long ? true : undefined}
        aria-describedby="occ-person-notes-limit"
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <LimitCount id="occ-person-notes-limit" length={text.length} limit={LIMITS.long} />
      {conflict ? (
        <ConflictNotice
          label={t('panel.notes.label', [personName || t('panel.notes.thisPerson')])}
          mine={text}
          theirs={base.current.notes}
          canKeepBoth
          onKeepMine={() => settle(textRef.current, true)}
          onTakeTheirs={() => settle(base.current.notes, false)}
          onKeepBoth={() => settle(joinTexts(base.current.notes, textRef.current), true)}
        />
      ) : null}
      <p class="occ-status" role="status" aria-live="polite">
        {conflict ? '' : statusText(status, problem)}
      </p>
    </section>
  );
}
