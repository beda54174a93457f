import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Commitment, Meeting, Person, Settings, Speaker, Template } from '../../lib/model';
import { formatDay } from '../../lib/dates';
import { formatNumber, t } from '../../lib/i18n';
import { heldTimes, switchSpeaker } from '../../lib/rules/flow';
import { meetingEvent } from '../../lib/export/ics';
import { readDraft } from '../common/drafts';
import { statusText, useAutosave, type Held } from '../common/useAutosave';
import { downloadCalendar } from '../common/download';
import type { PanelApi } from './api';
import {
  changedPaths,
  getPath,
  isNotes,
  keepBoth,
  normalizeMeeting,
  pathLabel,
  pathText,
  rebase,
  setPath,
  toPatch,
  tooLong,
} from './meeting-draft';
import { ConflictNotice } from './ConflictNotice';
import { HoldStage } from './HoldStage';
import { PrepStage } from './PrepStage';
import { ReportStage } from './ReportStage';
import { StageBar, type Stage } from './StageBar';
import { listOf } from './words';
import { messageOf } from '../../lib/error-message';

interface Props {
  meeting: Meeting;
  person: Person;
  templates: Template[];
  commitments: Commitment[];
  settings: Settings;
  timeZone: string;
  api: PanelApi;
  /** Changed by the panel to move focus into the flow (after Plan, or an undone cancel). */
  focusToken?: number;
  onFinished(meeting: Meeting): void;
  onCancelled(meeting: Meeting): void;
}

/** What the tab keeps of a 1:1 not yet stored: the draft, and the stored copy it was typed on. */
interface MeetingDraft {
  v: 2;
  base: Meeting;
  draft: Meeting;
}

/**
 * One 1:1 from preparation to report-back. Edits collect in a local draft that autosaves, path
 * by path, as a patch based on the stored revision. What another tab changed meanwhile is
 * merged in where this tab has no edit of its own; where both changed the same path, this
 * tab's text is kept, not sent, and both are shown until the organizer chooses.
 */
