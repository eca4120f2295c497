import { describe, expect, it } from 'vitest';
import { readAdocEntry } from '../../../lib/import/adoc';

/** A label line naming the list of tasks ("TODO:") is the author's heading over them, as a `==== TODO` subsection is. */

const BASE = 'https://www.freebsd.org/status/report-2031-04-2031-06/';
const HEAD = '=== Gadget Bridge\n\nContact: Bo Example <bo@example.org>\n\nThe gadget bridge now forwards frames on the Zed board.\n\n';

function read(text: string) {
  return readAdocEntry({ file: 'q/gadget.adoc', text, baseUrl: BASE });
}

describe('a label line right above the list of tasks', () => {
  it.each([
    ['TODO:', 'TODO'],
    ['TODO', 'TODO'],
    ['Help wanted:', 'Help wanted'],
    ['Help Needed:', 'Help Needed'],
    ['To do:', 'To do'],
    ['Open task:', 'Open task'],
  ])('"%s" is kept as the heading over the tasks, "%s"', async (line, heading) => {
    const { entry } = await read(`${HEAD}${line}\n\n* Forward frames on the Zed Mini\n* Document the bridge(4) knobs\n`);
    expect(entry?.tasks).toEqual(['Forward frames on the Zed Mini', 'Document the bridge(4) knobs']);
    expect(entry?.tasksHeading).toBe(heading);
    expect(entry).not.toHaveProperty('tasksIntro');
    expect(entry?.body).toBe('The gadget bridge now forwards frames on the Zed board.');
  });

  it('adds nothing where it says what the page says, "Open tasks:"', async () => {
    const { entry } = await read(`${HEAD}Open Tasks:\n\n* Forward frames on the Zed Mini\n`);
    expect(entry?.tasks).toEqual(['Forward frames on the Zed Mini']);
    expect(entry).not.toHaveProperty('tasksHeading');
    expect(entry).not.toHaveProperty('tasksIntro');
  });

  it('keeps a sentence leading into the tasks as their intro, not as a heading', async () => {
    const { entry } = await read(`${HEAD}For a Zed owner, the remaining tasks:\n\n* Forward frames on the Zed Mini\n`);
    expect(entry?.tasksIntro).toBe('For a Zed owner, the remaining tasks:');
    expect(entry).not.toHaveProperty('tasksHeading');
  });

  it('keeps two labelled lists apart, each label over its own items', async () => {
    const { entry } = await read(`${HEAD}TODO:\n\n* Forward frames on the Zed Mini\n\nHelp wanted:\n\n* Test on a Zed Max\n`);
    expect(entry?.tasks).toEqual(['TODO:\n  - Forward frames on the Zed Mini', 'Help wanted:\n  - Test on a Zed Max']);
    expect(entry).not.toHaveProperty('tasksHeading');
  });

  it('takes no list for tasks that a label line does not name as such', async () => {
    const { entry } = await read(`${HEAD}Next steps:\n\n* Forward frames on the Zed Mini\n\nDone:\n\n* Attach on the Zed board\n`);
    expect(entry?.tasks).toEqual([]);
    expect(entry).not.toHaveProperty('tasksHeading');
    expect(entry?.body).toContain('Next steps:');
    expect(entry?.body).toContain('- Forward frames on the Zed Mini');
  });
});
