import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKb } from './run-kb';
import { tempDir } from '../temp-dir';

const REPORT = '<?xml version="1.0" encoding="utf-8"?>\n<report>\n  <date><month>April-June</month><year>2019</year></date>\n  <project><title>Lamp Drivers</title><body><p>Lamps blink.</p></body></project>\n</report>\n';

/** A source folder holding one XML report. */
function source(into = tempDir('kb-out-src-')): string {
  mkdirSync(into, { recursive: true });
  writeFileSync(path.join(into, 'report-2019-04-2019-06.xml'), REPORT);
  return into;
}

describe('kb import --out a folder that is not a content folder', () => {
  it('refuses a folder holding other files, and leaves it as it was', () => {
    const home = tempDir('kb-out-home-');
    writeFileSync(path.join(home, 'notes.txt'), 'my notes');
    mkdirSync(path.join(home, 'projects-of-mine'));
    const run = runKb(['import', source(), '--out', home]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`kb import: ${home} holds files but is not a content folder (no report folder, no ledger, no projects.yml): an import replaces the whole folder, so name a new or empty folder, or a content folder\n`);
    expect(readdirSync(home).sort()).toEqual(['notes.txt', 'projects-of-mine']);
    expect(readdirSync(path.dirname(home)).some((name) => name.startsWith(`.${path.basename(home)}.import-`))).toBe(false);
  });

  it('refuses a folder that holds the source', () => {
    const out = tempDir('kb-out-holding-');
    const src = source(path.join(out, 'upstream'));
    const run = runKb(['import', src, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`kb import: ${out} holds the source ${src}: an import replaces the folder it writes, so write the content elsewhere\n`);
    expect(existsSync(path.join(src, 'report-2019-04-2019-06.xml'))).toBe(true);
  });

  it('refuses a folder that holds the source reached through a link', () => {
    const root = tempDir('kb-out-linked-');
    const out = path.join(root, 'kb');
    expect(runKb(['import', source(), '--out', out]).status).toBe(0);
    const src = source(path.join(out, 'upstream'));
    symlinkSync(src, path.join(root, 'upstream-link'));
    const run = runKb(['import', path.join(root, 'upstream-link'), '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`kb import: ${out} holds the source ${path.join(root, 'upstream-link')}`);
  });

  it('names a file of a content folder it cannot carry over (a pipe), without a stack trace, and changes nothing', () => {
    const out = tempDir('kb-out-pipe-');
    const src = source();
    expect(runKb(['import', src, '--out', out]).status).toBe(0);
    execFileSync('mkfifo', [path.join(out, 'pipe')]);
    const before = readdirSync(out).sort();
    const run = runKb(['import', src, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`kb import: cannot carry ${path.join(out, 'pipe')} over into the new content folder (`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out).sort()).toEqual(before);
  });
});