export function MeetingFlow({ meeting, person, templates, commitments, settings, timeZone, api, focusToken, onFinished, onCancelled }: Props) {
  const draftKey = `${meeting.id}:meeting`;
  const [initial] = useState(() => restore(normalizeMeeting(meeting), draftKey));
  const base = useRef(initial.base);
  const draftRef = useRef(initial.draft);
  const [draft, setDraft] = useState(initial.draft);
  const conflictsRef = useRef(initial.conflicts);
  const [conflicts, setConflictsState] = useState(initial.conflicts);
  const [stage, setStage] = useState<Stage>(meeting.status === 'in-progress' ? 'hold' : 'prepare');
  const [refusal, setRefusal] = useState('');
  const [confirmHeld, setConfirmHeld] = useState(false);
  const [busy, setBusy] = useState(false);
  const [prepOpen, setPrepOpen] = useState(false);
  /**
   * Move focus to the open stage's first field (or heading) once it is on screen. 'arrive' is
   * the same, asked for by the panel after Plan: it comes once the background has answered,
   * and by then the organizer may have clicked into a field of their own.
   */
  const [want, setWant] = useState<'focus' | 'arrive' | 'scroll' | 'confirm'>();
  const root = useRef<HTMLElement>(null);
  const mainButton = useRef<HTMLButtonElement>(null);
  // The clock and the tally tick in the stage bar; the rest of the flow needs no per-second render.
  const now = Date.now();

  const template = templates.find((x) => x.id === draft.templateId) ?? templates[0]!;
  const setConflicts = (list: string[]) => {
    conflictsRef.current = list;
    setConflictsState(list);
  };
  /** The draft is read by saves and merges between renders: keep the ref and the state together. */
  const change = (edit: (d: Meeting) => Meeting) => {
    draftRef.current = edit(draftRef.current);
    setDraft(draftRef.current);
  };
  const update = (patch: Partial<Meeting>) => change((d) => ({ ...d, ...patch }));

  /** Why part of the draft is not being saved, or undefined when all of it is. */
  const heldReason = (next: Meeting): string | undefined => {
    const reasons: string[] = [];
    if (conflictsRef.current.length) reasons.push(t('panel.save.heldConflict', [listOf(conflictsRef.current.map((p) => pathLabel(p, template)))]));
    for (const { path, over } of tooLong(next)) reasons.push(t('panel.save.tooLong', [pathLabel(path, template), formatNumber(over)]));
    return reasons.length ? reasons.join(' ') : undefined;
  };

  /** Fresh data from the store (a save's answer, a refresh, another tab): merged, never lost. */
  const receive = (incoming: Meeting) => {
    const fresh = normalizeMeeting(incoming);
    const old = base.current;
    if (fresh.rev < old.rev || (fresh.rev === old.rev && fresh.status === old.status)) return;
    base.current = fresh;
    const merged = rebase(old, draftRef.current, fresh, conflictsRef.current);
    if (merged.conflicts.join() !== conflictsRef.current.join()) setConflicts(merged.conflicts);
    // Only the revision moved (the answer to this tab's own save): keep the draft as it is.
    if (sameOnScreen(draftRef.current, merged.draft)) return;
    if (!changedPaths(fresh, merged.draft).length) markSaved(merged.draft);
    change(() => merged.draft);
  };

  const save = async (next: Meeting): Promise<void | Held> => {
    const held = new Set([...conflictsRef.current, ...tooLong(next).map((x) => x.path)]);
    const paths = changedPaths(base.current, next).filter((p) => !held.has(p));
    if (paths.length) {
      const { meeting: stored, conflicts: refused } = await api.saveMeeting(next.id, base.current.rev, toPatch(next, paths));
      if (refused.length) setConflicts([...new Set([...conflictsRef.current, ...refused])]);
      receive(stored);
    }
    const reason = heldReason(draftRef.current);
    return reason ? { held: reason } : undefined;
  };
  const { status, problem, flush, markSaved } = useAutosave(draft, save, {
    delayMs: 600,
    current: () => draftRef.current,
    draft: { key: draftKey, encode: (value) => JSON.stringify({ v: 2, base: base.current, draft: value } satisfies MeetingDraft) },
  });

  useLayoutEffect(() => receive(meeting), [meeting]);

  // A draft from an earlier page (closed before its save, or orphaned by an update) is saved now.
  useEffect(() => {
    if (!initial.pending) return;
    markSaved(initial.base);
    void flush();
  }, []);

  useEffect(() => {
    if (focusToken) setWant('arrive');
  }, [focusToken]);

  // After the stage or step changes, bring its top into view and (for actions) focus its first field.
  useEffect(() => {
    if (!want) return;
    if (want === 'confirm') {
      root.current?.querySelector<HTMLElement>('.occ-confirm button')?.focus();
      setWant(undefined);
      return;
    }
    const body = root.current?.querySelector('.occ-stage-body');
    const target = body?.querySelector<HTMLElement>('[data-focus-first]') ?? body?.querySelector<HTMLElement>('[data-focus-heading]');
    if (!body || !target) return;
    setWant(undefined);
    // Never take the caret from a field the organizer is already typing in.
    if (want === 'arrive' && typingIn(root.current)) return;
    if (want !== 'scroll') target.focus({ preventScroll: true });
    // The stage's top goes just under the sticky stage bar, whatever its height.
    const top = body.querySelector<HTMLElement>('[data-stage-top]');
    const bar = root.current?.querySelector<HTMLElement>('.occ-stagebar');
    if (top) top.style.scrollMarginTop = `${(bar?.offsetHeight ?? 0) + 8}px`;
    top?.scrollIntoView?.({ block: 'start' });
  });

  /** Waits for every save; refuses with the reason (everything stays on screen) if one failed. */
  const whenSaved = async (refused: (reason: string) => string): Promise<boolean> => {
    setRefusal('');
    const result = await flush();
    if (!result.ok) setRefusal(refused(result.reason));
    return result.ok;
  };
  const run = async (work: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    try {
      await work();
    } catch (cause) {
      setRefusal(t('panel.actionFailed', [messageOf(cause)]));
    } finally {
      setBusy(false);
    }
  };

  const start = () =>
    run(async () => {
      if (!(await whenSaved((reason) => t('panel.start.refused', [reason])))) return;
      receive(await api.startMeeting(draft.id));
      setStage('hold');
      setWant('focus');
    });
  const finish = (confirmed = false) =>
    run(async () => {
      if (!(await whenSaved((reason) => t('panel.finish.refused', [reason])))) return;
      if (draftRef.current.status === 'planned' && !confirmed) {
        setConfirmHeld(true);
        setWant('confirm');
        return;
      }
      setConfirmHeld(false);
      onFinished(await api.finishMeeting(draft.id));
    });
  const cancel = () =>
    run(async () => {
      if (!(await whenSaved((reason) => t('panel.cancel.refused', [reason])))) return;
      onCancelled(await api.cancelMeeting(draft.id));
    });

  const steps = template.steps;
  const index = Math.min(draft.currentStep, steps.length - 1);
  const go = (to: number) => {
    update({ currentStep: Math.max(0, Math.min(steps.length - 1, to)) });
    setWant('focus');
  };
  const openStage = (next: Stage, focus: boolean) => {
    setStage(next);
    setWant(focus ? 'focus' : 'scroll');
  };
  const speaker = (who: Speaker | undefined) => {
    // At once on screen; the stored answer follows (and carries the server's clock).
    change((d) => ({ ...d, ...switchSpeaker(d, who, Date.now()) }));
    void api.setSpeaker(draft.id, who ?? null).then(receive, (cause: unknown) =>
      setRefusal(t('panel.actionFailed', [messageOf(cause)])),
    );
  };

  /** The footer's main button, also Ctrl+Enter anywhere in the 1:1. */
  const primary = (): { label: string; run(): void } | undefined => {
    if (stage === 'report') return { label: t('panel.finish.button'), run: () => void finish() };
    if (draft.status === 'planned') return { label: t('panel.start.button'), run: () => void start() };
    if (stage === 'prepare') return { label: t('panel.hold.backTo'), run: () => openStage('hold', true) };
    if (index < steps.length - 1) return { label: t('panel.hold.next'), run: () => go(index + 1) };
    return { label: t('panel.hold.toReport'), run: () => openStage('report', true) };
  };
  const main = primary();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || !main) return;
    event.preventDefault();
    main.run();
  };

  const resolve = async (path: string, choice: 'mine' | 'theirs' | 'both') => {
    const mine = getPath(draftRef.current, path);
    const theirs = getPath(base.current, path);
    if (choice === 'theirs') {
      change((d) => setPath(d, path, theirs));
    } else {
      const value = choice === 'both' ? keepBoth(path, mine, theirs) : mine;
      change((d) => setPath(d, path, value));
      const { meeting: stored } = await api.saveMeeting(draft.id, base.current.rev, toPatch(draftRef.current, [path]), true);
      receive(stored);
    }
    setConflicts(conflictsRef.current.filter((p) => p !== path));
    await flush();
  };

  const heldOn = formatDay(heldTimes(draft, Date.now()).startedAt, timeZone);
  return (
    <section ref={root} class="occ-section occ-meeting" aria-labelledby="occ-meeting-title" onKeyDown={onKeyDown}>
      <h3 id="occ-meeting-title" tabIndex={-1}>
        {draft.status === 'in-progress' ? t('panel.flow.inProgress', [template.name]) : t('panel.flow.planned', [template.name])}
      </h3>
      <StageBar stage={stage} onStage={(s) => openStage(s, false)} draft={draft} onSpeaker={speaker} />
      {stage === 'prepare' ? (
        <PrepStage
          draft={draft}
          template={template}
          templates={templates}
          timeZone={timeZone}
          update={update}
          onCalendar={() => downloadCalendar(meetingEvent(draft, person), t('panel.prep.calendarFile', [person.name]))}
        />
      ) : null}
      {stage === 'hold' ? (
        <HoldStage
          draft={draft}
          template={template}
          commitments={commitments}
          timeZone={timeZone}
          now={now}
          api={api}
          update={update}
          go={go}
          prepOpen={prepOpen}
          onPrepToggle={setPrepOpen}
        />
      ) : null}
      {stage === 'report' ? <ReportStage draft={draft} person={person} template={template} timeZone={timeZone} update={update} /> : null}
      <div class="occ-footer">
        {conflicts.map((path) => (
          <ConflictNotice
            key={path}
            label={pathLabel(path, template)}
            mine={pathText(path, getPath(draft, path))}
            theirs={pathText(path, getPath(base.current, path))}
            canKeepBoth={isNotes(path)}
            onKeepMine={() => resolve(path, 'mine')}
            onTakeTheirs={() => resolve(path, 'theirs')}
            onKeepBoth={() => resolve(path, 'both')}
          />
        ))}
        {confirmHeld ? (
          <div class="occ-confirm" role="alert">
            <p>{t('panel.finish.confirmHeld', [heldOn])}</p>
            <div class="occ-row">
              <button type="button" class="occ-button occ-button--primary" onClick={() => void finish(true)}>
                {t('panel.finish.recordHeld')}
              </button>
              <button
                type="button"
                class="occ-button"
                onClick={() => {
                  setConfirmHeld(false);
                  mainButton.current?.focus();
                }}
              >
                {t('panel.finish.notYet')}
              </button>
            </div>
          </div>
        ) : null}
        {refusal ? (
          <p class="occ-field-error" role="alert">
            {refusal}
          </p>
        ) : null}
        <div class="occ-row occ-footer__buttons">
          {stage === 'hold' && draft.status === 'in-progress' ? (
            <button type="button" class="occ-button" disabled={index === 0} onClick={() => go(index - 1)}>
              {t('panel.hold.previous')}
            </button>
          ) : null}
          {main ? (
            <button ref={mainButton} type="button" class="occ-button occ-button--primary" disabled={busy} aria-keyshortcuts="Control+Enter" onClick={main.run}>
              {main.label}
            </button>
          ) : null}
          <p class="occ-status" role="status" aria-live="polite">
            {statusText(status, problem)}
          </p>
        </div>
      </div>
      <div class="occ-row occ-meeting__end">
        <button type="button" class="occ-link" onClick={() => void cancel()}>
          {t('panel.cancel.button')}
        </button>
        {settings.organizerName ? <p class="occ-muted">{t('panel.flow.organizer', [settings.organizerName])}</p> : null}
      </div>
    </section>
  );
}

