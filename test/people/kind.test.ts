import { describe, expect, it } from 'vitest';
import { decideContactKind, isBareAddress } from '../../lib/people/kind';
import type { ContactKind } from '../../lib/model';

// Names and addresses made up for these tests, in the shapes the reports use.
const CASES: Array<[string, string[], ContactKind]> = [
  // People: a name of two words or more decides, whatever addresses they also used.
  ['Ingrid Solberg', ['ingrid@example.org'], 'person'],
  ['Ana María de la Cruz', ['amc@FreeBSD.org', 'freebsd-widgets@FreeBSD.org'], 'person'],
  ['Tomás Ruiz', ['tomas-list@example.net'], 'person'],
  ['IRC: tomas@irc.example.net', [], 'person'],
  ['quux', ['quux@example.com'], 'person'],
  ['tomas@example.net', ['tomas@example.net'], 'person'],
  // Teams, by their name or their role address.
  ['Widgets Team', ['widgets@FreeBSD.org'], 'team'],
  ['The Gadget Working Group', [], 'team'],
  ['Conference Organizers', ['oc@example.org'], 'team'],
  ['Ports Administrators', ['ports-admin@FreeBSD.org'], 'team'],
  ['Spokes Project', ['spokes@example.org'], 'team'],
  ['GadgetBSD', ['core@gadgetbsd.example'], 'team'],
  ['Acme', ['freebsd@acme.example'], 'team'],
  ['gizmomgr', ['gizmomgr@FreeBSD.org'], 'team'],
  ['spokesadm@FreeBSD.org', ['spokesadm@FreeBSD.org'], 'team'],
  ['sprockets@FreeBSD.org', ['sprockets@FreeBSD.org'], 'team'],
  ['secretary@example.org', ['secretary@example.org'], 'team'],
  // A role's title where a name would stand: whoever holds it, it is no one's name.
  ['Safety Officer', ['safety-officer@example.org'], 'team'],
  ['Gadget Officers', [], 'team'],
  // Mailing lists and channels.
  ['Widgets mailing list', ['widgets@FreeBSD.org'], 'list'],
  ['Gadgets Mailinglist', ['gadgets@FreeBSD.org'], 'list'],
  ['FreeBSD Sprockets', ['freebsd-sprockets@FreeBSD.org'], 'list'],
  ['freebsd-sprockets@FreeBSD.org', ['freebsd-sprockets@FreeBSD.org'], 'list'],
  ['gizmo-discuss@example.org', ['gizmo-discuss@example.org'], 'list'],
  ['Gizmo News: main', ['main@lists.example.org'], 'list'],
  ['Sprockets discussions', ['sprockets@example.org'], 'list'],
  ['Office team ML', ['office@example.org'], 'list'],
  ['#widgets on irc.example.net', [], 'list'],
  ['IRC channel of the gadget port', [], 'list'],
];

describe('decideContactKind', () => {
  it.each(CASES)('%s <%s> is a %s', (name, emails, kind) => {
    expect(decideContactKind(name, emails)).toBe(kind);
  });
});

describe('isBareAddress', () => {
  it('is true for an address alone, false for a name or an address within words', () => {
    expect(isBareAddress(' someone@example.org ')).toBe(true);
    expect(isBareAddress('Some One')).toBe(false);
    expect(isBareAddress('IRC: someone@example.org')).toBe(false);
  });
});
