import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '../lib/messaging';
import { handlers } from '../lib/background/handlers';
import { checkPanel, checkRequest, unknownMessageReply, type Handler } from '../lib/background/router';
import { onTabRemoved } from '../lib/background/handlers/panel';
import { contextOf } from '../lib/background/sender';
import type { MessageType } from '../lib/protocol';
import { reinjectContentScripts } from '../lib/background/reinject';
import { afterChange } from '../lib/background/after-change';
import { onNotificationButton, onNotificationClick } from '../lib/background/notification-actions';
import { NEXT_ALARM, SWEEP_ALARM } from '../lib/scheduler';
import { kickOutbox, OUTBOX_ALARM } from '../lib/background/outbox';
import { setZodLanguage } from '../lib/zod-language';

export default defineBackground({
  type: 'module',
  main() {
    // Validation messages go back to the pages: in the interface language, zod's own ones too.
    setZodLanguage();
    // Every listener registers synchronously, at the top of the worker's start, so that the
    // event that woke a killed worker is delivered. State lives in IndexedDB, never here.
    for (const type of Object.keys(handlers) as MessageType[]) {
      const handler = handlers[type] as Handler<MessageType>;
      onMessage(type, async ({ data, sender }) => {
        // Who may ask for what is one table (lib/protocol/access.ts), checked before any handler.
        const parsed = checkRequest(type, data, sender, browser.runtime.id);
        const checked = { ...sender, context: contextOf(sender, browser.runtime.id) };
        await checkPanel(type, parsed, checked);
        return handler(parsed, checked);
      });
    }
    browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      const reply = unknownMessageReply(message);
      if (reply) sendResponse(reply);
      return false;
    });

    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === NEXT_ALARM || alarm.name === SWEEP_ALARM) void afterChange();
      // The outbox's one alarm wakes a stopped worker for the next send; the sweep is a second net.
      if (alarm.name === OUTBOX_ALARM || alarm.name === SWEEP_ALARM) void kickOutbox();
    });
    browser.notifications.onClicked.addListener((id) => void onNotificationClick(id));
    browser.notifications.onButtonClicked.addListener((id, button) => void onNotificationButton(id, button));
    browser.runtime.onInstalled.addListener(() => {
      void reinjectContentScripts();
      void afterChange();
    });
    browser.runtime.onStartup.addListener(() => void afterChange());
    // Firefox: CRM sites allowed after install (host permissions are opt-in there) get the
    // panel in the tabs already open, without a reload.
    browser.permissions.onAdded.addListener(() => void reinjectContentScripts());
    browser.tabs.onRemoved.addListener((tabId) => onTabRemoved(tabId));

    // A host permission taken back (Firefox lets the organizer do that) stops sends to that CRM.
    browser.permissions.onRemoved.addListener(() => void kickOutbox());
    // The toggle shortcut goes to the panel in the active tab (a tab without one just ignores it).
    browser.commands.onCommand.addListener((command, tab) => {
      if (command === 'toggle-panel' && tab?.id !== undefined) void sendMessage('togglePanel', undefined, { tabId: tab.id, frameId: 0 }).catch(() => undefined);
    });

    // Alarms may not survive a browser restart or an update: repair them (and the badge) from
    // the store every time the worker starts. The outbox resumes from the store the same way.
    void afterChange();
    void kickOutbox();
  },
});
