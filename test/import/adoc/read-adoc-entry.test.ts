import { afterEach, describe, expect, it, vi } from 'vitest';
import { readAdocEntry } from '../../../lib/import/adoc';
import { notNoContact } from './fixture';

const BASE = 'https://www.freebsd.org/status/report-2031-04-2031-06/';

async function read(text: string) {
  const result = await readAdocEntry({ file: 'q/entry.adoc', text, baseUrl: BASE });
  return { ...result, problems: result.problems.filter(notNoContact) };
}

describe('readAdocEntry', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reads a file with a byte-order mark and CRLF line ends', async () => {
    const { entry, problems } = await read('\uFEFF=== Line Ends\r\n\r\nContact: Ann Example <ann@example.org>\r\n\r\nFirst line\r\nsecond line.\r\n');
    expect(problems).toEqual([]);
    expect(entry).toEqual({
      title: 'Line Ends',
      line: 1,
      contacts: [{ name: 'Ann Example', email: 'ann@example.org' }],
      links: [],
      sponsors: [],
      tasks: [],
      body: 'First line second line.',
    });
  });

  it('keeps the words that lead into the open tasks where they say more than "Open tasks"', async () => {
    const said = await read('=== Gizmos\n\nContact: Ann Example <ann@example.org>\n\nThe gizmo works.\n\nHere is a list of remaining tasks for a weekend:\n\n* Port it to arm64\n* Write its manual page\n');
    expect(said.entry?.tasks).toEqual(['Port it to arm64', 'Write its manual page']);
    expect(said.entry?.tasksIntro).toBe('Here is a list of remaining tasks for a weekend:');
    expect(said.entry?.body).toBe('The gizmo works.');
    const plain = await read('=== Gizmos\n\nContact: Ann Example <ann@example.org>\n\nThe gizmo works.\n\nOpen tasks:\n\n* Port it to arm64\n');
    expect(plain.entry?.tasks).toEqual(['Port it to arm64']);
    expect(plain.entry).not.toHaveProperty('tasksIntro');
  });

  it('keeps the sub-tasks of a task as a list under it', async () => {
    const { entry } = await read('=== Gizmos\n\nContact: Ann Example <ann@example.org>\n\nText.\n\nOpen tasks:\n\n* Three changes to send upstream:\n** the first\n*** its detail\n** the second\n* Another task\n');
    expect(entry?.tasks).toEqual(['Three changes to send upstream:\n  - the first\n    - its detail\n  - the second', 'Another task']);
  });

  it('leaves the links of a part of the entry in that part, where the entry gives its own at the top', async () => {
    const part = '==== Translations\n\nLinks: +\nlink:https://translate.example.org/[Translation server]\n\nTranslators wanted.\n';
    const withOwn = await read(`=== Team\n\nLinks: +\nlink:https://team.example.org/[Team page]\n\nContact: Ann Example <ann@example.org>\n\nNews.\n\n${part}`);
    expect(withOwn.entry?.links).toEqual([{ url: 'https://team.example.org/', text: 'Team page' }]);
    expect(withOwn.entry?.body).toContain('[Translation server](https://translate.example.org/)');
    const withoutOwn = await read(`=== Team\n\nContact: Ann Example <ann@example.org>\n\nNews.\n\n${part}`);
    expect(withoutOwn.entry?.links).toEqual([{ url: 'https://translate.example.org/', text: 'Translation server' }]);
  });

  it("leaves whom to ask about a part of the entry in that part, where the entry names its contacts at the top, and counts them among the entry's", async () => {
    const part = '==== Translations\n\nTranslators wanted.\n\nContact: Bo Example <bo@example.org>\n';
    const withOwn = await read(`=== Team\n\nContact: Ann Example <ann@example.org>\n\nNews.\n\n${part}`);
    expect(withOwn.entry?.contacts).toEqual([
      { name: 'Ann Example', email: 'ann@example.org' },
      { name: 'Bo Example', email: 'bo@example.org' },
    ]);
    expect(withOwn.entry?.body).toMatch(/## Translations\n\nTranslators wanted\.\n\nContact: Bo Example/);
    const withoutOwn = await read(`=== Team\n\nNews.\n\n${part}`);
    expect(withoutOwn.entry?.contacts).toEqual([{ name: 'Bo Example', email: 'bo@example.org' }]);
    expect(withoutOwn.entry?.body).not.toContain('Contact:');
    // Only the entry's own contacts at the top keep a part's in the part, whatever part came first.
    const twoParts = await read(`=== Team\n\nNews.\n\n${part}\n==== Docs\n\nAbout docs.\n\nContact: Cy Example <cy@example.org>\n`);
    expect(twoParts.entry?.contacts?.map((c) => c.name)).toEqual(['Bo Example', 'Cy Example']);
    expect(twoParts.entry?.body).not.toContain('Contact:');
    // A part's paragraph giving its links and its contact stays; the contact is still the entry's.
    const mixed = await read(`=== Team\n\nLinks: +\nlink:https://team.example.org/[Team page]\n\nContact: Ann Example <ann@example.org>\n\n==== Docs\n\nLinks: +\nlink:https://docs.example.org/[Docs]\nContact: Cy Example <cy@example.org>\n`);
    expect(mixed.entry?.contacts?.map((c) => c.name)).toEqual(['Ann Example', 'Cy Example']);
    expect(mixed.entry?.body).toContain('Contact: Cy Example');
  });

  it('leaves out an include directive with a warning at its line, rather than publish a link to the file it names', async () => {
    const { entry, problems } = await read('=== Nested\n\nContact: Ann Example <ann@example.org>\n\nBefore.\n\ninclude::{reports-path}/missing.adoc[]\n\nAfter.\n');
    expect(entry?.body).toBe('Before.\n\nAfter.');
    expect(problems).toEqual([
      { severity: 'warning', file: 'q/entry.adoc', line: 7, message: 'include directive in an entry (include::{reports-path}/missing.adoc[]): an entry is read as its own file, so it is left out' },
    ]);
  });

  it('warns at its line about an attribute left unexpanded in the title, as in the body', async () => {
    const { entry, problems } = await read('=== Entry With {undefined-attribute}\n\nContact: Ann Example <ann@example.org>\n\nText.\n');
    expect(entry?.title).toBe('Entry With {undefined-attribute}');
    expect(problems).toContainEqual({ severity: 'warning', file: 'q/entry.adoc', line: 1, message: 'unexpanded attribute reference {undefined-attribute} left in the text' });
  });

  it('takes the title line after a leading comment block, and fields right under the title', async () => {
    const { entry } = await read('////\nEditor notes.\n////\n\n=== After Notes\nLinks: +\nlink:https://n.example/[Notes]\n\nBody.\n');
    expect(entry?.title).toBe('After Notes');
    expect(entry?.line).toBe(5);
    expect(entry?.links).toEqual([{ url: 'https://n.example/', text: 'Notes' }]);
    expect(entry?.body).toBe('Body.');
  });

  it('accepts a title written one level too deep, with a warning, and keeps its subsections as ## headings', async () => {
    const { entry, problems } = await read('==== Deep Title\n\nIntro.\n\n===== Part\n\nMore.\n');
    expect(entry?.title).toBe('Deep Title');
    expect(entry?.body).toBe('Intro.\n\n## Part\n\nMore.');
    expect(problems).toEqual([
      { severity: 'warning', file: 'q/entry.adoc', line: 1, message: 'entry title is written "==== …" instead of "=== …"; read as the entry\'s title' },
    ]);
  });

  it('routes Asciidoctor\'s log to problems with lines, and never writes to stderr', async () => {
    const stderr = vi.spyOn(process.stderr, 'write');
    const consoleError = vi.spyOn(console, 'error');
    const consoleWarn = vi.spyOn(console, 'warn');
    const { entry, problems } = await read('=== Noisy\n\nText.\n\n====== Far Too Deep\n\n----\nnever closed\n');
    expect(entry?.title).toBe('Noisy');
    expect(problems).toEqual([
      { severity: 'warning', file: 'q/entry.adoc', line: 5, message: 'asciidoctor: section title out of sequence: expected level 2, got level 4' },
      { severity: 'error', file: 'q/entry.adoc', line: 7, message: 'unterminated listing block ("----"), opened here and never closed: on the published page it swallows every entry after it in the report' },
    ]);
    expect(stderr).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    expect(consoleWarn).not.toHaveBeenCalled();
  });

  it('expands built-in and shared attributes, warns about unknown ones, and leaves code alone', async () => {
    const { entry, problems } = await read('=== Attributes\n\nC{plus}{plus} and link:{handbook}[the book] and {nosuch}.\n\nSet `key.{id}.name` in code.\n');
    expect(entry?.body).toBe('C++ and [the book](https://docs.freebsd.org/en/books/handbook/) and {nosuch}.\n\nSet `key.{id}.name` in code.');
    expect(problems).toEqual([
      { severity: 'warning', file: 'q/entry.adoc', line: 3, message: 'unexpanded attribute reference {nosuch} left in the text' },
    ]);
  });

  it('repairs a link target that AsciiDoc emphasis mangled, in links and body, with one warning', async () => {
    const url = 'https://bugs.example.org/list?state=__open__&who=me';
    const { entry, problems } = await read(`=== Mangled\n\nLinks: +\nlink:${url}[Open bugs] URL: link:${url}[]\n\nSee link:${url}[the list].\n`);
    expect(entry?.links).toEqual([{ url, text: 'Open bugs' }]);
    expect(entry?.body).toBe('See [the list](https://bugs.example.org/list?state=__open__\\&who=me).');
    expect(problems.map((p) => p.message)).toEqual([`link target mangled by AsciiDoc emphasis (upstream should write link:++URL++[…]); repaired to ${url}`]);
  });

  it('keeps the word and the table title a slip or a caption would lose, with a warning for the slip', async () => {
    const { entry, problems } = await read(
      `=== Gizmo\n\nBuilt with link:gizmo[https://gizmo.example/guide/].\n\n.Sprocket counts\n[options="header"]\n|===\n|Run |Count\n\n|with |3\n|===\n`,
    );
    expect(entry?.body).toBe('Built with [gizmo](https://gizmo.example/guide/).\n\nTable 1. Sprocket counts\n\n| Run  | Count |\n| ---- | ----- |\n| with | 3     |');
    expect(problems.map((p) => [p.line, p.message])).toEqual([[3, 'link macro with its target and text swapped (link:gizmo[https://gizmo.example/guide/]); linked "gizmo" to https://gizmo.example/guide/']]);
  });

  it('reads contacts that are not people, without turning a bare address into an email', async () => {
    const { entry } = await read(
      [
        '=== Odd Contacts',
        '',
        'Contact: link:https://lists.example.org/talk[talk mailing list] +',
        'Contact: IRC #example channel on SomeNet +',
        'Contact: +',
        'Mail: ann@example.org +',
        'IRC: ann@irc.example.net +',
        'Contact: `\\#chan` on `irc.example.net`, bridged to link:https://chat.example.org/[`#chan:example.org` on chat]',
        '',
        'Body.',
      ].join('\n'),
    );
    expect(entry?.contacts).toEqual([
      { name: 'talk mailing list' },
      { name: 'IRC #example channel on SomeNet' },
      { name: 'ann@example.org', email: 'ann@example.org' },
      { name: 'IRC: ann@irc.example.net' },
      { name: '#chan on irc.example.net, bridged to #chan:example.org on chat' },
    ]);
    expect(entry?.links).toEqual([
      { url: 'https://lists.example.org/talk', text: 'talk mailing list' },
      { url: 'https://chat.example.org/', text: '#chan:example.org on chat' },
    ]);
  });

  it('reads sponsors given as links or bare URLs, wherever their line is', async () => {
    const { entry } = await read(
      '=== Sponsored\n\nFirst paragraph.\nSponsor: link:https://fund.example/[Fund Example] +\nSponsor: https://donate.example/me\n\nLast paragraph.\n\nSponsor: Plain Sponsor\n',
    );
    expect(entry?.sponsors).toEqual(['Fund Example', 'https://donate.example/me', 'Plain Sponsor']);
    expect(entry?.links).toEqual([{ url: 'https://fund.example/', text: 'Fund Example' }]);
    expect(entry?.body).toBe('First paragraph.\n\nLast paragraph.');
  });

  it('keeps words written beside a link on the Links line in that link\'s text, with a warning at their line, as <links> does', async () => {
    const { entry, problems } = await read(
      [
        '=== Noted Links',
        '',
        'Links: +',
        'link:https://gadget.example/[Gadget home] URL: link:https://gadget.example/[https://gadget.example/] (mirrored weekly, added by the editors) +',
        'link:https://gadget.example/src[Source] URL link:https://gadget.example/src[] +',
        'link:https://gadget.example/doc[Manual] URL:https://gadget.example/doc[https://gadget.example/doc] +',
        'link: https://gadget.example/wiki[Wiki]',
        '',
        'Body.',
      ].join('\n'),
    );
    expect(entry?.links).toEqual([
      { url: 'https://gadget.example/', text: 'Gadget home (mirrored weekly, added by the editors)' },
      { url: 'https://gadget.example/src', text: 'Source' },
      { url: 'https://gadget.example/doc', text: 'Manual' },
      { url: 'https://gadget.example/wiki', text: 'Wiki' },
    ]);
    expect(entry?.body).toBe('Body.');
    expect(problems).toEqual([
      { severity: 'warning', file: 'q/entry.adoc', line: 4, message: 'text "(mirrored weekly, added by the editors)" after a link in the Links line; added to the end of that link\'s text' },
    ]);
  });

  it('reads a link whose line starts with the hard break meant for the line before ("+ link:…") as one of the Links, with a warning', async () => {
    const { entry, problems } = await read(
      [
        '=== Wombat Timers',
        '',
        'Links: +',
        'link:https://wombat.example/spec.html[Timer specification] URL: link:https://wombat.example/spec.html[]',
        '+ link:https://review.example/D901[D901 wombat timers] URL: link:https://review.example/D901[]',
        '',
        'Contact: Ada Quill <ada@example.org>',
        '',
        'Timers tick.',
      ].join('\n'),
    );
    expect(entry?.links).toEqual([
      { url: 'https://wombat.example/spec.html', text: 'Timer specification' },
      { url: 'https://review.example/D901', text: 'D901 wombat timers' },
    ]);
    expect(entry?.body).toBe('Timers tick.');
    expect(problems).toEqual([
      {
        severity: 'warning',
        file: 'q/entry.adoc',
        line: 5,
        message: 'line of the Links field starts with the "+" that ends the line before it (upstream shows it as text); read as a link of the Links field',
      },
    ]);
  });

  it('reads the links of a "Links: +" line followed by a blank line as the Links, not as body text', async () => {
    const { entry, problems } = await read(
      [
        '=== Numbat Survey',
        '',
        'Links: +',
        '',
        'link:https://numbat.example/report.md[Survey writeup] URL: https://numbat.example/report.md[] +',
        'link:https://numbat.example/data[Raw data] URL: link:https://numbat.example/data[]',
        '',
        'Contact: Ada Quill <ada@example.org>',
        '',
        'The survey counted numbats.',
      ].join('\n'),
    );
    expect(entry?.links).toEqual([
      { url: 'https://numbat.example/report.md', text: 'Survey writeup' },
      { url: 'https://numbat.example/data', text: 'Raw data' },
    ]);
    expect(entry?.body).toBe('The survey counted numbats.');
    expect(problems).toEqual([]);
  });

  it('leaves a paragraph after a bare "Links:" alone where it is text, not links', async () => {
    const { entry } = await read('=== Unlisted\n\nLinks: +\n\nThe links follow next quarter.\n');
    expect(entry?.links).toEqual([]);
    expect(entry?.body).toBe('The links follow next quarter.');
  });

  it('keeps the words of a Links line that holds no link in the body, with a warning', async () => {
    const { entry, problems } = await read('=== Unlinked\n\nLinks: +\nnone yet, see the <mailing list>\n\nBody.\n');
    expect(entry?.links).toEqual([]);
    expect(entry?.body).toBe('none yet, see the \\<mailing list>\n\nBody.');
    expect(problems).toEqual([{ severity: 'warning', file: 'q/entry.adoc', line: 4, message: 'text "none yet, see the <mailing list>" in the Links line holds no link; kept in the body' }]);
  });

  it('gives a plain sponsor line the typography upstream\'s page gives it', async () => {
    const { entry } = await read("=== Typeset\n\nSponsor: Ann's Gadgets(R) -- and friends...\n\nBody.\n");
    expect(entry?.sponsors).toEqual(['Ann\u2019s Gadgets\u00ae \u2014 and friends\u2026']);
  });

  it('drops a Links entry with an unsafe scheme, with a warning', async () => {
    const { entry, problems } = await read('=== Unsafe\n\nLinks: +\nlink:javascript:void(0)[Click] +\nlink:https://ok.example/[Fine]\n\nBody.\n');
    expect(entry?.links).toEqual([{ url: 'https://ok.example/', text: 'Fine' }]);
    expect(problems).toEqual([{ severity: 'warning', file: 'q/entry.adoc', line: 3, message: 'link dropped, not an absolute http(s)/mailto URL: javascript:void(0)' }]);
  });

  it('keeps each file\'s Asciidoctor messages apart when files are read concurrently', async () => {
    const [a, b] = await Promise.all([
      readAdocEntry({ file: 'q/a.adoc', text: '=== A\n\n----\nopen\n', baseUrl: BASE }),
      readAdocEntry({ file: 'q/b.adoc', text: '=== B\n\nFine.\n\n....\nopen too\n', baseUrl: BASE }),
    ]);
    expect(a.problems.filter(notNoContact)).toEqual([{ severity: 'error', file: 'q/a.adoc', line: 3, message: 'unterminated listing block ("----"), opened here and never closed: on the published page it swallows every entry after it in the report' }]);
    expect(b.problems.filter(notNoContact)).toEqual([{ severity: 'error', file: 'q/b.adoc', line: 5, message: 'unterminated literal block ("...."), opened here and never closed: on the published page it swallows every entry after it in the report' }]);
  });

  it('keeps a task subsection that has more than the list, and warns about a second title', async () => {
    const { entry, problems } = await read('=== Tasks\n\nText.\n\n==== Help wanted\n\nAny help is welcome.\n\n* Testing\n* Reviews\n\n=== Second Title\n\nMore.\n');
    expect(entry?.tasks).toEqual(['Testing', 'Reviews']);
    expect(entry?.body).toBe('Text.\n\n## Help wanted\n\nAny help is welcome.\n\n## Second Title\n\nMore.');
    expect(problems.map((p) => [p.line, p.message])).toEqual([[12, 'a second top-level title in the entry; kept as a heading of the body']]);
  });
});
