import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runKb, type KbRun } from './run-kb';
import { tempDir } from '../temp-dir';

const project = (title: string, text: string): string => `  <project cat="proj">\n    <title>${title}</title>\n    <body><p>${text}</p></body>\n  </project>\n`;
const report = (month: string, ...projects: string[]): string =>
  `<?xml version="1.0" encoding="utf-8"?>\n<report>\n  <date><month>${month}</month><year>2019</year></date>\n` +
  '  <category><name>proj</name><description>Projects</description></category>\n' +
  projects.join('') +
  '</report>\n';

const SPRING = report('April-June', project('Lamp Drivers', 'Lamps blink on command now.'), project('Clock Sync', 'Clocks agree within a second.'));
const SUMMER = report('July-September', project('Kettle Support', 'Kettles report their temperature.'));

/** Writes the named XML reports into a fresh source folder and returns it. */
function sources(files: Record<string, string>): string {
  const src = tempDir('kb-carry-src-');
  mkdirSync(src, { recursive: true });
  for (const [name, xml] of Object.entries(files)) writeFileSync(path.join(src, name), xml);
  return src;
}

describe('kb import of some reports into a content folder that holds others', () => {
  let out: string;
  let again: KbRun;

  beforeAll(() => {
    out = tempDir('kb-carry-out-');
    const both = sources({ 'report-2019-04-2019-06.xml': SPRING, 'report-2019-07-2019-09.xml': SUMMER });
    expect(runKb(['import', both, '--out', out]).status).toBe(0);
    again = runKb(['import', sources({ 'report-2019-07-2019-09.xml': SUMMER }), '--out', out]);
  });

  it('keeps the report it was not given', () => {
    expect(again.status).toBe(0);
    expect(existsSync(path.join(out, '2019-04-2019-06', 'lamp-drivers.md'))).toBe(true);
  });

  it('says which report folders it kept without a source, so that one upstream removed is not left unnoticed', () => {
    expect(again.stderr).toMatch(/: warning: 1 report folder of the previous import is not among the sources read, so it is kept as it was \(remove a folder whose report upstream withdrew\): 2019-04-2019-06\n/);
  });

  it('says what the folder holds now and how much of it was kept, besides what it read', () => {
    expect(again.stdout).toMatch(/^Imported 1 reports, 1 entries .* s; the folder now holds 2 reports and 3 entries, of which 1 report and 2 entries were kept from before\n/);
  });
});

describe('kb import over a content folder where an entry file no longer produced does not parse', () => {
  let out: string;
  let again: KbRun;

  beforeAll(() => {
    out = tempDir('kb-carry-broken-');
    expect(runKb(['import', sources({ 'report-2019-04-2019-06.xml': SPRING }), '--out', out]).status).toBe(0);
    const broken = path.join(out, '2019-04-2019-06', 'clock-sync.md');
    writeFileSync(broken, readFileSync(broken, 'utf8').replace(/^title: .*$/m, 'title: [unclosed'));
    const withoutClock = report('April-June', project('Lamp Drivers', 'Lamps blink on command now.'));
    again = runKb(['import', sources({ 'report-2019-04-2019-06.xml': withoutClock }), '--out', out]);
  });

  it('names the file and the line, and says it is not kept', () => {
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/2019-04-2019-06\/clock-sync\.md:\d+: warning: front matter is not valid YAML: .*; the new read has no entry of this name, and what this file was \(an entry renamed or removed\) cannot be told, so it is not kept and its address no longer answers\n/);
    expect(existsSync(path.join(out, '2019-04-2019-06', 'clock-sync.md'))).toBe(false);
    expect(existsSync(path.join(out, '2019-04-2019-06', 'lamp-drivers.md'))).toBe(true);
  });
});

