import { describe, expect, it } from 'vitest';
import { readAdocEntry } from '../../../lib/import/adoc';
import { notNoContact } from './fixture';

/** Words the import once lost: a task subsection's heading, a part's second text for a link, `--` in a link target. */

const BASE = 'https://www.freebsd.org/status/report-2031-04-2031-06/';

async function read(text: string) {
  const result = await readAdocEntry({ file: 'q/entry.adoc', text, baseUrl: BASE });
  return { ...result, problems: result.problems.filter(notNoContact) };
}

const HEAD = '=== Sprocket Driver\n\nContact: Ann Example <ann@example.org>\n\nThe sprocket driver attaches on the Quux board.\n\n';

describe('task subsections', () => {
  it('keep the author\'s heading, as a heading, where it says other words than "Open tasks"', async () => {
    const wanted = await read(`${HEAD}==== Help wanted\n\n* Test it on a Quux Mini\n* Review the DMA code\n`);
    expect(wanted.entry?.tasks).toEqual(['Test it on a Quux Mini', 'Review the DMA code']);
    expect(wanted.entry?.tasksHeading).toBe('Help wanted');
    expect(wanted.entry?.body).toBe('The sprocket driver attaches on the Quux board.');

    const todo = await read(`${HEAD}==== To Do\n\n* Suspend and resume\n`);
    expect(todo.entry?.tasksHeading).toBe('To Do');

    // The page's own heading, in another case: nothing to keep.
    const plain = await read(`${HEAD}==== Open Tasks\n\n* Suspend and resume\n`);
    expect(plain.entry?.tasks).toEqual(['Suspend and resume']);
    expect(plain.entry).not.toHaveProperty('tasksIntro');
    expect(plain.entry).not.toHaveProperty('tasksHeading');
  });

  it('keep two lists under two headings apart, each heading over its own items', async () => {
    const { entry } = await read(`${HEAD}==== TODO\n\n* Add a \`sprocket.h\`\n* Write sprocket(4)\n\n==== Help wanted\n\n* Port it to the Quux Max\n`);
    expect(entry?.tasks).toEqual(['TODO\n  - Add a `sprocket.h`\n  - Write sprocket(4)', 'Help wanted\n  - Port it to the Quux Max']);
    expect(entry).not.toHaveProperty('tasksIntro');
    expect(entry).not.toHaveProperty('tasksHeading');
  });
});

describe("a part's own Links", () => {
  it('keep a second text for an address an earlier part linked, and no second text that is only the address', async () => {
    const { entry } = await read(
      '=== Widget Community\n\nThe community runs two projects.\n\n' +
        '==== Handbook\n\nLinks: +\nlink:https://book.widget.example/[Widget Handbook Project] URL: link:https://book.widget.example/[]\n\nThe handbook grew.\n\n' +
        '==== Widget-Ask\n\nLinks: +\nlink:https://git.widget.example/ask[Widget-Ask on Git] URL: link:https://git.widget.example/ask[] +\n' +
        'link:https://book.widget.example/[Widget-Ask on Website] URL: link:https://book.widget.example/[] +\n' +
        'link:https://book.widget.example[https://Book.Widget.example]\n\nThe questions site opened.\n',
    );
    expect(entry?.links).toEqual([
      { url: 'https://book.widget.example/', text: 'Widget Handbook Project' },
      { url: 'https://git.widget.example/ask', text: 'Widget-Ask on Git' },
      { url: 'https://book.widget.example/', text: 'Widget-Ask on Website' },
    ]);
  });
});

describe('a link target with `--` or `...` in it', () => {
  it('links to the address written, not to a dash or an ellipsis, in the body, the Links and the tasks, with a warning', async () => {
    const slides = 'https://slides.example.org/d/e/2PACX-abc--def/pub';
    const range = 'https://git.example.org/compare/v1...v2';
    const { entry, problems } = await read(
      `=== Slides\n\nLinks: +\nlink:${slides}[Slides] URL: link:${slides}[]\n\nSee the link:${slides}[Workflow] and ${range} for the changes.\n\nOpen tasks:\n\n* Read link:${range}[the changes]\n`,
    );
    expect(entry?.links).toEqual([{ url: slides, text: 'Slides' }]);
    expect(entry?.body).toBe(`See the [Workflow](${slides}) and <${range}> for the changes.`);
    expect(entry?.tasks).toEqual([`Read [the changes](${range})`]);
    expect(problems.map((p) => p.message)).toEqual([
      `link target mangled by AsciiDoc replacements (\`--\` made a dash, \`...\` an ellipsis) (upstream should write link:++URL++[…]); repaired to ${slides}`,
      `link target mangled by AsciiDoc replacements (\`--\` made a dash, \`...\` an ellipsis) (upstream should write link:++URL++[…]); repaired to ${range}`,
    ]);
  });
});
