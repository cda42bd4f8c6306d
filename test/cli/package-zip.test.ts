// The zip writer: every file back byte for byte, stored or deflated, and the same bytes for the same folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesOf, zip } from '../../src/cli/package-zip.js';
import { unzip } from './package-read.js';

describe('zip', () => {
  const dir = mkdtempSync(join(tmpdir(), 'post-coach-zip-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'manifest.json'), '{"version":"1"}'.repeat(50));
  writeFileSync(join(dir, 'assets', 'b.js'), Buffer.from([0, 255, 1, 2]));
  writeFileSync(join(dir, 'assets', 'عربي.txt'), 'مرحبا');

  it('lists a folder\'s files with forward slashes, sorted', () => {
    expect(filesOf(dir).map((f) => f.name)).toEqual(['assets/b.js', 'assets/عربي.txt', 'manifest.json']);
  });

  it('gives every file back unchanged', () => {
    const files = unzip(zip(filesOf(dir)));
    expect([...files.keys()]).toEqual(['assets/b.js', 'assets/عربي.txt', 'manifest.json']);
    expect(files.get('manifest.json')!.toString()).toBe('{"version":"1"}'.repeat(50));
    expect([...files.get('assets/b.js')!]).toEqual([0, 255, 1, 2]);
    expect(files.get('assets/عربي.txt')!.toString()).toBe('مرحبا');
  });

  it('is byte-identical for the same folder', () => {
    expect(zip(filesOf(dir)).equals(zip(filesOf(dir)))).toBe(true);
  });
});
