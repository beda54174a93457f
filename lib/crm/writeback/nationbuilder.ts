import { t } from '../../i18n';
import type { MeetingMode } from '../../model';
import { crmNote } from './summary';
import { ExplainedFailure, type CrmWriter, type Found, type SendContext, type Step } from './types';

/*
 * NationBuilder API v2 (JSON:API), from ../shared/crm-apis.md. Verified only against the demo
 * contract server (demo/crm-api/nationbuilder.mjs), not a live nation.
 * - A contact on the person: POST contacts, the organizer (signups/me) as author, the 1:1's
 *   method, status "meaningful interaction", the note as content (created_at is read-only, so
 *   the date is in the content). No idempotency key: a contact whose outcome was unknown is
 *   looked for (GET contacts filtered by signup_id, the marker in the content) before resending.
 * - The tag: find it by name or create it, then tag the person (already tagged counts as done).
 */

const METHODS: Record<MeetingMode, string> = { 'in-person': 'face_to_face', video: 'video_call', phone: 'phone_call' };

type Doc = { data?: unknown };
const list = (body: unknown): { id?: string; attributes?: Record<string, unknown> }[] => {
  const data = (body as Doc | null)?.data;
  return Array.isArray(data) ? data : [];
};
const one = (body: unknown): { id?: string; attributes?: Record<string, unknown> } => {
  const data = (body as Doc | null)?.data;
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as { id?: string }) : {};
};

function signupId(ctx: SendContext): string {
  if (!ctx.person.crmId) throw new ExplainedFailure(t('writeback.error.noSignupId'));
  return ctx.person.crmId;
}

export const nationbuilder: CrmWriter = {
  kind: 'nationbuilder',
  apiBase: ({ account }) => `https://${account}.nationbuilder.com/api/v2/`,
  origins: (account) => [`https://${account}.nationbuilder.com/api/*`, `https://${account}.nationbuilder.com/oauth/*`],
  headers: (token) => ({
    authorization: `Bearer ${token}`,
    accept: 'application/vnd.api+json, application/json',
    'content-type': 'application/vnd.api+json',
  }),
  // 250 requests per 10 seconds per token; RateLimit-* headers slow us down before a 429.
  minGapMs: 40,

  plan(ctx) {
    const signup = signupId(ctx);
    const content = crmNote(
      {
        meeting: ctx.meeting,
        person: ctx.person,
        commitments: ctx.commitments,
        templateName: ctx.templateName,
        organizerName: ctx.organizerName,
        timeZone: ctx.timeZone,
        includeNotes: !ctx.meeting.private,
      },
      { marker: ctx.marker, update: ctx.kind === 'update' },
    );
    const attributes: Record<string, string> = {
      signup_id: signup,
      contact_method: METHODS[ctx.meeting.mode],
      contact_status: 'meaningful_interaction',
      content,
    };
    if (ctx.connection.organizer?.id) attributes.author_id = ctx.connection.organizer.id;
    const tag = ctx.connection.settings.tag.trim();
    const steps: Step[] = [
      {
        key: 'contact',
        request: () => ({ method: 'POST', path: 'contacts', body: { data: { type: 'contacts', attributes } } }),
        read: (body) => ({ contactId: String(one(body).id ?? '') }),
        verify: {
          request: () => ({ method: 'GET', path: `contacts?filter[signup_id]=${encodeURIComponent(signup)}` }),
          landed(body) {
            const hit = list(body).find((c) => String(c.attributes?.content ?? '').includes(ctx.marker));
            return hit ? { contactId: String(hit.id ?? '') } : undefined;
          },
        },
      },
    ];
    if (!tag) return steps;
    const findTag = { method: 'GET' as const, path: `signup_tags?filter[name]=${encodeURIComponent(tag)}` };
    const tagIdIn = (body: unknown) => list(body).find((x) => String(x.attributes?.name ?? '').toLowerCase() === tag.toLowerCase())?.id;
    steps.push(
      {
        key: 'find-tag',
        request: () => findTag,
        read: (body): Found => {
          const id = tagIdIn(body);
          return id ? { tagId: String(id) } : {};
        },
      },
      {
        key: 'create-tag',
        condition: t('writeback.preview.ifTagMissing', [tag]),
        request: (found) => (found.tagId ? undefined : { method: 'POST', path: 'signup_tags', body: { data: { type: 'signup_tags', attributes: { name: tag } } } }),
        read: (body) => ({ tagId: String(one(body).id ?? '') }),
        verify: {
          request: () => findTag,
          landed: (body) => {
            const id = tagIdIn(body);
            return id ? { tagId: String(id) } : undefined;
          },
        },
      },
      {
        key: 'tagging',
        request: (found) => ({
          method: 'POST',
          path: 'signup_taggings',
          body: { data: { type: 'signup_taggings', attributes: { signup_id: signup, tag_id: found.tagId ?? '' } } },
        }),
        alreadyDone: (status, body) => status === 422 && /already|taken/i.test(JSON.stringify(body ?? '')),
      },
    );
    return steps;
  },

  test: () => ({ method: 'GET', path: 'signups/me' }),
  readTest(body) {
    const me = one(body);
    const a = me.attributes ?? {};
    const name = String(a.full_name ?? [a.first_name, a.last_name].filter(Boolean).join(' ')).trim();
    return me.id ? { organizer: { id: String(me.id), name } } : {};
  },

  errorText(body) {
    if (!body || typeof body !== 'object') return undefined;
    const b = body as { errors?: { detail?: string; title?: string; source?: { pointer?: string } }[]; message?: string; code?: string };
    if (Array.isArray(b.errors) && b.errors.length) {
      return b.errors.map((e) => e.detail ?? e.title ?? '').filter(Boolean).join('; ') || undefined;
    }
    return b.message ?? b.code;
  },
};
