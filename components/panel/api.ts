/**
 * What the panel components can ask for. The content script implements it with messages to the
 * background (entrypoints/crm.content/person-api.ts); tests implement it with plain functions.
 * Components never message or store anything themselves.
 */
export interface PanelApi {
  savePersonNotes(notes: string): Promise<void>;
}
