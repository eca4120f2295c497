import { describe, expect, it } from 'vitest';
import { readAdocEntry } from '../../../lib/import/adoc';
import { contactMistake } from '../../../lib/import/adoc/contact-mistakes';

describe('contactMistake', () => {
  it.each([
    ['an address outside <…>', 'Ann Example ann@example.org', /^the address ann@example\.org is not written in <…>/],
    ['<…> holding no address', 'Ann Example <ann.example.org>', /^"<ann\.example\.org>" holds no email address/],
    ['a "<" never closed', 'Ann Example <ann@example.org', /^"<" is never closed by ">"/],
    ['a second contact with its "<" never closed', 'Ann Example <ann@example.org>, Ben Example <ben@example.org', /^"<" is never closed/],
  ])('reports %s', (_case, value, message) => {
    expect(contactMistake(value)).toMatch(message);
  });

  it.each([
    ['the standard form', 'Ann Example <ann@example.org>'],
    ['several contacts', 'Ann Example <ann@example.org>, <ben@example.org>'],
    ['a bare address', 'ann@example.org'],
    ['an address after "Mail:"', 'Mail: ann@example.org'],
    ['a name only', 'The Gizmo Team'],
    ['a mailing list as a link', 'link:https://lists.example.org/mailman/listinfo/gizmo[gizmo mailing list]'],
    ['an IRC channel', 'IRC #gizmo channel on ExampleNet'],
    ['an IRC handle that looks like an address', 'IRC: ann@irc.example.net'],
    ['a channel mirrored to a link', '`\\#gizmo` on `irc.example.net`, mirrored to link:https://chat.example.org/#/%23gizmo:example.org[`#gizmo:example.org` on chat]'],
    ['a link whose text holds an address', 'link:mailto:gizmo@example.org[gizmo@example.org]'],
    ['an IRC handle spelled with "at"', 'IRC: ann at irc dot example dot net'],
    ['a job at a host', 'Ann Example, Release Engineer at Example.org'],
  ])('says nothing of %s', (_case, value) => {
    expect(contactMistake(value)).toBeUndefined();
  });
});

describe('a malformed Contact line in an entry', () => {
  it('is a warning at the line of the value, and the entry is kept', async () => {
    const text = '=== Gizmo\n\nContact: Ann Example <ann@example.org> +\nContact: Ben Example ben@example.org\n\nThe gizmo works.\n';
    const { entry, problems } = await readAdocEntry({ file: 'q/gizmo.adoc', text, baseUrl: 'https://www.freebsd.org/status/report-2031-04-2031-06/' });
    expect(problems).toEqual([
      {
        severity: 'warning',
        file: 'q/gizmo.adoc',
        line: 4,
        message: 'the address ben@example.org is not written in <…> in the contact "Ben Example ben@example.org"; it is read as part of the name, and the person gets no address',
      },
    ]);
    expect(entry?.contacts[0]).toEqual({ name: 'Ann Example', email: 'ann@example.org' });
  });
});
