export function route(host: string, url: URL): { status: number; html: string } | null;
