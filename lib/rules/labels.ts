import type { LadderLevel } from '../model';

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
