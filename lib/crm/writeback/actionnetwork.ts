import { t } from '../../i18n';
import { day, meetingDate } from './summary';
import { emailFilter, osdiErrorText, osdiHeaders, osdiId, osdiPeople } from './osdi';
import { ExplainedFailure, type CrmWriter, type Step } from './types';

/*
 * Action Network API v2 (OSDI, HAL+JSON), from ../shared/crm-apis.md. Verified only against the
 * demo contract server (demo/crm-api/actionnetwork.mjs), not a live group.
 * There is no contact history: the 1:1 sets custom fields (one value each, so the last 1:1
 * wins) and adds the tag if the group has it.
 * - The person is found by email (GET people?filter=email_address eq '…'; the id in the page's
 *   URL is not known to be the API's). Nobody with that email: an explained failure.
 * - PUT people/{id} with custom_fields.
 * - The tag through the signup helper (POST people with add_tags), which matches the person by
 *   email and ignores tag names the group does not have. Both writes are safe to repeat.
 * Field values are stable words (yes / ambivalent / no; the ladder level's key) so reports
 * across organizers and languages agree.
 */

export const actionnetwork: CrmWriter = {
  kind: 'actionnetwork',
  apiBase: () => 'https://actionnetwork.org/api/v2/',
  origins: () => ['https://actionnetwork.org/api/*'],
  headers: osdiHeaders,
  // About 4 calls per second (public clients; no official figure).
  minGapMs: 260,

  plan(ctx) {
    const email = ctx.person.email;
    if (!email) throw new ExplainedFailure(t('writeback.error.noEmail'));
    const s = ctx.connection.settings;
    const fields: Record<string, string> = {};
    if (s.lastDateField) fields[s.lastDateField] = day(meetingDate(ctx.meeting), ctx.timeZone);
    if (s.answerField && ctx.meeting.answer) fields[s.answerField] = ctx.meeting.answer;
    if (s.ladderField && ctx.meeting.report.ladder !== 'unknown') fields[s.ladderField] = ctx.meeting.report.ladder;
    const steps: Step[] = [
      {
        key: 'find-person',
        request: () => ({ method: 'GET', path: `people${emailFilter(email)}` }),
        read(body) {
          const id = osdiId(osdiPeople(body)[0], 'action_network');
          if (!id) throw new ExplainedFailure(t('writeback.error.anNoPerson', [email]));
          return { personId: id };
        },
      },
    ];
    if (Object.keys(fields).length) {
      steps.push({ key: 'fields', request: (found) => ({ method: 'PUT', path: `people/${found.personId}`, body: { custom_fields: fields } }) });
    }
    const tag = s.tag.trim();
    if (tag) {
      steps.push({
        key: 'tag',
        condition: t('writeback.preview.ifTagExists', [tag]),
        request: () => ({ method: 'POST', path: 'people', body: { person: { email_addresses: [{ address: email }] }, add_tags: [tag] } }),
      });
    }
    return steps;
  },

  // The API's entry point: answers with links and a message of the day, changes nothing.
  test: () => ({ method: 'GET', path: '' }),
  readTest: () => ({}),

  errorText: osdiErrorText,
};
