// The shipped notice names every bundled package with the licence text that package ships.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { NOTICES_PATH, bundledPackages, noticesWithLibraries } from '../scripts/gen-library-notices.mjs';

describe('third-party notices', () => {
  it('is up to date with the installed packages', () => {
    const current = readFileSync(NOTICES_PATH, 'utf8');
    expect(noticesWithLibraries(current)).toBe(current);
  });

  it('lists the packages the builds bundle, production dependencies and preact among them', () => {
    const names: string[] = bundledPackages();
    for (const name of ['compromise', 'libphonenumber-js', 'obscenity', 're2js', '@floating-ui/dom', 'preact']) expect(names).toContain(name);
    expect(names).not.toContain('vite');
    const notices = readFileSync(NOTICES_PATH, 'utf8');
    for (const name of names) expect(notices).toContain(`\n### ${name} `);
  });

  it('adds the section once and rewrites it in place', () => {
    const once = noticesWithLibraries('# Notices\n', 'A');
    expect(once).toBe('# Notices\n\nA\n');
  });
});
