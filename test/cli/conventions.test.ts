import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { colorOn, nearestWords } from '../../lib/cli/args';
import { ROOT, runKb } from './run-kb';

describe('kb as other command lines behave', () => {
  it('with no arguments prints the usage on stderr, not stdout, and exits 2', () => {
    const run = runKb([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^usage:\n {2}kb import /);
  });

  it('--help prints the usage on stdout and exits 0', () => {
    const run = runKb(['--help']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^usage:\n/);
    expect(run.stdout).toContain('  kb help <command>\n');
  });

  it.each(['search', 'show', 'import'])('help %s prints that command\'s usage, as the command\'s --help does', (command) => {
    const run = runKb(['help', command]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(runKb([command, '--help']).stdout);
    expect(run.stdout).toMatch(new RegExp(`^usage: kb ${command}\\b`));
  });

  it('offers the nearest command for a mistyped one, and exits 2', () => {
    const run = runKb(['serch']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('kb: unknown command "serch"; did you mean "search"?\n');
    expect(runKb(['help', 'shwo']).stderr).toBe('kb: unknown command "shwo"; did you mean "show"?\n');
  });

  it('lists the commands for a word near none of them; Object\'s own names are no commands', () => {
    for (const name of ['frobnicate', 'toString']) {
      const run = runKb([name]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^kb: unknown command "${name}"\\nusage:\\n`));
    }
  });

  it('--version prints the version package.json gives', () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = runKb(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${version}\n`);
  });
});

describe('colorOn', () => {
  it('colours a terminal only, and not at all when NO_COLOR is set (no-color.org)', () => {
    expect(colorOn({ isTTY: true }, {})).toBe(true);
    expect(colorOn({ isTTY: false }, {})).toBe(false);
    expect(colorOn({}, {})).toBe(false);
    expect(colorOn({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    // Set but empty does not count, as no-color.org says.
    expect(colorOn({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
  });
});

describe('nearestWords', () => {
  it('keeps the nearest within two edits, a swap counting one', () => {
    expect(nearestWords('serch', ['import', 'search', 'show'])).toEqual(['search']);
    expect(nearestWords('bhyev', ['bhyve', 'bhyve-2'])).toEqual(['bhyve']);
    expect(nearestWords('zfz', ['zfs', 'nfs', 'cam'])).toEqual(['zfs']);
    expect(nearestWords('frobnicate', ['import', 'search'])).toEqual([]);
  });
});
