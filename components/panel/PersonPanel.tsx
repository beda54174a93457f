import type { PersonView } from '../../lib/protocol/person';
import type { PanelApi } from './api';
import { AtAGlance } from './AtAGlance';
import { FollowUpsSection } from './FollowUpsSection';
import { MeetingFlow } from './MeetingFlow';
import { PersonHeader } from './PersonHeader';
import { PersonNotes } from './PersonNotes';
import { RecentlyContacted } from './RecentlyContacted';
import { downloadCalendar } from '../common/download';
import { commitmentEvent } from '../../lib/export/ics';
import { CrmSend } from './CrmSend';

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
  return (
    <>
      <PersonHeader person={view.person} crmLabel={crmLabel} onCorrectName={api.correctName} />
      <RecentlyContacted contacts={view.recentContacts} timeZone={timeZone} now={now} />
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
        <button type="button" class="occ-button occ-button--primary" onClick={() => void api.createMeeting()}>
          Plan a new 1:1
        </button>
      )}
      <FollowUpsSection
        followUps={view.followUps}
        emailOptedOut={view.person.emailOptedOut}
        focusFollowUpId={view.focusFollowUpId}
        timeZone={timeZone}
        now={now}
        snoozeMinutes={view.settings.snoozeMinutes}
        onDone={(id) => void api.completeFollowUp(id)}
        onSnooze={(id) => void api.snoozeFollowUp(id)}
      />
      <AtAGlance
        meetings={view.meetings}
        commitments={view.commitments}
        timeZone={timeZone}
        now={now}
        onCommitmentStatus={(id, status) => void api.setCommitmentStatus(id, status)}
        onCalendar={(c) => downloadCalendar(commitmentEvent(c, view.person, view.settings.organizerName), `commitment ${c.what}`)}
        renderHeld={(m) => (api.crm ? <CrmSend meeting={m} personUrl={view.person.url} status={view.crm} timeZone={timeZone} api={api.crm} /> : null)}
      />
      <PersonNotes notes={view.person.notes} personKey={view.person.key} personName={view.person.name} onSave={api.savePersonNotes} />
    </>
  );
}
