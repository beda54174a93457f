import { useState } from 'preact/hooks';
import type { PersonView } from '../../lib/protocol/person';
import { t } from '../../lib/i18n';
import type { PanelApi } from './api';
import { AtAGlance } from './AtAGlance';
import { FollowUpsSection } from './FollowUpsSection';
import { MeetingFlow } from './MeetingFlow';
import { PersonHeader } from './PersonHeader';
import { PersonNotes } from './PersonNotes';
import { downloadCalendar } from '../common/download';
import { commitmentEvent } from '../../lib/export/ics';

interface Props {
  view: PersonView;
  crmLabel: string;
  api: PanelApi;
  timeZone: string;
}

/** Everything the panel shows once the person is known. */
export function PersonPanel({ view, crmLabel, api, timeZone }: Props) {
  const now = Date.now();
  const active = view.meetings.find((m) => m.status === 'planned' || m.status === 'in-progress');
  // A button whose work fails says why, here, instead of doing nothing visible.
  const [failed, setFailed] = useState('');
  const attempt = (work: () => Promise<unknown> | void, explain: (reason: string) => string) => {
    setFailed('');
    Promise.resolve()
      .then(work)
      .catch((error: unknown) => setFailed(explain(error instanceof Error ? error.message : String(error))));
  };
  return (
    <>
      <PersonHeader person={view.person} crmLabel={crmLabel} />
      {failed ? (
        <p class="occ-error" role="alert">
          {failed}
        </p>
      ) : null}
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
        />
      ) : (
        <button type="button" class="occ-button occ-button--primary" onClick={() => attempt(() => api.createMeeting(), (why) => t('data.planFailed', [why]))}>
          Plan a new 1:1
        </button>
      )}
      <FollowUpsSection
        followUps={view.followUps}
        focusFollowUpId={view.focusFollowUpId}
        timeZone={timeZone}
        now={now}
        onDone={(id) => attempt(() => api.completeFollowUp(id), (why) => t('data.doneFailed', [why]))}
        onSnooze={(id) => attempt(() => api.snoozeFollowUp(id), (why) => t('data.snoozeFailed', [why]))}
      />
      <AtAGlance
        meetings={view.meetings}
        commitments={view.commitments}
        timeZone={timeZone}
        now={now}
        onCommitmentStatus={(id, status) => attempt(() => api.setCommitmentStatus(id, status), (why) => t('data.commitmentFailed', [why]))}
        onCalendar={(c) =>
          attempt(() => downloadCalendar(commitmentEvent(c, view.person, view.settings.organizerName), `commitment ${c.what}`), (why) => t('data.calendarFailed', [why]))
        }
      />
      <PersonNotes notes={view.person.notes} personKey={view.person.key} personName={view.person.name} onSave={api.savePersonNotes} />
    </>
  );
}
