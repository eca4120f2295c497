import { describe, expect, it } from 'vitest';
import { entryTextHash, hasPinLine, withoutPinLine } from '../../lib/content/entry-hashes';

const FILE = ['---', 'title: Widgets', 'report: 2016-01-2016-03', 'category: kernel', 'source:', '  format: xml', '  file: report.xml', '---', 'The widget project: done.', 'project: a line of the body', ''].join('\n');

describe('entryTextHash', () => {
  it("is the same with or without the front matter's project pin, wherever the editor put it", () => {
    const pinned = FILE.replace('category: kernel', 'category: kernel\nproject: widgets');
    const pinnedFirst = FILE.replace('---\ntitle', "---\nproject: 'widgets'\ntitle");
    expect(hasPinLine(FILE)).toBe(false);
    expect(hasPinLine(pinned)).toBe(true);
    expect(withoutPinLine(pinned)).toBe(FILE);
    expect(withoutPinLine(pinnedFirst)).toBe(FILE);
    expect(entryTextHash(pinned)).toBe(entryTextHash(FILE));
  });

  it('changes with any other edit, a line of the body that looks like a pin included', () => {
    expect(withoutPinLine(FILE)).toBe(FILE);
    expect(entryTextHash(FILE.replace('project: a line', 'project: one line'))).not.toBe(entryTextHash(FILE));
    expect(entryTextHash(FILE.replace('title: Widgets', 'title: Gadgets'))).not.toBe(entryTextHash(FILE));
    expect(entryTextHash(FILE)).toMatch(/^[0-9a-f]{16}$/);
  });
});
