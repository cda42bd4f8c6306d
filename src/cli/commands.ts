// The CLI's commands. Each module exports `help` and `run(args)`; it is loaded only when its command runs.
export interface CommandModule {
  /** Full help text, shown by `post-coach <command> --help`. */
  help: string;
  /** Runs the command with the arguments after its name; resolves to the exit code. */
  run(args: string[]): Promise<number>;
}

export interface CommandEntry {
  name: string;
  /** One line for `post-coach --help`. */
  summary: string;
  load(): Promise<CommandModule>;
}

export const COMMANDS: CommandEntry[] = [
  { name: 'check', summary: 'check a draft post (TEXT, standard input or --jsonl FILE)', load: () => import('./check-command.js') },
  { name: 'ruleset', summary: 'validate a ruleset, or test it against sample posts', load: () => import('./ruleset-command.js') },
  { name: 'policy', summary: 'print enterprise policy files for Chrome, Edge and Firefox', load: () => import('./policy-command.js') },
  { name: 'package', summary: 'package the built extension: store uploads, a signed CRX, an xpi and update manifests', load: () => import('./package-command.js') },
];

export function findCommand(name: string): CommandEntry | undefined {
  return COMMANDS.find((c) => c.name === name);
}
