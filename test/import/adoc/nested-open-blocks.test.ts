import { describe, expect, it, vi } from 'vitest';
import { readAdocEntry } from '../../../lib/import/adoc';
import { atOpeningLines, closeOpenBlock } from '../../../lib/import/adoc/open-blocks';

// Blocks left open where the last reader still lost text or misplaced the error: nested in
// another open block, or attached to a list item.
const read = (text: string) => readAdocEntry({ file: 'q/quokka.adoc', text, baseUrl: 'https://www.freebsd.org/status/report-2032-01-2032-03/' });

const SWALLOWS = 'opened here and never closed: on the published page it swallows every entry after it in the report';

describe('a block left open inside another block left open', () => {
  const text = [
    '=== Quokka Boot Loader',
    '',
    'Contact: Dana Reedling <dreedling@example.org>',
    '',
    'The loader now prints:',
    '',
    '====',
    '----',
    'quokka> boot -v',
    '',
    'Sponsor: Marsupial Systems Ltd',
    '',
  ].join('\n');

  it('is closed with it, innermost first, at the blank line before the field: the sponsor comes through', async () => {
    const { entry, problems } = await read(text);
    expect(problems).toEqual([
      {
        severity: 'error',
        file: 'q/quokka.adoc',
        line: 8,
        message: `unterminated listing block ("----"), ${SWALLOWS}; read here as closed at the blank line 10 (with the block of line 7 it is nested in), before "Sponsor: Marsupial Systems Ltd"`,
      },
      {
        severity: 'error',
        file: 'q/quokka.adoc',
        line: 7,
        message: `unterminated example block ("===="), ${SWALLOWS}; read here as closed at the blank line 10, before "Sponsor: Marsupial Systems Ltd"`,
      },
    ]);
    expect(entry?.sponsors).toEqual(['Marsupial Systems Ltd']);
    expect(entry?.body).toBe('The loader now prints:\n\n```\nquokka> boot -v\n```');
  });

  it('is closed before a heading too, which then reads as a heading, not as text of the outer block', async () => {
    const lines = text.split('\n');
    lines.splice(10, 0, '==== Next steps', '', 'Boot from ZFS.', '');
    const { entry, problems } = await read(lines.join('\n'));
    expect(problems.map((p) => [p.line, p.message.replace(/.*; /, '')])).toEqual([
      [8, 'read here as closed at the blank line 10 (with the block of line 7 it is nested in), before "==== Next steps"'],
      [7, 'read here as closed at the blank line 10, before "==== Next steps"'],
    ]);
    expect(entry?.sponsors).toEqual(['Marsupial Systems Ltd']);
    expect(entry?.body).toBe('The loader now prints:\n\n```\nquokka> boot -v\n```\n\n## Next steps\n\nBoot from ZFS.');
  });

  it("names the block it is nested in as Asciidoctor does (an example styled [NOTE] is an admonition)", async () => {
    const { entry, problems } = await read('=== Q\n\nContact: Dana Reedling <dreedling@example.org>\n\n[NOTE]\n====\n----\nx\n\nSponsor: Wallaby Fund\n');
    expect(problems.map((p) => [p.line, p.message.replace(/ \(".*/, '')])).toEqual([
      [7, 'unterminated listing block'],
      [6, 'unterminated admonition block'],
    ]);
    expect(entry?.sponsors).toEqual(['Wallaby Fund']);
  });

  it('closes three deep, the outermost delimiter written in place of the blank line', () => {
    const source = '=== Q\n\n****\n====\n----\nx\n\nSponsor: Wallaby Fund\n';
    const closing = closeOpenBlock(source, 5);
    expect(closing?.source).toBe('=== Q\n\n****\n====\n----\nx\n****\nSponsor: Wallaby Fund\n');
    expect(closing?.closed).toEqual({ line: 5, closedAt: 7, before: 'Sponsor: Wallaby Fund', within: 3 });
    expect(closing?.around).toEqual([
      { kind: 'example', line: 4, closedAt: 7, before: 'Sponsor: Wallaby Fund', within: 3 },
      { kind: 'sidebar', line: 3, closedAt: 7, before: 'Sponsor: Wallaby Fund' },
    ]);
  });

  it('leaves a block it is nested in alone where that one is closed, or is a closed one\'s child', () => {
    // The example is closed after the field: only the listing is closed, inside it.
    const closedOuter = closeOpenBlock('=== Q\n\n====\n----\nx\n\nSponsor: Wallaby Fund\n====\n', 4);
    expect(closedOuter?.source).toBe('=== Q\n\n====\n----\nx\n----\nSponsor: Wallaby Fund\n====\n');
    expect(closedOuter?.around).toEqual([]);
    // An open sidebar inside a closed example, the listing in the sidebar: the example is not closed early.
    const inClosed = closeOpenBlock('=== Q\n\n====\n****\n----\nx\n\nSponsor: Wallaby Fund\n====\n', 5);
    expect(inClosed?.source).toBe('=== Q\n\n====\n****\n----\nx\n****\nSponsor: Wallaby Fund\n====\n');
    expect(inClosed?.around.map((b) => [b.kind, b.line])).toEqual([['sidebar', 4]]);
  });

  it('never closes a comment it is nested in', async () => {
    const { entry } = await read('=== Q\n\nContact: Dana Reedling <dreedling@example.org>\n\n////\n----\nx\n\nSponsor: Hidden Sponsor\n');
    expect(entry?.sponsors).toEqual([]);
  });
});

describe('a block left open in a list item', () => {
  const text = [
    '=== Quokka Boot Loader',
    '',
    'Contact: Dana Reedling <dreedling@example.org>',
    '',
    '* The loader now prints:',
    '+',
    '----',
    'quokka> boot -v',
    '',
    'Sponsor: Marsupial Systems Ltd',
    '',
  ].join('\n');

  it('is reported at the line of its opening delimiter, and closed', async () => {
    const { problems } = await read(text);
    expect(problems).toEqual([
      {
        severity: 'error',
        file: 'q/quokka.adoc',
        line: 7,
        message: `unterminated listing block ("----"), ${SWALLOWS}; read here as closed at the blank line 9, before "Sponsor: Marsupial Systems Ltd"`,
      },
    ]);
  });

  it('prints nothing raw: what Asciidoctor says goes to the problems only', async () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const logged = (['log', 'info', 'warn', 'error', 'debug'] as const).map((name) => vi.spyOn(console, name).mockImplementation(() => undefined));
    try {
      await read(text);
      await read('=== Q\n\n* Item\n+\n====\nx\n');
      for (const spy of [out, err, ...logged]) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of [out, err, ...logged]) spy.mockRestore();
    }
  });
});

describe('atOpeningLines', () => {
  it('takes a block said open on a line after its delimiter for the delimiter, and says it once', () => {
    const source = '* Item\n+\n----\nx\n';
    const said = [
      { message: 'asciidoctor: unterminated listing block', line: 4 },
      { message: 'asciidoctor: unterminated listing block', line: 3 },
      { message: 'asciidoctor: list item index: expected 2, got 3', line: 4 },
    ];
    expect(atOpeningLines(said, source)).toEqual([
      { message: 'asciidoctor: unterminated listing block', line: 3 },
      { message: 'asciidoctor: list item index: expected 2, got 3', line: 4 },
    ]);
  });
});
