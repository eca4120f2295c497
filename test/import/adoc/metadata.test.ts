import { describe, expect, it } from 'vitest';
import { parseContactText, splitMetadataLines, splitSponsors } from '../../../lib/import/adoc/metadata';

describe('splitMetadataLines', () => {
  it('follows " +" continuations and link lines, and keeps other text', () => {
    const { fields, rest } = splitMetadataLines([
      'Links: +',
      'link:https://a.example/[A] URL: link:https://a.example/[] +',
      'link:https://b.example/[B] URL:',
      'link:https://b.example/[]',
      'Contact: Ann Example <ann@example.org> +',
      'Mentor: Ben Example <ben@example.org>',
      'Ordinary text follows here.',
      'Sponsors: +',
      'First Sponsor +',
      'Second Sponsor',
    ]);
    expect(fields).toEqual([
      {
        kind: 'links',
        plural: false,
        index: 0,
        values: ['link:https://a.example/[A] URL: link:https://a.example/[]', 'link:https://b.example/[B] URL:', 'link:https://b.example/[]'],
        lines: [1, 2, 3],
      },
      { kind: 'contact', plural: false, index: 4, values: ['Ann Example <ann@example.org>', 'Mentor: Ben Example <ben@example.org>'], lines: [4, 5] },
      { kind: 'sponsor', plural: true, index: 7, values: ['First Sponsor', 'Second Sponsor'], lines: [8, 9] },
    ]);
    expect(rest).toEqual(['Ordinary text follows here.']);
  });

  it('reads "Link:" and "Sponsored by:" labels, and ends a field at a line without continuation', () => {
    const { fields, rest } = splitMetadataLines(['Link: link:https://c.example/[C]', 'Sponsored by:\tSome Company', 'Then prose.']);
    expect(fields.map((f) => [f.kind, f.values])).toEqual([
      ['links', ['link:https://c.example/[C]']],
      ['sponsor', ['Some Company']],
    ]);
    expect(rest).toEqual(['Then prose.']);
  });
});

describe('parseContactText', () => {
  it.each([
    ['Ann Example <ann@example.org>', [{ name: 'Ann Example', email: 'ann@example.org' }]],
    ['Ann Example<ann@example.org>', [{ name: 'Ann Example', email: 'ann@example.org' }]],
    ['Example Team, <team@example.org>', [{ name: 'Example Team', email: 'team@example.org' }]],
    ['Ann Example <mailto:ann@example.org[]>', [{ name: 'Ann Example', email: 'ann@example.org' }]],
    ['Ann Example (upstream) <ann@example.org>', [{ name: 'Ann Example (upstream)', email: 'ann@example.org' }]],
    ['Mentor: Ben Example <ben@example.org>', [{ name: 'Ben Example (mentor)', email: 'ben@example.org' }]],
    ['Mail: <ben@example.org>', [{ name: 'ben@example.org', email: 'ben@example.org' }]],
    [
      'Ann Example <ann@example.org>, <ann@work.example>',
      [
        { name: 'Ann Example', email: 'ann@example.org' },
        { name: 'Ann Example', email: 'ann@work.example' },
      ],
    ],
    ['<team@example.org>', [{ name: 'team@example.org', email: 'team@example.org' }]],
    ['team@example.org', [{ name: 'team@example.org', email: 'team@example.org' }]],
    ['Mail: ann@example.org', [{ name: 'ann@example.org', email: 'ann@example.org' }]],
  ])('%s', (text, expected) => {
    expect(parseContactText(text)).toEqual(expected);
  });

  it.each([
    'link:https://lists.example.org/x[The x list]',
    'IRC #example channel on SomeNet',
    '`\\#example` on `irc.example.net`',
    'IRC: nick@irc.example.net',
  ])('leaves "%s" to the AsciiDoc converter', (text) => {
    expect(parseContactText(text)).toBeUndefined();
  });
});

describe('splitSponsors', () => {
  it.each([
    ['Example Corp, Inc.', false, ['Example Corp, Inc.']],
    ['Alpha and Beta (for testing)', false, ['Alpha and Beta (for testing)']],
    ['Alpha Labs, Beta Group', true, ['Alpha Labs', 'Beta Group']],
    ['Alpha and Beta', true, ['Alpha', 'Beta']],
    ['Alpha, Beta (design, testing), Gamma LLC', true, ['Alpha', 'Beta (design, testing)', 'Gamma LLC']],
    ['Rubric Systems, LLC ("Rubric")', true, ['Rubric Systems, LLC ("Rubric")']],
  ] as const)('%s (plural: %s)', (value, plural, expected) => {
    expect(splitSponsors(value, plural)).toEqual(expected);
  });
});
