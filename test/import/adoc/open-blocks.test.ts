import { describe, expect, it } from 'vitest';
import { readAdocEntry } from '../../../lib/import/adoc';
import { openBlockError } from '../../../lib/import/adoc/open-blocks';

const BASE = 'https://www.freebsd.org/status/report-2031-04-2031-06/';

/** An entry whose block opens on line 7 and is never closed. */
const entryOpening = (delimiter: string, style = '') =>
  `=== Gizmo Port\n\nContact: Ann Example <ann@example.org>\n\nThe port builds.\n${style}\n${delimiter}\nmake -C gizmo\n\nThe rest of the entry.\n`;

describe('an unterminated delimited block in an entry', () => {
  it.each([
    ['listing', '----', '[source,shell]'],
    ['literal', '....', ''],
    ['example', '====', ''],
    ['sidebar', '****', ''],
    ['table', '|===', '[cols="1,1"]'],
    ['quote', '____', ''],
    ['pass', '++++', ''],
    ['comment', '////', ''],
    ['open', '--', ''],
  ])('is an error at the line of its %s delimiter, saying what it does upstream', async (kind, delimiter, style) => {
    const { entry, problems } = await readAdocEntry({ file: 'q/gizmo.adoc', text: entryOpening(delimiter, style), baseUrl: BASE });
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([
      {
        severity: 'error',
        file: 'q/gizmo.adoc',
        line: 7,
        message: `unterminated ${kind} block ("${delimiter}"), opened here and never closed: on the published page it swallows every entry after it in the report`,
      },
    ]);
    // Read on its own here, the entry is still kept.
    expect(entry?.title).toBe('Gizmo Port');
  });

  it('is no error once the block is closed', async () => {
    const { problems } = await readAdocEntry({ file: 'q/gizmo.adoc', text: `${entryOpening('----')}----\n`, baseUrl: BASE });
    expect(problems).toEqual([]);
  });
});

describe('openBlockError', () => {
  it('leaves any other message alone, and names no delimiter it cannot see', () => {
    expect(openBlockError('asciidoctor: table missing leading separator; recovering automatically', 3, '')).toBeUndefined();
    expect(openBlockError('asciidoctor: unterminated listing block', undefined, '')).toMatch(/^unterminated listing block, opened here/);
  });
});
