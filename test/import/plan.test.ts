import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createReadContext, readPlan } from '../../lib/import/plan';
import { tempDir } from '../temp-dir';

describe('readPlan', () => {
  it('gives a report its reader cannot take as an error on its file, instead of throwing', async () => {
    const file = path.join(tempDir('kb-deep-'), 'report-2095-01-2095-03.xml');
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
