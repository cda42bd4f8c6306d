// Files, standard input and standard output for the CLI, with every failure as a clear CliError.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { CliError } from './cli-error.js';

/** The text of a file, or a CliError saying plainly why it cannot be read. */
export async function readTextFile(path: string): Promise<string> {
  await assertReadableFile(path);
  try {
    return stripBom(await readFile(path, 'utf8'));
  } catch (e) {
    throw fileError(path, e);
  }
}

/** Everything on standard input as text. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return stripBom(Buffer.concat(chunks).toString('utf8'));
}

/** Lines of a file, or of standard input for "-", read as a stream so large files never sit in memory. */
export async function lines(path: string): Promise<AsyncIterable<string>> {
  if (path !== '-') await assertReadableFile(path);
  const input = path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8' });
  return createInterface({ input, crlfDelay: Infinity });
}

/** Write to standard output, waiting when the pipe is full. */
export async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

/** Parse JSON from a file's text; a syntax error names the file. */
export function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CliError(`${path}: not valid JSON (${(e as Error).message})`);
  }
}

async function assertReadableFile(path: string): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    throw fileError(path, e);
  }
  if (info.isDirectory()) throw new CliError(`${path}: is a directory, not a file`);
}

function fileError(path: string, e: unknown): CliError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new CliError(`${path}: no such file`);
  if (code === 'EACCES' || code === 'EPERM') return new CliError(`${path}: permission denied`);
  if (code === 'EISDIR') return new CliError(`${path}: is a directory, not a file`);
  return new CliError(`${path}: cannot be read (${code ?? (e as Error).message})`);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
