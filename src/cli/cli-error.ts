// A problem with what the person gave the CLI: shown as one line on stderr, never as a stack trace.
export class CliError extends Error {
  constructor(
    message: string,
    /** 2: bad input (arguments, files, rulesets). */
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Exit codes, documented in `post-coach --help`. */
export const EXIT = {
  ok: 0,
  findings: 1,
  badInput: 2,
  internal: 3,
} as const;
