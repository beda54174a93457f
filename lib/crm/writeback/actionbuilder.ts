import { t } from '../../i18n';
import { emailFilter, osdiErrorText, osdiHeaders, osdiId, osdiPeople, type OsdiResource } from './osdi';
import { ExplainedFailure, type CrmWriter, type Step } from './types';

/*
 * Action Builder REST v1 (OSDI 1.2), from ../shared/crm-apis.md. Verified only against the demo
 * contract server (demo/crm-api/actionbuilder.mjs), not a live organization.
 * - People live under a campaign and the API knows them by a 36-character interact id, not
 *   the app's numeric id in the page's URL: the person is looked up by email and matched on
 *   browser_url (which carries the app's id).
 * - The signup helper (POST campaigns/{cid}/people) sets the assessment from the ladder level
 *   (the organizer's mapping) and adds the tag response in the section and field the
 *   organizer named. Both are safe to repeat.
 * - A response not enabled in the campaign is dropped with a 200: the person is read back and
 *   the assessment compared, so a silent drop shows as a failure with its reason.
 */

type Hal = OsdiResource & { browser_url?: string; 'action_builder:latest_assessment'?: number | null };

export const actionbuilder: CrmWriter = {
  kind: 'actionbuilder',
  apiBase: ({ account }) => `https://${account}.actionbuilder.org/api/rest/v1/`,
  origins: (account) => [`https://${account}.actionbuilder.org/api/*`],
  headers: osdiHeaders,
  // Maintainers who sync nightly pace themselves at about 4 calls per second.
  minGapMs: 260,

  plan(ctx) {
    const campaign = ctx.connection.campaignId;
    if (!campaign) throw new ExplainedFailure(t('writeback.error.noCampaign'));
    const email = ctx.person.email;
    if (!email) throw new ExplainedFailure(t('writeback.error.noEmail'));
    const s = ctx.connection.settings;
    const level = ctx.meeting.report.ladder;
    const assessment = level === 'unknown' ? null : (s.assessments[level] ?? null);
    const tag = s.tag.trim();
    const tagResponse = tag && s.tagSection && s.tagField ? { 'action_builder:section': s.tagSection, 'action_builder:field': s.tagField, name: tag } : undefined;
    if (assessment === null && !tagResponse) return [];
    const base = `campaigns/${campaign}/people`;
    const entityPath = `/entity/view/${ctx.person.crmId ?? ''}/`;
    const steps: Step[] = [
      {
        key: 'find-person',
        request: () => ({ method: 'GET', path: `${base}${emailFilter(email)}` }),
        read(body) {
          const people = osdiPeople<Hal>(body);
          const match = people.find((p) => ctx.person.crmId && p.browser_url?.includes(entityPath)) ?? (people.length === 1 ? people[0] : undefined);
          const id = osdiId(match, 'action_builder');
          if (!id) throw new ExplainedFailure(t('writeback.error.abNoPerson', [email]));
          return { personId: id };
        },
      },
      {
        key: 'signup',
        request: (found) => ({
          method: 'POST',
          path: base,
          body: {
            person: {
              identifiers: [`action_builder:${found.personId}`],
              ...(assessment !== null ? { 'action_builder:latest_assessment': assessment } : {}),
            },
            ...(tagResponse ? { add_tags: [tagResponse] } : {}),
          },
        }),
      },
    ];
    if (assessment !== null) {
      steps.push({
        key: 'confirm',
        request: (found) => ({ method: 'GET', path: `${base}/${found.personId}` }),
        read(body) {
          const kept = (body as Hal | null)?.['action_builder:latest_assessment'];
          if (kept !== assessment) throw new ExplainedFailure(t('writeback.error.abDropped', [String(assessment)]));
          return {};
        },
      });
    }
    return steps;
  },

  test: ({ campaignId }) => ({ method: 'GET', path: `campaigns/${campaignId ?? ''}` }),
  readTest: (body) => {
    const name = (body as { name?: unknown; title?: unknown } | null)?.name ?? (body as { title?: unknown } | null)?.title;
    return typeof name === 'string' ? { campaignName: name } : {};
  },

  // Besides error or message, a list of errors (JSON:API style).
  errorText(body) {
    const errors = (body as { errors?: { detail?: string; title?: string }[] } | null)?.errors;
    return osdiErrorText(body) ?? errors?.map((e) => e.detail ?? e.title).join('; ');
  },
};
