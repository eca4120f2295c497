import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseYamlFile, readYamlFile, repairedAgainstSchema } from '../../lib/content/yaml-file';
import { tempDir } from '../temp-dir';
import { parseCorrections } from '../../lib/projects/corrections';

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
    expect(loaded.problems.map((p) => [p.line, p.message.split(/:| is /)[0]])).toEqual([
      [3, 'merge.1'],
      [5, 'merge.3'],
      [9, 'subjects.bhyve.title'],
      [10, 'subjects.xen.colour'],
    ]);
    expect(loaded.problems[2]?.message).toBe('subjects.bhyve.title is missing; required, so subjects.bhyve is left out');
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

  it('says that none of a file is applied when a bracket left open runs on into the lines after it', () => {
    const loaded = parseYamlFile('rename:\n  old: new\nmerge:\n  - [a, b\nsubjects:\n  zfs: { title: ZFS }\n', 'dir/projects.yml', schema);
    expect(loaded.value).toBeUndefined();
    expect(loaded.problems).toEqual([{ severity: 'error', file: 'dir/projects.yml', line: 4, message: expect.stringMatching(/^not valid YAML: .*; the lines after it cannot be read as meant; none of projects\.yml is applied$/) }]);
  });
});

describe('parseYamlFile on a line YAML refuses', () => {
  it('leaves out a tab-indented line alone, in one problem at its line, and applies the lines around it', () => {
    const loaded = parse(['subjects:', '  kettle:', '    title: Kettle', '\taliases: [pot]', '  urn:', '    title: Urn', 'rename:', '  old: new', '']);
    expect(loaded.problems).toEqual([{ severity: 'error', file: 'x.yml', line: 4, message: 'not valid YAML: Tabs are not allowed as indentation; this line is not applied' }]);
    expect(loaded.value).toEqual({ subjects: { kettle: { title: 'Kettle' }, urn: { title: 'Urn' } }, rename: { old: 'new' } });
  });

  it('says that a key whose only line is left out goes with it, in the same problem', () => {
    const loaded = parse(['subjects:', '  kettle:', '\ttitle: Kettle', '  urn:', '    title: Urn', '']);
    expect(loaded.problems.map((p) => [p.line, p.message])).toEqual([[3, 'not valid YAML: Tabs are not allowed as indentation; this line is not applied, nor is "kettle" on line 2, which holds nothing else']]);
    expect(loaded.value).toEqual({ subjects: { urn: { title: 'Urn' } } });
  });

  it('leaves out the lines a key on a refused line holds, and says to which line', () => {
    const loaded = parse(['subjects:', '  urn:', '    title: Urn', '\tkettle:', '    title: Kettle', '    aliases: [pot]', 'rename:', '  old: new', '']);
    expect(loaded.problems.map((p) => [p.line, p.message])).toEqual([[4, 'not valid YAML: Tabs are not allowed as indentation; this line and the lines under it (to line 6) are not applied']]);
    expect(loaded.value).toEqual({ subjects: { urn: { title: 'Urn' } }, rename: { old: 'new' } });
  });

  it('leaves out the rest of a refused value wrapped onto the next line, not reading it as the key above', () => {
    const loaded = parse(['subjects:', '  urn:', '    title: Urn', '    aliases: urn: the big one and its', '      little sister', '  pot: { title: Pot }', '']);
    expect(loaded.problems.map((p) => [p.line, p.message.replace(/;.*/, '')])).toEqual([[4, 'not valid YAML: Nested mappings are not allowed in compact mappings']]);
    expect(loaded.problems[0]!.message).toContain('to line 5');
    expect(loaded.value).toEqual({ subjects: { urn: { title: 'Urn' }, pot: { title: 'Pot' } } });
  });

  it('gives each refused line its own problem, and a value written as a key its line', () => {
    const loaded = parse(['merge:', '  - [a, b]', '\t- [c, d]', '  - [e, f]', 'subjects:', '  urn:', '    title: Urn: large', '  pot: { title: Pot }', '']);
    expect(loaded.problems.map((p) => [p.line, p.message.replace(/;.*/, '')])).toEqual([
      [3, 'not valid YAML: Tabs are not allowed as indentation'],
      [7, 'not valid YAML: Nested mappings are not allowed in compact mappings'],
    ]);
    expect(loaded.value).toEqual({ merge: [['a', 'b'], ['e', 'f']], subjects: { pot: { title: 'Pot' } } });
  });

  it('names an unclosed quote at the line it opens, though YAML finds it at the end of the file', () => {
    const loaded = parse(['subjects:', '  urn:', '    title: "Urn', '  pot:', '    title: Pot', '']);
    expect(loaded.value).toBeUndefined();
    expect(loaded.problems.map((p) => p.line)).toEqual([3]);
  });

  it('leaves out an alias naming no anchor instead of failing on the file', () => {
    const loaded = parse(['subjects:', '  urn: *nothing', '  pot: { title: Pot }', '']);
    expect(loaded.problems.map((p) => [p.line, p.message])).toEqual([[2, 'not valid YAML: alias "*nothing" names no anchor written before it; this line is not applied']]);
    expect(loaded.value).toEqual({ subjects: { pot: { title: 'Pot' } } });
  });
});

describe('repairedAgainstSchema over several rounds', () => {
  const kettles = z.object({ kettles: z.array(z.object({ name: z.string(), spouts: z.array(z.string()).min(1) }).strict()).optional() }).strict();

  it('names the line of each value, after list items before it were left out', () => {
    const loaded = parseYamlFile(['kettles:', '  - 7', '  - 8', '  - name: Odo', '    spouts: [9]', '  - name: Quark', '    spouts: []', '  - name: Rom', '    spouts: [long]', ''].join('\n'), 'k.yml', kettles);
    expect(loaded.problems.map((p) => [p.line, p.message.replace(/: .*;/, ':;')])).toEqual([
      [2, 'kettles.0:; left out'],
      [3, 'kettles.1:; left out'],
      [5, 'kettles.2.spouts.0:; left out, and so is kettles.2, which cannot do without it'],
      [7, 'kettles.3.spouts:; required, so kettles.3 is left out'],
    ]);
    expect(loaded.value).toEqual({ kettles: [{ name: 'Rom', spouts: ['long'] }] });
  });

  it('says a mistyped key and the key it left missing in one problem', () => {
    const loaded = parseYamlFile(['kettles:', '  - name: Odo', '    spouts: [long]', '  - nmae: Quark', '    spouts: [short]', ''].join('\n'), 'k.yml', kettles);
    expect(loaded.problems.map((p) => [p.line, p.message])).toEqual([[4, 'kettles.1.name is missing, and kettles.1.nmae: Unrecognized key: "nmae"; required, so kettles.1 is left out']]);
    expect(loaded.value).toEqual({ kettles: [{ name: 'Odo', spouts: ['long'] }] });
  });
});

describe('projects.yml: a split with a bad slug', () => {
  it('is one problem at its line, after an item left out before it', () => {
    const loaded = parseCorrections(['split:', '  - 7', '  - slug: Bad Slug', '    entries: [2031-04-2031-06/gadget]', '  - slug: gadgets', '    entries: [2031-04-2031-06/gizmo]', ''].join('\n'), 'projects.yml');
    expect(loaded.problems.map((p) => [p.line, p.message.replace(/: .*;/, ':;')])).toEqual([
      [2, 'split.0:; left out'],
      [3, 'split.1.slug:; required, so split.1 is left out'],
    ]);
    expect(loaded.corrections).toEqual({ split: [{ slug: 'gadgets', entries: ['2031-04-2031-06/gizmo'] }] });
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
