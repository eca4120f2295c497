import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runKb, type KbRun } from './run-kb';
import { tempDir } from '../temp-dir';

const FIXTURES = path.join(ROOT, 'test/fixtures/adoc');
const REPORT = 'report-2031-04-2031-06';
const NEWCOMER = '=== Gadget Tool Packaging\n\nContact: Bo Tern <bo@example.net>\n\nThe tool is now packaged.\n';

/** The title of the entry a content folder holds under a slug. */
function titleAt(out: string, slug: string): string | undefined {
  return /^title: "?(.*?)"?$/m.exec(readFileSync(path.join(out, '2031-04-2031-06', `${slug}.md`), 'utf8'))?.[1];
}

describe('kb import into a content folder that published an entry under a slug a new file name also gives', () => {
  let out: string;
  let first: string;
  let again: KbRun;
  let report: string;

  beforeAll(() => {
    const src = tempDir('kb-published-src-');
    cpSync(path.join(FIXTURES, 'categories-desc.adoc'), path.join(src, 'categories-desc.adoc'));
    cpSync(path.join(FIXTURES, REPORT), path.join(src, REPORT), { recursive: true });
    report = path.join(src, REPORT);
    out = tempDir('kb-published-out-');
    // gadget_tool.adoc is published as `gadget-tool`; then an editor adds gadget-tool.adoc.
    expect(runKb(['import', report, '--out', out]).status).toBe(0);
    first = titleAt(out, 'gadget-tool') ?? '';
    writeFileSync(path.join(report, 'gadget-tool.adoc'), NEWCOMER);
    appendFileSync(path.join(report, '_index.adoc'), '\ninclude::{reports-path}/gadget-tool.adoc[]\n');
    again = runKb(['import', report, '--out', out]);
  });

  it('keeps the published entry at its id and gives the newcomer a suffixed one', () => {
    expect(again.status).toBe(0);
    expect(first).not.toBe('');
    expect(titleAt(out, 'gadget-tool')).toBe(first);
    expect(titleAt(out, 'gadget-tool-2')).toBe('Gadget Tool Packaging');
  });

  it('says so, naming both files', () => {
    expect(again.stderr).toContain('file names gadget_tool.adoc and gadget-tool.adoc both give the slug "gadget-tool": gadget_tool.adoc keeps it (its entry was published under it), and this entry\'s is "gadget-tool-2"');
  });

  it('gives the plain slug to the name that is one where nothing was published', () => {
    const fresh = tempDir('kb-published-fresh-');
    expect(runKb(['import', report, '--out', fresh]).status).toBe(0);
    expect(titleAt(fresh, 'gadget-tool')).toBe('Gadget Tool Packaging');
    expect(titleAt(fresh, 'gadget-tool-2')).toBe(first);
  });
});

describe('kb import over a content folder after upstream tidied a file name and removed an entry', () => {
  let out: string;
  let again: KbRun;

  beforeAll(() => {
    const src = tempDir('kb-upstream-edits-src-');
    cpSync(path.join(FIXTURES, 'categories-desc.adoc'), path.join(src, 'categories-desc.adoc'));
    cpSync(path.join(FIXTURES, REPORT), path.join(src, REPORT), { recursive: true });
    const report = path.join(src, REPORT);
    out = tempDir('kb-upstream-edits-out-');
    expect(runKb(['import', report, '--out', out]).status).toBe(0);
    // gadget_tool.adoc becomes gadget-tool.adoc (its slug's form); widgets.adoc goes.
    const index = path.join(report, '_index.adoc');
    cpSync(path.join(report, 'gadget_tool.adoc'), path.join(report, 'gadget-tool.adoc'));
    rmSync(path.join(report, 'gadget_tool.adoc'));
    rmSync(path.join(report, 'widgets.adoc'));
    writeFileSync(index, readFileSync(index, 'utf8').replace('gadget_tool.adoc', 'gadget-tool.adoc').replace(/^include::\{reports-path\}\/widgets\.adoc\[\]\n/m, ''));
    again = runKb(['import', report, '--out', out]);
  });

  it('keeps the old file name leading to its entry', () => {
    expect(again.status).toBe(0);
    const show = runKb(['show', '2031-04-2031-06/gadget_tool', '--content', out]);
    expect(show.status).toBe(0);
    expect(show.stderr).toBe('kb show: entry "2031-04-2031-06/gadget_tool" was its file\'s name; its id is "2031-04-2031-06/gadget-tool"\n');
  });

  it("warns of the entry gone, at the report's file, and its address says it was withdrawn", () => {
    expect(again.stderr).toMatch(/_index\.adoc.*entry 2031-04-2031-06\/widgets \("Widget Framework for the Base System"\) is no longer in the report, under its title or rewritten/);
    const show = runKb(['show', '2031-04-2031-06/widgets', '--content', out]);
    expect([show.status, show.stderr]).toEqual([1, 'kb show: entry "2031-04-2031-06/widgets" ("Widget Framework for the Base System") was withdrawn from report 2031-04-2031-06 upstream: it is no longer in the report under this title, nor rewritten under another in a way the import recognised\n']);
  });
});
