import type { CrmKind } from '../model';

/** Each CRM's own name: a product name, the same in every language. */
export const CRM_NAMES: Readonly<Record<CrmKind, string>> = {
  nationbuilder: 'NationBuilder',
  actionnetwork: 'Action Network',
  actionbuilder: 'Action Builder',
};

/** How one connected account is named on screen: "NationBuilder · riverside". */
export const connectionName = (crm: CrmKind, account: string): string => `${CRM_NAMES[crm]} · ${account}`;
