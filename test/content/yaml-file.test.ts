import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseYamlFile } from '../../lib/content/yaml-file';

const schema = z
  .object({
    rename: z.record(z.string(), z.string()).optional(),
    merge: z.array(z.array(z.string())).optional(),
    subjects: z.record(z.string(), z.object({ title: z.string(), aliases: z.array(z.string()).optional() }).strict()).optional(),
  })
  .strict();

const parse = (lines: string[]) => parseYamlFile(lines.join('\n'), 'x.yml', schema);

describe('parseYamlFile', () => {
  it('names the line of an unknown key and applies the rest of the file', () => {
    const loaded = parse(['rename:', '  old: new', 'merge:', '  - [a, b]', '', 'bogus-key: 3', '']);
    expect(loaded.problems).toEqual([{ file: 'x.yml', line: 6, message: 'bogus-key: Unrecognized key: "bogus-key"; left out' }]);
    expect(loaded.value).toEqual({ rename: { old: 'new' }, merge: [['a', 'b']] });
  });

  it('leaves out a bad item, or an object missing what it needs, and keeps its neighbours', () => {
    const loaded = parse([
      'merge:',
      '  - [a, b]',
      '  - 7',
      '  - [c, d]',
      '  - 8',
      '  - [e, f]',
      'subjects:',
      '  zfs: { title: ZFS, aliases: [OpenZFS] }',
      '  bhyve: { aliases: [vmm] }',
      '  xen: { title: Xen, colour: red }',
      '',
    ]);
    expect(loaded.problems.map((p) => [p.line, p.message.split(':')[0]])).toEqual([
      [3, 'merge.1'],
      [5, 'merge.3'],
      [9, 'subjects.bhyve.title'],
      [10, 'subjects.xen.colour'],
    ]);
    expect(loaded.value).toEqual({ merge: [['a', 'b'], ['c', 'd'], ['e', 'f']], subjects: { zfs: { title: 'ZFS', aliases: ['OpenZFS'] }, xen: { title: 'Xen' } } });
  });

  it('gives no value for a file that is not YAML, or whose whole shape is wrong', () => {
    expect(parse(['rename: [unclosed', '']).value).toBeUndefined();
    const wrong = parse(['- a list, not a mapping', '']);
    expect(wrong.value).toBeUndefined();
    expect(wrong.problems[0]?.message).toMatch(/^\(top level\)/);
  });
});