/** Whether two copies show the same: every editable path, and the state of the 1:1 and its tally. */
function sameOnScreen(a: Meeting, b: Meeting): boolean {
  const live = ['status', 'startedAt', 'endedAt', 'speaker', 'speakerSince', 'listeningMs', 'talkingMs'] as const;
  return live.every((k) => a[k] === b[k]) && changedPaths(a, b).length === 0;
}

/** Whether focus is in a text field inside `root`. */
function typingIn(root: HTMLElement | null): boolean {
  const active = document.activeElement;
  return !!root && !!active && root.contains(active) && active.matches('input, textarea, select');
}

/**
 * Where the flow starts: the stored 1:1, with this tab's unsaved draft merged on top. A draft
 * typed on a copy another tab has since changed comes back with the clashing paths as
 * conflicts, so a reload can never save it over the newer text.
 */
function restore(meeting: Meeting, key: string): { base: Meeting; draft: Meeting; conflicts: string[]; pending: boolean } {
  const clean = { base: meeting, draft: meeting, conflicts: [], pending: false };
  try {
    const raw = readDraft(key);
    if (!raw) return clean;
    const saved = JSON.parse(raw) as MeetingDraft | Meeting;
    if ('v' in saved && saved.v === 2 && saved.draft?.id === meeting.id) {
      const { draft, conflicts } = rebase(normalizeMeeting(saved.base), normalizeMeeting(saved.draft), meeting);
      return { base: meeting, draft, conflicts, pending: changedPaths(meeting, draft).length > 0 };
    }
    // An older draft (the whole 1:1, with no base): its edits go on top of the stored copy.
    if ('id' in saved && saved.id === meeting.id) {
      const { draft } = rebase(meeting, normalizeMeeting(saved as Meeting), meeting);
      return { base: meeting, draft, conflicts: [], pending: changedPaths(meeting, draft).length > 0 };
    }
  } catch {
    // unreadable draft: the stored copy stands
  }
  return clean;
}
