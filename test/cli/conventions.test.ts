import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { colorOn, nearestWords } from '../../lib/cli/args';
import { ROOT, runKb } from './run-kb';
import { tempDir } from '../temp-dir';

const SAMPLE = path.join(ROOT, 'content');

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

  it('--help says what each command does and what they share; a command\'s --help says what it does', () => {
    const run = runKb(['--help']);
    expect(run.stdout).toContain('\ncommands:\n  import    read upstream status reports');
    expect(run.stdout).toMatch(/^ {2}search {4}search every report as the site does$/m);
    expect(run.stdout).toContain('--content DIR (default: $KB_CONTENT_DIR, else content/)');
    expect(run.stdout).toMatch(/^Exit status: 0 success; .*2 a wrong call\.$/m);
    expect(runKb(['show', '--help']).stdout).toMatch(/^usage: kb show .*\n\nshow one entry, report, project, subject or person\n$/);
    // A wrong call is answered with the calls alone, on stderr.
    expect(runKb([]).stderr).not.toContain('commands:');
  });

  it('takes a word after -- as an operand, not as --help or -h (getopt\'s rule)', () => {
    for (const word of ['--help', '-h']) {
      const run = runKb(['show', '--content', SAMPLE, '--', word]);
      expect(run.status, word).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`no entry, report, project, subject or person "${word}"`);
    }
    // Before --, help is still help.
    expect(runKb(['show', '--help', '--', 'bhyve']).stdout).toMatch(/^usage: kb show\b/);
  });

  it('names an option given before the command as an option, and says where options go', () => {
    const run = runKb(['--json', 'stats']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^kb: unknown option "--json"; options go after the command \(kb <command> \[options\]\)\nusage:\n/);
  });

  it('refuses an argument past the command help asks about', () => {
    const run = runKb(['help', 'show', 'search']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('kb help: unexpected argument "search"\nusage: kb help <command>\n');
  });

  it('takes a flag given twice, which loses nothing (an alias that has it, then the flag again)', () => {
    const run = runKb(['stats', '--json', '--content', SAMPLE, '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { reports: number }).reports).toBeGreaterThan(0);
  });

  it.each(['projects', 'subjects'])('kb %s names an entry file it cannot read as file:line: warning:, as kb check does', (command) => {
    const dir = tempDir('kb-unreadable-');
    cpSync(SAMPLE, dir, { recursive: true });
    const file = path.join(dir, '2014-01-2014-03', 'broken-entry.md');
    writeFileSync(file, '---\ntitle: A broken entry\nreport: 2014-01-2014-03\ncategory: [unclosed\n---\nBody.\n');
    const run = runKb([command, '--json', '--content', dir]);
    expect(run.status).toBe(0);
    expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
    const warning = run.stderr.split('\n').find((line) => line.startsWith(file));
    expect(warning).toMatch(new RegExp(`^${file.replace(/[.\\/]/g, '\\$&')}:\\d+: warning: front matter is not valid YAML`));
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
