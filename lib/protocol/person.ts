import { z } from 'zod';
import { LadderLevel, Person, PersonKey, PersonRefSchema, Settings, ShortText, patchOf } from '../model';
import type { Commitment, FollowUp, Meeting, Template } from '../model';
import { LIMITS } from '../limits';

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
  /** The panel opens on a person: record them and return all it needs to show. */
  getPersonView: z.object({ ref: PersonRefSchema }).strict(),
  /** Edit organizer-owned fields of a person (notes, how you know them, ladder level...). */
  updatePerson: z
    .object({ key: PersonKey, baseRev: z.number().int().min(0), patch: PersonPatch, force: z.boolean().optional() })
    .strict(),
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
}

export interface PersonResponses {
  getPersonView: PersonView;
  updatePerson: { person: Person; conflicts: string[] };
}
