import { z } from 'zod';
import { Commitment, Drive, FollowUp, Meeting, Person, Settings, Template, Timestamp } from '../model';
import { builtInTemplates } from '../templates/builtin';
import { t } from '../i18n';
import { formatPath, parseVersionedFile, readJson, type VersionedFileWords } from './json-file';

/**
 * The backup file: everything the organizer has, in one versioned JSON document. It is read
 * back only after the whole file has been checked, so a bad file changes nothing.
 */
export const BACKUP_FORMAT = '1:1-companion-backup';
export const BACKUP_VERSION = 1;

export const BackupV1 = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: Timestamp,
  people: z.array(Person),
  meetings: z.array(Meeting),
  commitments: z.array(Commitment),
  followups: z.array(FollowUp),
  /** Custom templates only: the built-in ones ship with the extension. */
  templates: z.array(Template),
  settings: Settings,
  /** 1:1 drive goals (absent from backups made before drives existed). */
  drives: z.array(Drive).default([]),
});
export type Backup = z.infer<typeof BackupV1>;

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; problem: string };

const refuse = (problem: string): BackupCheck => ({ ok: false, problem });

const backupWords: VersionedFileWords = {
  notJson: (reason) => t('data.backup.notJson', [reason]),
  notObject: () => t('data.backup.notObject'),
  wrongFormat: () => t('data.backup.wrongFormat', [BACKUP_FORMAT]),
  noVersion: () => t('data.backup.noVersion'),
  newerVersion: (version) => t('data.backup.newerVersion', [String(version), String(BACKUP_VERSION)]),
  unknownVersion: (version) => t('data.backup.unknownVersion', [String(version)]),
  topLevel: () => t('data.backup.topLevel'),
  problemAt: (where, message) => t('data.backup.problemAt', [where, message]),
  problemAtMore: (where, message, more) => t('data.backup.problemAtMore', more, [where, message, String(more)]),
};

/** Checks a backup file from its text: JSON, format, version, every field, duplicates and links. */
export function parseBackup(text: string): BackupCheck {
  const parsed = parseVersionedFile(text, { format: BACKUP_FORMAT, version: BACKUP_VERSION, schema: BackupV1, words: backupWords });
  if (!parsed.ok) return parsed;
  const problem = findDuplicates(parsed.data) ?? findBrokenLinks(parsed.data);
  return problem ? refuse(problem) : { ok: true, backup: parsed.data };
}

function findDuplicates(b: Backup): string | undefined {
  const lists: [string, readonly { id?: string; key?: string }[], 'id' | 'key'][] = [
    ['people', b.people, 'key'],
    ['meetings', b.meetings, 'id'],
    ['commitments', b.commitments, 'id'],
    ['followups', b.followups, 'id'],
    ['templates', b.templates, 'id'],
  ];
  for (const [name, list, field] of lists) {
    const seen = new Map<string, number>();
    for (const [index, item] of list.entries()) {
      const value = item[field]!;
      const earlier = seen.get(value);
      if (earlier !== undefined) {
        return t('data.backup.duplicate', [`${name}[${index}].${field}`, value, `${name}[${earlier}]`]);
      }
      seen.set(value, index);
    }
  }
  const builtIn = b.templates.findIndex((t) => builtInTemplates.some((x) => x.id === t.id));
  if (builtIn >= 0) return t('data.backup.builtInId', [`templates[${builtIn}].id`, b.templates[builtIn]!.id]);
  return undefined;
}

function findBrokenLinks(b: Backup): string | undefined {
  const people = new Set(b.people.map((p) => p.key));
  const meetings = new Set(b.meetings.map((m) => m.id));
  const commitments = new Set(b.commitments.map((c) => c.id));
  const check = (name: string, list: readonly { personKey: string; meetingId?: string; commitmentId?: string }[]) => {
    for (const [index, item] of list.entries()) {
      if (!people.has(item.personKey)) return t('data.backup.noPerson', [`${name}[${index}].personKey`, item.personKey]);
      if (item.meetingId !== undefined && !meetings.has(item.meetingId)) {
        return t('data.backup.noMeeting', [`${name}[${index}].meetingId`, item.meetingId]);
      }
      if (item.commitmentId !== undefined && !commitments.has(item.commitmentId)) {
        return t('data.backup.noCommitment', [`${name}[${index}].commitmentId`, item.commitmentId]);
      }
    }
    return undefined;
  };
  return check('meetings', b.meetings) ?? check('commitments', b.commitments) ?? check('followups', b.followups) ?? findMissingTemplates(b);
}

/**
 * The default model and every 1:1 still to be held must name a model that exists, or the panel
 * could not plan or open them. A held or cancelled 1:1 keeps the id of the model it followed
 * after that model is deleted: it is history, and nothing opens it with its model.
 */
function findMissingTemplates(b: Backup): string | undefined {
  const templates = new Set([...builtInTemplates, ...b.templates].map((template) => template.id));
  if (!templates.has(b.settings.defaultTemplateId)) return t('data.noTemplate', ['settings.defaultTemplateId', b.settings.defaultTemplateId]);
  const index = b.meetings.findIndex((m) => (m.status === 'planned' || m.status === 'in-progress') && !templates.has(m.templateId));
  return index < 0 ? undefined : t('data.noTemplate', [`meetings[${index}].templateId`, b.meetings[index]!.templateId]);
}

/** Checks one template file (import on the options page), with the same kind of message. */
export function parseTemplateFile(text: string): { ok: true; templates: Template[] } | { ok: false; problem: string } {
  const json = readJson(text);
  if (!json.ok) return { ok: false, problem: t('data.backup.notJson', [json.reason]) };
  const data = json.data;
  const list = Array.isArray(data) ? data : [data];
  const parsed = z.array(Template).min(1, { error: () => t('data.templateFile.empty') }).safeParse(list);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    const where = Array.isArray(data) ? formatPath(first.path) : formatPath(first.path.slice(1));
    return { ok: false, problem: t('data.templateFile.problemAt', [where || t('data.backup.topLevel'), first.message]) };
  }
  // All or nothing: one built-in id refuses the whole file, before anything is saved.
  const builtIn = parsed.data.findIndex((template) => builtInTemplates.some((b) => b.id === template.id));
  if (builtIn >= 0) {
    const where = Array.isArray(data) ? `[${builtIn}].id` : 'id';
    return { ok: false, problem: t('data.templateBuiltInId', [where, parsed.data[builtIn]!.id]) };
  }
  return { ok: true, templates: parsed.data };
}
