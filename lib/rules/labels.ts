import type { FollowUpKind } from '../model';

/** Short verbs for each kind of follow-up, as organizers say them. */
export const followUpLabels: Record<FollowUpKind, string> = {
  'thank-you': 'Say thank you',
  confirm: 'Confirm the 1:1',
  'commitment-reminder': 'Remind',
  'commitment-check': 'Check the commitment',
  'check-in': 'Check in',
  debrief: 'Debrief',
  referral: 'Invite a referral',
  custom: 'Follow up',
};
