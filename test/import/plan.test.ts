import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReadContext, readPlan } from '../../lib/import/plan';

function folder(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

describe('readPlan', () => {
  it('reads the entry files of an AsciiDoc report but not a link among them, which it names', async () => {
    const secret = path.join(folder('kb-secret-'), 'id_ed25519');
    writeFileSync(secret, 'PRIVATE KEY of whoever runs the import\n');
    const dir = path.join(folder('kb-adoc-'), 'report-2024-04-2024-06');
    mkdirSync(dir);
    writeFileSync(path.join(dir, '_index.adoc'), '---\ntitle: "Status Report Second Quarter 2024"\n---\n\nAn introduction.\n');
    writeFileSync(path.join(dir, 'gadget.adoc'), '=== Gadget driver\n\nContact: Ann Example <ann@example.org>\n\nThe gadget driver attaches.\n');
    symlinkSync(secret, path.join(dir, 'leak.adoc'));
    const { result } = await readPlan(
      { id: '2024-04-2024-06', format: 'adoc', found: { id: '2024-04-2024-06', path: dir, displayPath: 'status/report-2024-04-2024-06' } },
      await createReadContext({ entityFiles: [] }),
    );
    expect(result.entries.map((e) => e.title)).toEqual(['Gadget driver']);
    expect(JSON.stringify(result)).not.toContain('PRIVATE KEY');
    expect(result.problems).toContainEqual({ severity: 'warning', file: 'status/report-2024-04-2024-06/leak.adoc', message: expect.stringContaining('a symbolic link') });
  });

  it('gives a report its reader cannot take as an error on its file, instead of throwing', async () => {
    const file = path.join(folder('kb-deep-'), 'report-2095-01-2095-03.xml');
    const deep = `${'<span>'.repeat(60_000)}deep${'</span>'.repeat(60_000)}`;
    writeFileSync(file, `<?xml version="1.0"?>\n<report><date><month>January-March</month><year>2095</year></date>\n<project cat="misc"><title>Deep</title><body><p>${deep}</p></body></project></report>\n`);
    const { result } = await readPlan(
      { id: '2095-01-2095-03', format: 'xml', found: { id: '2095-01-2095-03', path: file, displayPath: 'xml/report-2095-01-2095-03.xml' } },
      await createReadContext({ entityFiles: [] }),
    );
    expect(result.entries).toEqual([]);
    expect(result.problems).toEqual([{ severity: 'error', file: 'xml/report-2095-01-2095-03.xml', message: expect.stringMatching(/^could not be read: /) }]);
  });
});
