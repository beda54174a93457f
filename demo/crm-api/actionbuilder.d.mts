export function handle(request: unknown): unknown;
/** The demo interact id of an entity (from the organization and the app's numeric id). */
export function actionbuilderId(org: string, person: { id: string }): string;
