export function findChromium(): string | undefined;
export function chromiumArgs(options: { extensionDir: string; hostRules: string }): string[];
