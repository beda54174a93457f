// addons-linter ships no types; this is the part of its Node API the store check uses.
declare module 'addons-linter' {
  interface LinterMessage {
    code: string;
    file?: string;
    line?: number;
    message: string;
    description?: string;
  }
  interface LinterResult {
    errors: LinterMessage[];
    warnings: LinterMessage[];
    notices: LinterMessage[];
  }
  const addonsLinter: {
    createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): { run(): Promise<LinterResult> };
  };
  export default addonsLinter;
}
