export function handle(request: unknown): unknown;
/** The demo API id of an activist (from the group and the person's page id). */
export function actionnetworkId(group: string, person: { id?: string | null; token?: string }): string;
