export const DEMO: {
  nationbuilderToken: string;
  oauthClientId: string;
  oauthClientSecret: string;
  actionnetworkKey: string;
  actionbuilderKey: string;
  actionbuilderCampaign: string;
  organizer: { id: string; first_name: string; last_name: string };
};
export interface LogEntry {
  at: number;
  crm: 'nationbuilder' | 'actionnetwork' | 'actionbuilder';
  host: string;
  method: string;
  path: string;
  body: any;
  status: number;
  fault?: string;
}
export const contract: {
  log: LogEntry[];
  contacts: Array<Record<string, string>>;
  tags: Array<{ id: string; nation: string; name: string }>;
  taggings: Array<{ id: string; nation: string; signup_id: string; tag_id: string }>;
  anFields: Record<string, Record<string, string>>;
  anTags: Record<string, string[]>;
  abAssessments: Record<string, number>;
  abTags: Record<string, Array<{ section: string; field: string; name: string }>>;
  faults: unknown[];
};
export function resetContract(): void;
export function addFault(fault: { crm?: string; method?: string; path?: string; kind: '401' | '403' | '429' | '500' | 'hang' | 'hang-after-store'; retryAfter?: number; times?: number }): void;
