import { describe, expect, it } from 'vitest';
import { contactAddresses, linkShown, mailtoHref, safeHref } from '../../lib/content/entry-links';

describe('linkShown', () => {
  it('shows a link by its text, by its address where the text is blank, and links only a safe address', () => {
    expect(linkShown({ url: 'https://example.org/a', text: ' The tree ' })).toEqual({ href: 'https://example.org/a', text: 'The tree' });
    expect(linkShown({ url: 'https://example.org/a', text: '   ' })).toEqual({ href: 'https://example.org/a', text: 'https://example.org/a' });
    expect(linkShown({ url: 'javascript:alert(1)', text: 'x' })).toEqual({ href: undefined, text: 'x' });
  });
});

describe('safeHref', () => {
  it.each([
    ['https://wiki.freebsd.org/bhyve', 'https://wiki.freebsd.org/bhyve'],
    ['http://example.org/', 'http://example.org/'],
    ['mailto:re@FreeBSD.org', 'mailto:re@FreeBSD.org'],
    ['ftp://ftp.FreeBSD.org/pub/', 'ftp://ftp.FreeBSD.org/pub/'],
    ['irc://irc.example.org#ports', 'irc://irc.example.org#ports'],
    ['ircs://chat.example.org:6697/tss', 'ircs://chat.example.org:6697/tss'],
    ['svn://svn.example.org/base/head', 'svn://svn.example.org/base/head'],
    ['/reports/2014-01-2014-03', '/reports/2014-01-2014-03'],
    ['#bhyve', '#bhyve'],
    ['javascript:alert(1)', undefined],
    [' JavaScript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['//evil.example.org/', undefined],
    ['not a url', undefined],
    ['https://ports..example.org', undefined],
    ['https://example.org./x', 'https://example.org./x'],
  ])('%s → %s', (url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });
});

describe('mailtoHref', () => {
  it.each([
    ['someone@example.org', 'mailto:someone@example.org'],
    [' team-x@FreeBSD.org ', 'mailto:team-x@FreeBSD.org'],
    ['someone@example.org>', undefined],
    ['someone at example.org', undefined],
    ['someone@', undefined],
    ['someone@localhost', undefined],
  ])('%s → %s', (email, expected) => {
    expect(mailtoHref(email)).toBe(expected);
  });
});

describe('contactAddresses', () => {
  it('links a mail address and shows an IRC channel as a channel, not as an address', () => {
    expect(contactAddresses('Ann Example', ['ann@example.org', '#frobnicator-dev'])).toEqual([
      { kind: 'mail', text: 'ann@example.org', href: 'mailto:ann@example.org' },
      { kind: 'channel', text: '#frobnicator-dev' },
    ]);
  });

  it('does not repeat a channel that is the contact itself', () => {
    expect(contactAddresses('#frobnicator-dev', ['#frobnicator-dev'])).toEqual([]);
    expect(contactAddresses(' #Frobnicator-Dev ', ['#frobnicator-dev'])).toEqual([]);
  });

  it("does not repeat an address that is the contact's name", () => {
    expect(contactAddresses('gizmo-list@example.org', ['Gizmo-List@example.org', 'gizmo@example.org'])).toEqual([
      { kind: 'mail', text: 'gizmo@example.org', href: 'mailto:gizmo@example.org' },
    ]);
  });

  it('shows anything else as written, unlinked', () => {
    expect(contactAddresses('Ann Example', ['ann at example.org'])).toEqual([{ kind: 'other', text: 'ann at example.org' }]);
    expect(contactAddresses('Ann Example', ['#not a channel'])).toEqual([{ kind: 'other', text: '#not a channel' }]);
  });
});