describe('kb import over a report folder where an editor wrote an entry of their own', () => {
  it('keeps the entry, loadable, and says nothing of it as withdrawn', () => {
    const out = tempDir('kb-carry-own-');
    expect(runKb(['import', sources({ 'report-2019-04-2019-06.xml': SPRING }), '--out', out]).status).toBe(0);
    const own = path.join(out, '2019-04-2019-06', 'toaster-notes.md');
    const text = ['---', 'title: Toaster notes', 'report: 2019-04-2019-06', 'category: projects', 'contacts: []', 'links: []', 'sponsors: []', 'tasks: []', 'source:', '  format: markdown', '  file: 2019-04-2019-06/toaster-notes.md', '---', 'Toasters pop on time.', ''].join('\n');
    writeFileSync(own, text);
    expect(runKb(['check', '--content', out]).status).toBe(0);
    const again = runKb(['import', sources({ 'report-2019-04-2019-06.xml': SPRING }), '--out', out]);
    expect(again.status).toBe(0);
    expect(readFileSync(own, 'utf8')).toBe(text);
    expect(again.stderr).not.toContain('toaster-notes');
    expect(existsSync(path.join(out, 'entries-withdrawn.json'))).toBe(false);
    expect(runKb(['show', '2019-04-2019-06/toaster-notes', '--content', out]).stdout).toContain('Toaster notes');
  });
});

