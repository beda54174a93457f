import { z } from 'zod';
import { CrmKindSchema, PersonRefSchema } from '../model';
import { LIMITS } from '../limits';

/** A one-time secret the guest gives its frame, proving to the background that our guest made it. */
export const Token = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, 'Not a panel token');

/** What a page said about a person when it could not be read whole. */
export const PartialRef = z
  .object({
    crm: CrmKindSchema,
    url: z.url(),
    account: z.string().max(LIMITS.id).optional(),
    crmId: z.string().max(LIMITS.id).optional(),
    name: z.string().max(LIMITS.name).optional(),
    email: z.string().max(LIMITS.email).optional(),
    phone: z.string().max(LIMITS.phone).optional(),
    emailOptedOut: z.boolean().optional(),
  })
  .strip();

/** What the guest reads on its page; the panel shows the person only through this. */
export const TabRead = z.discriminatedUnion('phase', [
  z.object({ phase: z.literal('reading'), crm: CrmKindSchema }),
  z.object({ phase: z.literal('recognized'), ref: PersonRefSchema }),
  z.object({
    phase: z.literal('unrecognized'),
    partial: PartialRef,
    problem: z.string().max(LIMITS.short),
    problemCode: z.enum(['no-name', 'title-not-name', 'http-error', 'not-found', 'not-person-page', 'no-id-no-email', 'stale', 'read-failed']).optional(),
    problemDetail: z.string().max(LIMITS.short).optional(),
    /** An error or "not found" page under a person's address: no one to show, nothing stored. */
    noPerson: z.boolean().optional(),
  }),
]);
export type TabRead = z.infer<typeof TabRead>;

/** How the panel sits on the page: folded to its rail or open, and how wide. */
export const PanelLayout = z.object({
  collapsed: z.boolean(),
  width: z.number().int().min(LIMITS.panelMinWidth).max(LIMITS.panelMaxWidth),
  /** The page ignored the room it was given: the panel overlays it (the guest measures this). */
  overlays: z.boolean().default(false),
  /**
   * The frame's accessible name, in the organizer's language. The background words it: reading
   * it in the guest would cost the CRM page a synchronous fetch of the whole message catalogue.
   */
  label: z.string().max(100).optional(),
});
export type PanelLayout = z.infer<typeof PanelLayout>;

export const panelRequests = {
  /** The guest (content script) says what its page shows. Its only message. */
  guestReport: z.object({ token: Token, read: TabRead, overlays: z.boolean().optional() }).strict(),
  /** The guest folds or unfolds the panel (the keyboard shortcut); only with its tab's token. */
  guestFold: z.object({ token: Token, collapsed: z.boolean() }).strict(),
  /** The panel frame proves it is this tab's own (the token came from the guest) and learns its tab. */
  panelHello: z.object({ token: Token }).strict(),
  /** The panel asks again what its tab shows (after a nudge). */
  panelState: z.object({}).strict(),
  /** The page could not be read: the organizer names the person for this tab. */
  confirmManualPerson: z
    .object({ name: z.string().trim().min(1).max(LIMITS.name), email: z.string().trim().max(LIMITS.email).optional() })
    .strict(),
  /** Fold, unfold or resize the panel; remembered, and passed on to this tab's guest. */
  setPanelLayout: z.object({ collapsed: z.boolean().optional(), width: PanelLayout.shape.width.optional() }).strict(),
};

export interface TabState {
  tabId: number;
  read: TabRead;
  layout: PanelLayout;
}

export interface PanelResponses {
  guestReport: PanelLayout;
  guestFold: PanelLayout;
  panelHello: TabState;
  panelState: TabState;
  confirmManualPerson: TabState;
  setPanelLayout: PanelLayout;
}
