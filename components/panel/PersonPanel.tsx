import { useEffect, useRef, useState } from 'preact/hooks';
import type { Meeting } from '../../lib/model';
import type { PersonView } from '../../lib/protocol/person';
import { formatDay, formatWhen } from '../../lib/dates';
import { commitmentEvent } from '../../lib/export/ics';
import { t } from '../../lib/i18n';
import { downloadCalendar } from '../common/download';
import type { PanelApi } from './api';
import { AtAGlance } from './AtAGlance';
import { FollowUpsSection } from './FollowUpsSection';
import { MeetingFlow } from './MeetingFlow';
import { nextPrep } from './next-prep';
import { PastMeeting } from './PastMeeting';
import { PersonHeader } from './PersonHeader';
import { PersonNotes } from './PersonNotes';
import { RecentlyContacted } from './RecentlyContacted';
import { CrmSend } from './CrmSend';
import { messageOf } from '../../lib/error-message';

interface Props {
  view: PersonView;
  crmLabel: string;
  api: PanelApi;
  timeZone: string;
}

/** What just happened to the 1:1, said where it was, with the way back when there is one. */
type Notice = { kind: 'cancelled'; meeting: Meeting } | { kind: 'finished'; meeting: Meeting };

/**
 * Everything the panel shows once the person is known: the 1:1 being prepared or held (or the
 * way to plan one), follow-ups, the history with each past 1:1 readable in full, open
 * commitments and the person's notes.
 */
export function PersonPanel({ view, crmLabel, api, timeZone }: Props) {
  const now = Date.now();
  const active = view.meetings.find((m) => m.status === 'planned' || m.status === 'in-progress');
  const lastHeld = view.meetings.find((m) => m.status === 'held');
  const [notice, setNotice] = useState<Notice>();
  const [reading, setReading] = useState<string>();
  const [flowFocus, setFlowFocus] = useState(0);
  const [problem, setProblem] = useState('');
  const noticeText = useRef<HTMLParagraphElement>(null);
  /** The history entry to return focus to when the read view closes. */
  const [returnTo, setReturnTo] = useState<string>();
  const history = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (notice) noticeText.current?.focus();
  }, [notice]);
  useEffect(() => {
    if (!returnTo || reading) return;
    history.current?.querySelector<HTMLElement>(`[data-past="${CSS.escape(returnTo)}"]`)?.focus();
    setReturnTo(undefined);
  }, [returnTo, reading]);

  const attempt = async (work: () => Promise<void>) => {
    setProblem('');
    try {
      await work();
    } catch (cause) {
      setProblem(t('panel.actionFailed', [messageOf(cause)]));
    }
  };
  /** A new 1:1; after a held one it starts from what that one left open and taught. */
  const plan = () =>
    attempt(async () => {
      await api.createMeeting(lastHeld ? { templateId: lastHeld.templateId, prep: nextPrep(lastHeld, view.commitments, now, timeZone) } : undefined);
      setNotice(undefined);
      setReading(undefined);
      setFlowFocus((n) => n + 1);
    });
  const restore = (id: string) =>
    attempt(async () => {
      if (active) {
        setProblem(t('panel.history.restoreBlocked'));
        return;
      }
      await api.restoreMeeting(id);
      setNotice(undefined);
      setReading(undefined);
      setFlowFocus((n) => n + 1);
    });

  const readMeeting = reading ? view.meetings.find((m) => m.id === reading) : undefined;
  const planLabel = lastHeld ? t('panel.plan.next') : t('panel.plan.new');

  return (
    <>
      <PersonHeader person={view.person} crmLabel={crmLabel} onCorrectName={api.correctName} />
      <RecentlyContacted contacts={view.recentContacts} timeZone={timeZone} now={now} />
      {problem ? (
        <p class="occ-error" role="alert">
          {problem}
        </p>
      ) : null}
      {readMeeting ? (
        <PastMeeting
          meeting={readMeeting}
          templates={view.templates}
          timeZone={timeZone}
          now={now}
          api={api}
          onBack={() => {
            setReturnTo(readMeeting.id);
            setReading(undefined);
          }}
          onPrepareNext={active ? undefined : () => void plan()}
          onRestore={readMeeting.status === 'cancelled' && !active ? () => void restore(readMeeting.id) : undefined}
        />
      ) : null}
      {/* Reading a past 1:1 leaves the one in progress where it is, below. */}
      {active ? (
        <MeetingFlow
          key={active.id}
          meeting={active}
          person={view.person}
          templates={view.templates}
          commitments={view.commitments}
          settings={view.settings}
          timeZone={timeZone}
          api={api}
          focusToken={flowFocus}
          onFinished={(meeting) => setNotice({ kind: 'finished', meeting })}
          onCancelled={(meeting) => setNotice({ kind: 'cancelled', meeting })}
        />
      ) : readMeeting ? null : (
        <div class="occ-section">
          {notice ? (
            <div class={`occ-notice occ-notice--${notice.kind}`}>
              <p ref={noticeText} tabIndex={-1}>
                {notice.kind === 'finished'
                  ? t('panel.finished', [formatDay(notice.meeting.endedAt ?? now, timeZone)])
                  : notice.meeting.scheduledAt !== undefined
                    ? t('panel.cancelledScheduled', [formatWhen(notice.meeting.scheduledAt, timeZone)])
                    : t('panel.cancelled')}
              </p>
              <div class="occ-row">
                {notice.kind === 'cancelled' ? (
                  <button type="button" class="occ-button" onClick={() => void restore(notice.meeting.id)}>
                    {t('panel.undo')}
                  </button>
                ) : (
                  <button type="button" class="occ-button" onClick={() => setReading(notice.meeting.id)}>
                    {t('panel.finishedOpen')}
                  </button>
                )}
              </div>
            </div>
          ) : null}
          <button type="button" class="occ-button occ-button--primary occ-plan" data-panel-start onClick={() => void plan()}>
            {planLabel}
          </button>
          {lastHeld ? <p class="occ-hint">{t('panel.plan.carries')}</p> : null}
        </div>
      )}
      <FollowUpsSection
        followUps={view.followUps}
        emailOptedOut={view.person.emailOptedOut}
        focusFollowUpId={view.focusFollowUpId}
        timeZone={timeZone}
        now={now}
        snoozeMinutes={view.settings.snoozeMinutes}
        onDone={(id) => void attempt(() => api.completeFollowUp(id))}
        onSnooze={(id) => void attempt(() => api.snoozeFollowUp(id))}
      />
      <div ref={history}>
        <AtAGlance
          meetings={view.meetings}
          commitments={view.commitments}
          timeZone={timeZone}
          now={now}
          api={api}
          onOpen={setReading}
          onRestore={active ? undefined : (id) => void restore(id)}
          onCalendar={(c) => downloadCalendar(commitmentEvent(c, view.person), t('panel.commitments.calendarFile', [c.what]))}
          renderHeld={(m) => (api.crm ? <CrmSend meeting={m} personUrl={view.person.url} status={view.crm} timeZone={timeZone} api={api.crm} /> : null)}
        />
      </div>
      <PersonNotes notes={view.person.notes} rev={view.person.rev} personKey={view.person.key} personName={view.person.name} onSave={api.savePersonNotes} />
    </>
  );
}
