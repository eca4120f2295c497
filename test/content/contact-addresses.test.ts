import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkKnowledgeBase, loadKnowledgeBase, serializeReport } from '../../lib/content';
import { tempDir } from '../temp-dir';

const REPORT = '2031-10-2031-12';

/** An entry file as an editor types it, contacts and all, from a given source format. */
const entryFile = (slug: string, format: string, contacts: string) =>
  [
    '---',
    `title: Kestrel Scheduler ${slug}`,
    `report: ${REPORT}`,
    'category: kernel',
    'contacts:',
    contacts,
    'links: []',
    'sponsors: []',
    'tasks: []',
    'order: 0',
    'source:',
    `  format: ${format}`,
    `  file: ${{ markdown: `${REPORT}/${slug}.md`, xml: `xml/report-${REPORT}.xml` }[format] ?? `adoc/report-${REPORT}/${slug}.adoc`}`,
    '---',
    'The scheduler now perches on every core.',
    '',
  ].join('\n');

function folder(files: Record<string, string>): string {
  const dir = tempDir('kb-addresses-');
  mkdirSync(path.join(dir, REPORT));
  writeFileSync(
    path.join(dir, REPORT, '_report.md'),
    serializeReport({ id: REPORT, title: 'Autumn 2031', period: { start: '2031-10', end: '2031-12' }, categories: [{ key: 'kernel', title: 'Kernel', order: 0 }], intro: '' }),
  );
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, REPORT, name), text);
  return dir;
}

describe('kb check on contact addresses in front matter', () => {
  it('names an address mail cannot reach, at its line; the entry still loads', () => {
    const dir = folder({
      'kestrel.md': entryFile('kestrel', 'adoc', '  - name: Hazel Pemberton\n    email: hpemberton@example.org\n  - name: Idris Quill\n    email: iquill@example,org'),
    });
    const kb = loadKnowledgeBase(dir);
    expect(kb.entries.map((e) => e.slug)).toEqual(['kestrel']);
    expect(checkKnowledgeBase(kb)).toEqual([
      {
        file: path.join(dir, REPORT, 'kestrel.md'),
        line: 9,
        message: 'contact address "iquill@example,org" is not a well-formed email address (name@example.org): mail to it would not arrive',
      },
    ]);
  });

  it('says the same of an editor\'s own entry, and nothing of well-formed addresses or a contact with none', () => {
    const dir = folder({
      'merlin.md': entryFile('merlin', 'markdown', '  - name: Idris Quill\n    email: iquill@exampleorg'),
      'osprey.md': entryFile('osprey', 'markdown', '  - name: Hazel Pemberton\n    email: hazel.p+kb@mail.example-lab.org\n  - name: Kestrel team'),
    });
    expect(checkKnowledgeBase(loadKnowledgeBase(dir)).map((p) => [path.basename(p.file), p.line, p.message.split(' is ')[0]])).toEqual([
      ['merlin.md', 7, 'contact address "iquill@exampleorg"'],
    ]);
  });

  it('leaves the XML era\'s shorthands alone, as upstream wrote them', () => {
    const dir = folder({ 'falcon.md': entryFile('falcon', 'xml', '  - name: Falcon team\n    email: falconers@') });
    expect(checkKnowledgeBase(loadKnowledgeBase(dir))).toEqual([]);
  });
});
