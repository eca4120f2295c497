import { describe, expect, it } from 'vitest';
import { readAdocEntry } from '../../../lib/import/adoc';
import { closeOpenBlock, openBlockError } from '../../../lib/import/adoc/open-blocks';

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

/** An entry whose block opens on line 7 and is never closed, with a part and a sponsor after it. */
const swallowing = (delimiter: string, style = '') =>
  [
    '=== Wombat NIC Driver',
    '',
    'Contact: Bryony Tallis <btallis@example.org>',
    '',
    'The driver attaches to the card:',
    style,
    delimiter,
    'wombat0: <Wombat 10G> at device 0.0',
    '',
    'wombat0: link up',
    '',
    '==== Next steps',
    '',
    'Offload checksums.',
    '',
    'Sponsor: Numbat Networks',
    '',
  ].join('\n');

describe('a delimited block left open before the entry\'s later parts', () => {
  it.each([
    ['listing', '----', '[source,shell]', '```shell\nwombat0: <Wombat 10G> at device 0.0\n\nwombat0: link up\n```'],
    ['example', '====', '', 'wombat0: \\<Wombat 10G> at device 0.0\n\nwombat0: link up'],
    ['literal', '....', '', '```\nwombat0: <Wombat 10G> at device 0.0\n\nwombat0: link up\n```'],
  ])('is closed before the blank line under the next heading (%s): the sponsor and the part come through', async (kind, delimiter, style, block) => {
    const { entry, problems } = await readAdocEntry({ file: 'q/wombat.adoc', text: swallowing(delimiter, style), baseUrl: BASE });
    expect(problems).toEqual([
      {
        severity: 'error',
        file: 'q/wombat.adoc',
        line: 7,
        message: `unterminated ${kind} block ("${delimiter}"), opened here and never closed: on the published page it swallows every entry after it in the report; read here as closed at the blank line 11, before "==== Next steps"`,
      },
    ]);
    expect(entry?.sponsors).toEqual(['Numbat Networks']);
    expect(entry?.body).toBe(`The driver attaches to the card:\n\n${block}\n\n## Next steps\n\nOffload checksums.`);
  });

  it('reads the entry as it would with the block closed by its author', async () => {
    const open = await readAdocEntry({ file: 'q/wombat.adoc', text: swallowing('----'), baseUrl: BASE });
    const text = swallowing('----').split('\n');
    text[10] = '----';
    const closed = await readAdocEntry({ file: 'q/wombat.adoc', text: text.join('\n'), baseUrl: BASE });
    expect(closed.problems).toEqual([]);
    expect(open.entry).toEqual(closed.entry);
  });

  it('is closed before a header field too, and a fence bare', async () => {
    const text = '=== Wombat\n\nContact: Bryony Tallis <btallis@example.org>\n\n```c\nint wombat;\n\nSponsor: Numbat Networks\n';
    const { entry, problems } = await readAdocEntry({ file: 'q/wombat.adoc', text, baseUrl: BASE });
    expect(entry?.sponsors).toEqual(['Numbat Networks']);
    expect(entry?.body).toBe('```c\nint wombat;\n```');
    expect(problems.map((p) => [p.line, p.message.replace(/.*; /, '')])).toEqual([[5, 'read here as closed at the blank line 7, before "Sponsor: Numbat Networks"']]);
  });

  it('is closed bare when a fence, the heading then read as a heading, not as text under the fence', async () => {
    const { entry, problems } = await readAdocEntry({ file: 'q/wombat.adoc', text: swallowing('```shell'), baseUrl: BASE });
    expect(problems.map((p) => [p.line, p.message.replace(/.*; /, '')])).toEqual([[7, 'read here as closed at the blank line 11, before "==== Next steps"']]);
    expect(entry?.sponsors).toEqual(['Numbat Networks']);
  });

  it('is never closed when a comment or a passthrough: what its author hid stays hidden', async () => {
    for (const delimiter of ['////', '++++']) {
      const { entry, problems } = await readAdocEntry({ file: 'q/wombat.adoc', text: swallowing(delimiter), baseUrl: BASE });
      expect(problems.some((p) => p.message.includes('read here as closed')), delimiter).toBe(false);
      expect(entry?.sponsors, delimiter).toEqual([]);
    }
  });

  it('is left to run on, as before, where no heading or field follows a blank line', async () => {
    const { entry, problems } = await readAdocEntry({ file: 'q/gizmo.adoc', text: entryOpening('----'), baseUrl: BASE });
    expect(problems.map((p) => p.message)).toEqual([
      'unterminated listing block ("----"), opened here and never closed: on the published page it swallows every entry after it in the report',
    ]);
    expect(entry?.body).toContain('The rest of the entry.\n```');
  });
});

