import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseYamlFile, readYamlFile, repairedAgainstSchema } from '../../lib/content/yaml-file';
import { tempDir } from '../temp-dir';

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

describe('repairedAgainstSchema', () => {
  it('leaves out a value that fails two checks, not its parent', () => {
    const twoChecks = z.object({ kettle: z.object({ spout: z.string().min(3).regex(/x/).optional(), lid: z.string() }) });
    const repaired = repairedAgainstSchema({ kettle: { spout: '', lid: 'tight' } }, twoChecks, { file: 'k.yml', locate: () => 2 });
    expect(repaired.value).toEqual({ kettle: { lid: 'tight' } });
    expect(repaired.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^kettle\.spout: .*; left out$/)]);
  });
});

describe('repairedAgainstSchema, a value its parent needs', () => {
  it('says the parent went with it', () => {
    const kettles = z.object({ kettles: z.array(z.object({ name: z.string().min(1), spout: z.string() })) });
    const repaired = repairedAgainstSchema({ kettles: [{ name: '', spout: 'long' }, { name: 'Odo', spout: 'short' }] }, kettles, { file: 'k.yml', locate: () => 3 });
    expect(repaired.value).toEqual({ kettles: [{ name: 'Odo', spout: 'short' }] });
    expect(repaired.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^kettles\.0\.name: .*; required, so kettles\.0 is left out$/)]);
  });
});

describe('readYamlFile', () => {
  it('names the line of bytes that are not UTF-8 and still applies the file', () => {
    const file = path.join(tempDir('kb-yaml-latin1-'), 'subjects.yml');
    writeFileSync(file, Buffer.concat([Buffer.from('kettles:\n  title: Caf'), Buffer.from([0xe9]), Buffer.from(' kettles\n')]));
    const read = readYamlFile(file, z.record(z.string(), z.object({ title: z.string() })), {});
    expect(read.value).toEqual({ kettles: { title: 'Caf\uFFFD kettles' } });
    expect(read.problems).toEqual([{ file, line: 2, message: 'is not valid UTF-8: the bytes that are not were read as U+FFFD (save the file as UTF-8)' }]);
  });
});

describe('parseYamlFile on a key written twice', () => {
  it('applies the first, names the line of the second, and keeps the rest of the file', () => {
    const loaded = parse(['subjects:', '  zfs: { title: ZFS }', '  bhyve: { title: bhyve }', '  zfs:', '    title: OpenZFS', 'rename:', '  old: new', '']);
    expect(loaded.problems).toEqual([{ severity: 'error', file: 'x.yml', line: 4, message: 'key "zfs" is written twice in one mapping (first at line 2): only the first applies, this one is left out' }]);
    expect(loaded.value).toEqual({ subjects: { zfs: { title: 'ZFS' } , bhyve: { title: 'bhyve' } }, rename: { old: 'new' } });
  });

  it('finds a repeated top-level key, and one inside a list item', () => {
    const loaded = parse(['rename:', '  a: b', 'merge:', '  - [a, b]', 'rename:', '  c: d', '']);
    expect(loaded.problems.map((p) => [p.line, p.message.split(' is ')[0]])).toEqual([[5, 'key "rename"']]);
    expect(loaded.value).toEqual({ rename: { a: 'b' }, merge: [['a', 'b']] });
    const inList = parseYamlFile('- { a: 1, a: 2 }\n', 'l.yml', z.array(z.record(z.string(), z.number())));
    expect(inList.value).toEqual([{ a: 1 }]);
    expect(inList.problems.map((p) => p.line)).toEqual([1]);
  });

  it('says that none of a file it cannot parse is applied', () => {
    const loaded = parseYamlFile('rename:\n\told: new\n', 'dir/projects.yml', schema);
    expect(loaded.value).toBeUndefined();
    expect(loaded.problems[0]).toMatchObject({ file: 'dir/projects.yml', line: 2, message: expect.stringMatching(/^not valid YAML: .*; none of projects\.yml is applied$/) });
  });
});

describe('what kb import counts as errors', () => {
  it('marks as errors what undoes corrections (a key written twice, a file that is not YAML), and not what the schema refuses', () => {
    const twice = parse(['rename:', '  old: new', 'rename:', '  a: b', 'bogus-key: 3', '']);
    expect(twice.problems.map((p) => [p.line, p.severity])).toEqual([
      [3, 'error'],
      [5, undefined],
    ]);
    expect(parseYamlFile('rename:\n\told: new\n', 'x.yml', schema).problems.map((p) => p.severity)).toEqual(['error']);
  });
});
