import type { PersonView } from '../../lib/protocol/person';
import type { PanelApi } from './api';
import { PersonHeader } from './PersonHeader';
import { PersonNotes } from './PersonNotes';

interface Props {
  view: PersonView;
  crmLabel: string;
  api: PanelApi;
}

/** Everything the panel shows once the person is known. */
export function PersonPanel({ view, crmLabel, api }: Props) {
  return (
    <>
      <PersonHeader person={view.person} crmLabel={crmLabel} />
      <PersonNotes notes={view.person.notes} personKey={view.person.key} personName={view.person.name} onSave={api.savePersonNotes} />
    </>
  );
}