describe('closeOpenBlock', () => {
  it('writes the closing delimiter on the blank line, so no line moves', () => {
    const source = '=== W\n\n----\ncode\n\nmore code\n\nSponsors: Numbat\n';
    expect(closeOpenBlock(source, 3)).toEqual({
      source: '=== W\n\n----\ncode\n\nmore code\n----\nSponsors: Numbat\n',
      closed: { line: 3, closedAt: 7, before: 'Sponsors: Numbat' },
      around: [],
    });
  });

  it('steps over a closed block nested in an open example, and never closes past the block it is nested in', () => {
    const nested = '=== W\n\n====\n----\nx\n\n== In listing\n----\n\nContact: In example\n';
    expect(closeOpenBlock(nested, 3)?.closed).toEqual({ line: 3, closedAt: 9, before: 'Contact: In example' });
    // The listing opened in a closed example ends with the example: the heading after it is no place to close it.
    const inner = '=== W\n\n====\n----\nx\n====\n\n==== Next\n';
    expect(closeOpenBlock(inner, 4)).toBeUndefined();
    // Not a block as Asciidoctor reads delimiters (inside a listing), or one closed: nothing to close.
    expect(closeOpenBlock('----\n....\n\n== T\n----\n', 2)).toBeUndefined();
    expect(closeOpenBlock('----\nx\n\n== T\n----\n', 1)).toBeUndefined();
  });
});

/** A list item with a listing attached (`+`) and never closed, then the entry's sponsor. */
const inListItem = (delimiter: string, after: string[]) =>
  [
    '=== Quokka Loader',
    '',
    'Contact: Mira Oldfield <mira@example.org>',
    '',
    'The loader gained a command:',
    '',
    '* `quokka probe` lists the disks:',
    '+',
    delimiter,
    '# quokka probe',
    'disk0',
    '',
    ...after,
    '',
  ].join('\n');

describe('a delimited block left open in a list item', () => {
  it.each([
    ['listing', '----'],
    ['example', '===='],
    ['literal', '....'],
  ])('is closed so that the sponsor after it is the entry\'s sponsor, not text of the item (%s)', async (kind, delimiter) => {
    const text = inListItem(delimiter, ['Sponsor: Wallaby Foundation', '', 'See <<quokka>> for more.']);
    const { entry, problems } = await readAdocEntry({ file: 'q/quokka.adoc', text, baseUrl: BASE });
    expect(entry?.sponsors).toEqual(['Wallaby Foundation']);
    expect(entry?.body).not.toContain('Sponsor');
    // The text after the sponsor is the entry's again, not the list item's.
    expect(entry?.body).toMatch(/\n\nSee .*quokka.* for more\.$/);
    expect(entry?.body).not.toMatch(/\n {2,}See /);
    expect(problems).toEqual([
      {
        severity: 'error',
        file: 'q/quokka.adoc',
        line: 9,
        message: `unterminated ${kind} block ("${delimiter}"), opened here and never closed: on the published page it swallows every entry after it in the report; read here as closed at the blank line 12, before "Sponsor: Wallaby Foundation"`,
      },
    ]);
  });

  it('is closed before a heading, which stays a heading of the entry', async () => {
    const text = inListItem('----', ['==== Next steps', '', 'Probe USB disks.', '', 'Sponsors: Wallaby Foundation, Bilby Trust']);
    const { entry, problems } = await readAdocEntry({ file: 'q/quokka.adoc', text, baseUrl: BASE });
    expect(entry?.sponsors).toEqual(['Wallaby Foundation', 'Bilby Trust']);
    expect(entry?.body).toMatch(/```\n\n## Next steps\n\nProbe USB disks\.$/);
    expect(problems.map((p) => [p.line, p.message.replace(/.*; /, '')])).toEqual([[9, 'read here as closed at the blank line 12, before "==== Next steps"']]);
  });

  it('names the file\'s lines in the problems after it, though the reader wrote a line in', async () => {
    // A link whose scheme lacks its colon, after the block: warned at its line in the file (15).
    const text = inListItem('----', ['Sponsor: Wallaby Foundation', '', 'See link:https//quokka.example.org/[the site].']);
    const { entry, problems } = await readAdocEntry({ file: 'q/quokka.adoc', text, baseUrl: BASE });
    expect(entry?.sponsors).toEqual(['Wallaby Foundation']);
    expect(problems.map((p) => [p.severity, p.line])).toEqual([
      ['warning', 15],
      ['error', 9],
    ]);
  });
});