describe("kb import over an editor's entries that resemble upstream's", () => {
  const own = (title: string, category = 'projects') =>
    ['---', `title: ${title}`, 'report: 2019-04-2019-06', `category: ${category}`, 'contacts: []', 'links: []', 'sponsors: []', 'tasks: []', 'source:', '  format: markdown', '  file: own.md', '---', 'Our own words.', ''].join('\n');

  it('keeps one titled as an upstream entry, and one that does not load (an error until mended), and renames neither', () => {
    const out = tempDir('kb-carry-alike-');
    expect(runKb(['import', sources({ 'report-2019-04-2019-06.xml': SPRING }), '--out', out]).status).toBe(0);
    const folder = path.join(out, '2019-04-2019-06');
    writeFileSync(path.join(folder, 'lamp-notes.md'), own('Lamp Drivers'));
    const alike = runKb(['import', sources({ 'report-2019-04-2019-06.xml': SPRING }), '--out', out]);
    expect(alike.status).toBe(0);
    expect(alike.stderr).not.toContain('lamp-notes');
    expect(readFileSync(path.join(folder, 'lamp-notes.md'), 'utf8')).toBe(own('Lamp Drivers'));
    expect(existsSync(path.join(out, 'entry-ids.json')) ? readFileSync(path.join(out, 'entry-ids.json'), 'utf8') : '').not.toContain('lamp-notes');
    writeFileSync(path.join(folder, 'broken-notes.md'), own('Broken notes', 'Not A Slug'));
    const broken = runKb(['import', sources({ 'report-2019-04-2019-06.xml': SPRING }), '--out', out]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(`${path.join(folder, 'broken-notes.md')}:4: error: front matter field "category"`);
    expect(broken.stderr).not.toContain('is not kept');
    expect(readFileSync(path.join(folder, 'broken-notes.md'), 'utf8')).toBe(own('Broken notes', 'Not A Slug'));
  });

  it('says where the text of one upstream now writes an entry over is', () => {
    const out = tempDir('kb-carry-over-');
    const withoutClock = report('April-June', project('Lamp Drivers', 'Lamps blink on command now.'));
    expect(runKb(['import', sources({ 'report-2019-04-2019-06.xml': withoutClock }), '--out', out]).status).toBe(0);
    writeFileSync(path.join(out, '2019-04-2019-06', 'clock-sync.md'), own('Our clock notes'));
    const again = runKb(['import', sources({ 'report-2019-04-2019-06.xml': SPRING }), '--out', out]);
    expect(again.stderr).toContain(`${path.join(out, '2019-04-2019-06', 'clock-sync.md')}: warning: an editor wrote this entry (source.format: markdown), and upstream now has an entry of the same name`);
    const kept = path.join(path.dirname(out), `.${path.basename(out)}.import-replaced`, '2019-04-2019-06', 'clock-sync.md');
    expect(again.stderr).toContain(kept);
    expect(readFileSync(kept, 'utf8')).toBe(own('Our clock notes'));
  });
});

describe('kb import of a report that reads without errors but without most of its published entries', () => {
  const other = report('April-June', project('Fan Control', 'Fans spin down when idle.'));

  it('doubts the read, keeps the entry files, and says where and how to accept it', () => {
    const out = tempDir('kb-carry-doubted-');
    expect(runKb(['import', sources({ 'report-2019-04-2019-06.xml': SPRING }), '--out', out]).status).toBe(0);
    const again = runKb(['import', sources({ 'report-2019-04-2019-06.xml': other }), '--out', out]);
    expect(again.stderr).toContain(
      `read without errors, but 2 of the 2 entries published before are in it under no title, more than upstream removes: the read is doubted, and the 2 entry files of 2019-04-2019-06/ it did not produce are kept from the previous import (${path.join(out, '2019-04-2019-06')}): clock-sync.md, lamp-drivers.md; if upstream did remove them, import again with --accept-withdrawals, and their addresses will say they were withdrawn`,
    );
    expect(existsSync(path.join(out, '2019-04-2019-06', 'lamp-drivers.md'))).toBe(true);
    expect(existsSync(path.join(out, 'entries-withdrawn.json'))).toBe(false);
  });

  it('records them as withdrawn with --accept-withdrawals', () => {
    const out = tempDir('kb-carry-accepted-');
    expect(runKb(['import', sources({ 'report-2019-04-2019-06.xml': SPRING }), '--out', out]).status).toBe(0);
    const accepted = runKb(['import', sources({ 'report-2019-04-2019-06.xml': other }), '--out', out, '--accept-withdrawals']);
    expect(accepted.status).toBe(0);
    expect(accepted.stderr).not.toContain('doubted');
    expect(existsSync(path.join(out, '2019-04-2019-06', 'lamp-drivers.md'))).toBe(false);
    expect(Object.keys(JSON.parse(readFileSync(path.join(out, 'entries-withdrawn.json'), 'utf8')) as object).sort()).toEqual(['2019-04-2019-06/clock-sync', '2019-04-2019-06/lamp-drivers']);
  });
});

describe('kb import keeping a report folder the site cannot wholly load', () => {
  it('is an error naming the file and line, not a silent gap on the site', () => {
    const out = tempDir('kb-carry-unloadable-');
    const both = sources({ 'report-2019-04-2019-06.xml': SPRING, 'report-2019-07-2019-09.xml': SUMMER });
    expect(runKb(['import', both, '--out', out]).status).toBe(0);
    const broken = path.join(out, '2019-04-2019-06', 'clock-sync.md');
    writeFileSync(broken, readFileSync(broken, 'utf8').replace(/^title: .*$/m, 'title: [unclosed'));
    const again = runKb(['import', sources({ 'report-2019-07-2019-09.xml': SUMMER }), '--out', out]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(new RegExp(`${path.join(out, '2019-04-2019-06', 'clock-sync.md').replace(/[.]/g, '\\.')}:\\d+: error: front matter is not valid YAML: .* \\(the site cannot show this file\\)\n`));
  });
});

describe('kb import over a content folder whose ledger is malformed', () => {
  it('stops before reading anything, naming the ledger in the content folder and where a good copy may be', () => {
    const out = tempDir('kb-carry-ledger-');
    const src = sources({ 'report-2019-04-2019-06.xml': SPRING });
    expect(runKb(['import', src, '--out', out]).status).toBe(0);
    writeFileSync(path.join(out, 'entries-withdrawn.json'), '{"2019-04-2019-06/gone": 5}\n');
    const again = runKb(['import', src, '--out', out]);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(
      `${path.join(out, 'entries-withdrawn.json')}: error: not a map of entry ids to their last titles: Invalid input: expected object, received number (at 2019-04-2019-06/gone); nothing was imported: mend it, or take it from version control\n`,
    );
    expect(again.stdout).toBe('');
  });
});
