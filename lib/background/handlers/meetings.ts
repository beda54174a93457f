import { afterChange } from '../after-change';
import { getDB } from '../../store/db';
import { personFollowUps } from '../../store/followups';
import { cancelMeeting, createMeeting, finishMeeting, meetingWithCommitments, restoreMeeting, saveMeeting, setSpeaker } from '../../store/meetings';
import { deleteCommitment, putCommitment, restoreCommitment, setCommitmentStatus } from '../../store/commitments';
import { getSettings } from '../../store/settings';
import { getTemplate } from '../../store/templates';
import { CommitmentInput, fieldErrors } from '../../rules/commitments';
import { defaultSettings } from '../../model';
import type { Handlers } from '../router';
import { kickOutbox } from '../outbox';
import { t } from '../../i18n';

type MeetingHandlers = Pick<
  Handlers,
  | 'createMeeting'
  | 'saveMeeting'
  | 'startMeeting'
  | 'finishMeeting'
  | 'cancelMeeting'
  | 'restoreMeeting'
  | 'setSpeaker'
  | 'getMeeting'
  | 'saveCommitment'
  | 'setCommitmentStatus'
  | 'deleteCommitment'
  | 'restoreCommitment'
>;

/** Runs a write, then lets the badge and alarms catch up. */
async function write<T>(work: () => Promise<T>): Promise<T> {
  const result = await work();
  await afterChange();
  return result;
}

export const meetingHandlers: MeetingHandlers = {
  async createMeeting({ personKey, templateId, ...rest }) {
    const db = await getDB();
    const chosen = templateId ?? (await getSettings(db)).defaultTemplateId;
    // A default left naming a deleted model (by an older version) falls back to the built-in one.
    const template = (await getTemplate(db, chosen)) ?? (templateId ? undefined : await getTemplate(db, defaultSettings().defaultTemplateId));
    if (!template) throw new Error(t('errors.noTemplate', [chosen]));
    return write(() => createMeeting(db, { personKey, templateId: template.id, ...rest }, crypto.randomUUID(), Date.now()));
  },

  async saveMeeting({ id, baseRev, patch, force }) {
    const db = await getDB();
    if (patch.templateId && !(await getTemplate(db, patch.templateId))) throw new Error(t('errors.noTemplate', [patch.templateId]));
    const { record, conflicts } = await write(() => saveMeeting(db, id, patch, baseRev, Date.now(), force));
    return { meeting: record, conflicts };
  },

  async startMeeting({ id }) {
    const db = await getDB();
    const current = await db.get('meetings', id);
    if (!current) throw new Error(t('errors.noMeeting', [id]));
    if (current.status === 'held' || current.status === 'cancelled') return current;
    const patch = { status: 'in-progress' as const, startedAt: current.startedAt ?? Date.now() };
    const { record } = await write(() => saveMeeting(db, id, patch, current.rev, Date.now(), true));
    return record;
  },

  async finishMeeting({ id }) {
    const db = await getDB();
    const { meeting, person } = await write(() => finishMeeting(db, id, Date.now()));
    // A report queued for a connected CRM goes out now.
    void kickOutbox();
    return { meeting, person, followUps: await personFollowUps(db, meeting.personKey) };
  },

  async cancelMeeting({ id }) {
    const db = await getDB();
    return write(() => cancelMeeting(db, id, Date.now()));
  },

  async restoreMeeting({ id }) {
    const db = await getDB();
    return write(() => restoreMeeting(db, id, Date.now()));
  },

  async setSpeaker({ id, speaker }) {
    const db = await getDB();
    return setSpeaker(db, id, speaker ?? undefined, Date.now());
  },

  async getMeeting({ id }) {
    return meetingWithCommitments(await getDB(), id);
  },

  async deleteCommitment({ id }) {
    const db = await getDB();
    return write(() => deleteCommitment(db, id, Date.now()));
  },

  async restoreCommitment(removed) {
    if (removed.followUps.some((f) => f.personKey !== removed.commitment.personKey || f.commitmentId !== removed.commitment.id)) {
      throw new Error(t('errors.otherCommitment'));
    }
    const db = await getDB();
    return write(() => restoreCommitment(db, removed, Date.now()));
  },

  async saveCommitment({ commitment }) {
    const parsed = CommitmentInput.safeParse(commitment);
    if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
    const db = await getDB();
    const { id, dueAt, ...rest } = parsed.data;
    const existing = id ? await db.get('commitments', id) : undefined;
    const now = Date.now();
    const saved = await write(() =>
      putCommitment(
        db,
        { status: 'open', createdAt: now, updatedAt: now, ...existing, ...rest, id: id ?? crypto.randomUUID(), dueAt: dueAt! },
        now,
      ),
    );
    return { ok: true, commitment: saved };
  },

  async setCommitmentStatus({ id, status }) {
    const db = await getDB();
    return write(() => setCommitmentStatus(db, id, status, Date.now()));
  },
};
