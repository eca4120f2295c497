import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
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
