import { z } from 'zod';
import { LadderLevel, Person, PersonKey, Settings, ShortText, patchOf } from '../model';
import type { Commitment, FollowUp, Meeting, Template } from '../model';
import { LIMITS } from '../limits';
import type { RecentContact } from '../rules/recent-contacts';
import type { CrmPanelStatus } from '../outbox/status';
import { formatNumber, t } from '../i18n';

export const PersonPatch = patchOf(
  z.object({
    name: z.string().max(LIMITS.name),
    email: z.string().max(LIMITS.email),
    phone: z.string().max(LIMITS.phone),
    bestWay: ShortText,
    accessNeeds: ShortText,
    relationship: ShortText,
    ladder: LadderLevel,
    notes: Person.shape.notes,
  }),
);

export const personRequests = {
  /**
   * Everything the panel shows for the person its tab shows (the guest said who; the panel
   * cannot choose). Records the person on first sight.
   */
  getPersonView: z.object({}).strict(),
  /** Edit organizer-owned fields of a person (notes, how you know them, ladder level...). */
  updatePerson: z
    .object({ key: PersonKey, baseRev: z.number().int().min(0), patch: PersonPatch, force: z.boolean().optional() })
    .strict(),
  /**
   * The organizer corrects the name read from the page. It sticks until the page shows another
   * name; an empty name, or the page's own, drops the correction.
   */
  correctPersonName: z.object({ key: PersonKey, name: z.string().trim().max(LIMITS.name, { error: () => t('errors.nameTooLong', [formatNumber(LIMITS.name)]) }) }).strict(),
};

/** Everything the panel shows for one person, in one round trip. */
export interface PersonView {
  person: Person;
  settings: Settings;
  templates: Template[];
  /** Recent 1:1s, newest first. */
  meetings: Meeting[];
  /** Open commitments both ways, soonest due first. */
  commitments: Commitment[];
  /** Open or snoozed follow-ups for this person, soonest first. */
  followUps: FollowUp[];
  /** Set when a notification or the popup asked to show this follow-up. */
  focusFollowUpId?: string;
  /**
   * Who held or scheduled a 1:1 with them lately (this organizer, the team's files), newest
   * first. Always sent by the background; optional so that views built elsewhere (tests) need not.
   */
  recentContacts?: RecentContact[];

  /** CRM write-back: the person's connected account and each finished 1:1's send. */
  crm?: CrmPanelStatus;
}

export interface PersonResponses {
  getPersonView: PersonView;
  updatePerson: { person: Person; conflicts: string[] };
  correctPersonName: { person: Person };
}
