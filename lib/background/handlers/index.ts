import type { Handlers } from '../router';
import { personHandlers } from './person';
import { settingsHandlers } from './settings';
import { meetingHandlers } from './meetings';
import { followUpHandlers } from './followups';
import { dataHandlers } from './data';
import { panelHandlers } from './panel';

import { teamHandlers } from './team';

import { crmHandlers } from './crm';

/** One handler per message type; TypeScript refuses a message without one. */
export const handlers: Handlers = {
  ...personHandlers,
  ...settingsHandlers,
  ...meetingHandlers,
  ...followUpHandlers,
  ...dataHandlers,
  ...panelHandlers,

  ...teamHandlers,

  ...crmHandlers,
};
