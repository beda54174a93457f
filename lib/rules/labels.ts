import type { FollowUpKind, LadderLevel } from '../model';

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

/** The ladder of engagement, in plain words. */
export const ladderLabels: Record<LadderLevel, string> = {
  unknown: 'Not sure yet',
  supporter: 'Supporter',
  attends: 'Comes to things',
  volunteers: 'Volunteers',
  hosts: 'Hosts',
  leads: 'Leads',
  recruits: 'Recruits others',
  organizes: 'Holds their own 1:1s',
};
