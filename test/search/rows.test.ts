import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from '../../lib/content/plain-text';
import { extractReferences } from '../../lib/search/references';
import { buildSearchRows, titleFields } from '../../lib/search/rows';
import { fixtureEntry } from './fixture-kb';

describe('markdownToPlainText', () => {
  it('keeps the words and drops the markup, collecting link targets', () => {
    const plain = markdownToPlainText('# Title\n\nSome *emphasis*, `code(1)` and [a link](https://example.org/x).\n\n- one\n- two');
    expect(plain.text).toBe('Title\nSome emphasis, code(1) and a link.\none\ntwo');
    expect(plain.urls).toEqual(['https://example.org/x']);
  });
});

describe('extractReferences', () => {
  it.each([
    ['the ixgbe(4) driver and iovctl(8)', ['ixgbe(4)', 'iovctl(8)']],
    ['install sysutils/vmstated, not sys/dev/foo', ['sysutils/vmstated']],
    ['reviewed in D12345.', ['d12345']],
    ['fixes PR 234567 and bin/123456', ['pr234567', '234567']],
    ['committed in r312345', ['r312345']],
    ['nothing here: 2D shapes, CD/DVD', []],
  ])('%s', (text, refs) => {
    expect(extractReferences(text)).toEqual(refs);
  });

  it('reads link targets too', () => {
    expect(extractReferences('', ['https://reviews.freebsd.org/D4242', 'https://bugs.freebsd.org/bugzilla/show_bug.cgi?id=250000'])).toEqual([
      'd4242',
      'pr250000',
      '250000',
    ]);
  });
});

describe('buildSearchRows', () => {
  const entry = fixtureEntry('2020-01-2020-03/sr-iov', {
    title: 'PCI SR-IOV',
    category: 'kernel',
    contacts: [{ name: 'Marta Lindqvist', email: 'marta@example.org' }],
    links: [{ url: 'https://reviews.freebsd.org/D12345', text: 'The review' }],
    body: 'Adds **iovctl(8)** and [ixgbe](/reports/x/y) support; see sysutils/vmstated.',
    tasks: ['Test on real hardware'],
    sponsors: ['Example Networks'],
  });
  const [row] = buildSearchRows([entry], { categoryTitleOf: () => 'Kernel', projectOf: () => 'sr-iov', projectTitleOf: () => 'PCI SR-IOV', peopleOf: () => ['marta-lindqvist'] });

  it('gives plain text per field', () => {
    expect(row?.fields.body).toBe('Adds iovctl(8) and ixgbe support; see sysutils/vmstated. Test on real hardware Example Networks');
    expect(row?.fields.people).toBe('Marta Lindqvist marta@example.org');
    expect(row?.fields.links).toBe('The review\nhttps://reviews.freebsd.org/D12345\n/reports/x/y');
    expect(row?.fields.category).toBe('Kernel kernel');
    expect(row?.fields.report).toBe('2020 Q1 (January–March) 2020-01-2020-03');
  });

  it('collects references from the text and the links', () => {
    expect(row?.fields.references.split(' ')).toEqual(['iovctl(8)', 'sysutils/vmstated', 'd12345']);
  });

  it('reads tasks as Markdown: their link texts are words, their targets links', () => {
    const withTask = fixtureEntry('2020-01-2020-03/office', {
      body: 'Text.',
      tasks: ['The [open bugs list](https://bugs.example.org/buglist.cgi?status=open\\&email=office) needs `triage`'],
    });
    const [taskRow] = buildSearchRows([withTask]);
    expect(taskRow?.fields.body).toBe('Text. The open bugs list needs triage');
    expect(taskRow?.fields.links).toBe('https://bugs.example.org/buglist.cgi?status=open&email=office');
  });

  it('takes the addresses written out in the text and tasks for links, their escapes read', () => {
    const written = fixtureEntry('2020-01-2020-03/gizmo', {
      body: 'Nightly images are at https\\://images.example.org/gizmo\\_nightly/ and [the notes](https://notes.example.org/g).',
      tasks: ['Triage https\\://bugs.example.org/list.cgi?product=gizmo\\&state=open.'],
    });
    const [row] = buildSearchRows([written]);
    expect(row?.fields.links.split('\n')).toEqual([
      'https://notes.example.org/g',
      'https://images.example.org/gizmo_nightly/',
      'https://bugs.example.org/list.cgi?product=gizmo&state=open',
    ]);
  });

  it('carries what the filters and results need', () => {
    expect(row).toMatchObject({
      entryId: '2020-01-2020-03/sr-iov',
      url: '/reports/2020-01-2020-03/sr-iov',
      project: 'sr-iov',
      projectTitle: 'PCI SR-IOV',
      people: ['marta-lindqvist'],
      period: { start: '2020-01', end: '2020-03' },
    });
  });
});

describe('titleFields', () => {
  it.each([
    ['Grommet Status Report', 'Grommet', 'Status Report'],
    ['Status Report: grommetd (the session daemon)', 'grommetd (the session daemon)', 'Status Report:'],
    ['Status report for Grommet locking', 'for Grommet locking', 'Status report'],
    ['Grommet - status report', 'Grommet', '- status report'],
    ['Grommet — Status Report', 'Grommet', '— Status Report'],
  ])('%s: an entry calling itself a status report says nothing of its subject', (title, indexed, boilerplate) => {
    expect(titleFields(title)).toEqual({ title: indexed, boilerplate });
  });

  it.each(['Quarterly Status Reports', 'Status Report', 'Problem Report Database'])('%s: keeps a title about reports, or one that is nothing else', (title) => {
    expect(titleFields(title)).toEqual({ title, boilerplate: '' });
  });

  it('moves the boilerplate to the report field, where it still matches', () => {
    const [grommet] = buildSearchRows([fixtureEntry('2020-01-2020-03/grommet', { title: 'Grommet Status Report' })]);
    expect(grommet?.title).toBe('Grommet Status Report');
    expect(grommet?.fields.title).toBe('Grommet');
    expect(grommet?.fields.report).toBe('2020 Q1 (January–March) 2020-01-2020-03 Status Report');
  });
});
