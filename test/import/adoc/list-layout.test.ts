import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAdocEntry } from '../../../lib/import/adoc';
import { repairListLayout } from '../../../lib/import/adoc/source';
import { FIXTURES } from './fixture';

const BASE = 'https://www.freebsd.org/status/report-2031-04-2031-06/';
const FILE = 'list-layout.adoc';
const text = readFileSync(path.join(FIXTURES, FILE), 'utf8');

/** The number of the fixture's line that reads `line`. */
function lineOf(line: string): number {
  return text.split('\n').indexOf(line) + 1;
}

describe('repairListLayout', () => {
  it('separates a list from the paragraph line right above it, and renests items indented under the same marker', () => {
    const { source, repairs, originalLine } = repairListLayout(text);
    expect(repairs.map((r) => [r.line, r.message.split(' ').slice(0, 3).join(' ')])).toEqual([
      [lineOf('* a whistle when the water boils'), 'list written right'],
      [lineOf('* Required'), 'list written right'],
      [lineOf('    - Added a simmer mode'), 'list items indented'],
    ]);
    const out = source.split('\n');
    expect(out[out.indexOf('* a whistle when the water boils') - 1]).toBe('');
    expect(out).toContain('    ** Added a simmer mode');
    expect(out).toContain('    ** Fixed two typos');
    // Two lines were inserted above it.
    expect(originalLine(out.indexOf('    ** Fixed two typos') + 1)).toBe(lineOf('    - Fixed two typos'));
  });

  it('leaves alone ordered lists, "+" continuations, wrapped items, listings and a dash that wraps prose', () => {
    const { source } = repairListLayout(text);
    const untouched = [
      '.. Wait for the whistle',
      '* Second step\nwraps onto this line\n* Third step',
      '+\nAnother paragraph of the first step.\n* Second step',
      '* not a list item inside a listing\n    * nor this one',
      'The closing words of the entry\n- with a dash that starts a wrapped line.',
    ];
    for (const part of untouched) expect(source).toContain(part);
  });

  it('reads two wrapped lines opening with a dash, under a line without a colon, as prose', () => {
    const prose = 'The new loop is faster\n- at least on the test machine -\n- as measured last week.\n';
    expect(repairListLayout(prose)).toMatchObject({ source: prose, repairs: [] });
    // Under a colon, the same lines are a list.
    expect(repairListLayout('Measured on:\n- the test machine\n- the build host\n').repairs).toHaveLength(1);
  });

  it('changes nothing in lists Asciidoctor already reads as written', () => {
    const plain = '* one\n** one a\n* two\n\nText:\n\n- three\n  * three a\n';
    expect(repairListLayout(plain)).toMatchObject({ source: plain, repairs: [] });
  });

  it('gives a deeper item under a renested one a marker no enclosing item uses', () => {
    const { source } = repairListLayout('- top\n  - middle\n    - bottom\n  ** beside middle\n');
    expect(source).toBe('- top\n  ** middle\n    *** bottom\n  ** beside middle\n');
  });
});

describe('readAdocEntry with list layout slips', () => {
  it('reads the lists as written, with warnings at the lines of the file as written', async () => {
    const { entry, problems } = await readAdocEntry({ file: `q/${FILE}`, text, baseUrl: BASE });
    const body = entry?.body ?? '';
    expect(body).toContain('gained the following:\n\n- a whistle when the water boils\n\n- a lid sensor');
    expect(body).toContain('- Required\n\n  - Pour without dripping (done)');
    expect(body).toContain('- Rewrote the heating loop\n\n  - Added a simmer mode\n\n  - Lowered the idle power\n\n- Cleaned up the manual page\n\n  - Fixed two typos');
    expect(body).not.toMatch(/\\\*|&#x/);
    expect(body).toContain('The closing words of the entry - with a dash that starts a wrapped line.');
    expect(problems.map((p) => p.line)).toEqual([
      lineOf('* a whistle when the water boils'),
      lineOf('* Required'),
      lineOf('    - Added a simmer mode'),
      lineOf('A reference to {no-such-attribute} stays as written.'),
    ]);
  });
});
