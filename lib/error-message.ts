/** The words of whatever was thrown: an Error's message, anything else as text. */
export const messageOf = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause));
