#!/usr/bin/env node
// post-coach: the engine and ruleset tools on the command line, for managers and for evaluation.
import pkg from '../../package.json';
import { CliError, EXIT } from './cli-error.js';
import { COMMANDS, findCommand } from './commands.js';
import { write } from './io.js';
import { printable } from '../shared/printable.js';

function globalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: post-coach <command> [options]

Coaches public servants' social media posts against their organisation's code of conduct,
locally: nothing you check leaves this machine.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help     show this help (or post-coach <command> --help)
  -v, --version  show the version

Exit codes: 0 nothing found, 1 findings (or unmet expectations), 2 bad input, 3 internal error.`;
}

export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    process.stderr.write(`${globalHelp()}\n`);
    return EXIT.badInput;
  }
  if (first === '-h' || first === '--help' || first === 'help') {
    await write(`${globalHelp()}\n`);
    return EXIT.ok;
  }
  if (first === '-v' || first === '--version') {
    await write(`post-coach ${pkg.version}\n`);
    return EXIT.ok;
  }
  const entry = findCommand(first);
  if (!entry) {
    throw new CliError(first.startsWith('-') ? `unknown option ${first}; see post-coach --help` : `unknown command "${first}"; see post-coach --help`);
  }
  const command = await entry.load();
  return command.run(rest);
}

// Reading our own output through `head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(EXIT.ok);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof CliError) {
      process.stderr.write(`post-coach: ${printable(e.message)}\n`);
      process.exitCode = e.exitCode;
    } else {
      process.stderr.write(`post-coach: internal error: ${printable((e as Error)?.message ?? String(e))}\n`);
      process.exitCode = EXIT.internal;
    }
  },
);
