import { describe, expect, it } from 'vitest';
import { buildCitationIndex, findWorkReferences, mostCitedOfKind, workKey, workReference } from '../../lib/references';
import { makeEntry } from '../projects/make-entry';

const labels = (text: string, urls: string[] = []) => findWorkReferences(text, urls).map((r) => `${r.kind} ${r.id}`);

describe('findWorkReferences', () => {
  it('finds reviews, problem reports, man pages and ports as written in text', () => {
    expect(labels('Landed in D12345 after PR 238412 and PR kern/123456; see ixgbe(4), vt(4) and sysutils/vmstated.')).toEqual([
      'review D12345',
      'pr 238412',
      'pr 123456',
      'man ixgbe.4',
      'man vt.4',
      'port sysutils/vmstated',
    ]);
  });

  it("takes a translation's part of the doc tree's web site for no port, and keeps the www ports beside it", () => {
    expect(
      labels('The team synced www/ko and doc/ko_KR.UTF-8 with www/en, moved `www/pt_BR` and www/zh_TW.Big5 to the new build, and updated www/frobzilla and www/py-quuxweb.'),
    ).toEqual(['port www/frobzilla', 'port www/py-quuxweb']);
    expect(labels('', ['https://www.freshports.org/www/de/', 'https://www.freshports.org/www/en-widget/'])).toEqual(['port www/en-widget']);
  });

  it('finds them in links, and commits only there', () => {
    expect(
      labels('', [
        'https://reviews.freebsd.org/D999',
        'https://bugs.freebsd.org/bugzilla/show_bug.cgi?id=250000',
        'https://bugs.freebsd.org/261000',
        'https://cgit.freebsd.org/src/commit/?id=ABCDEF0123456789abcdef0123456789abcdef01',
        'https://github.com/freebsd/freebsd-src/commit/0123abc4567',
        'https://man.freebsd.org/cgi/man.cgi?query=bhyve&sektion=8',
        'https://www.freshports.org/emulators/qemu/',
      ]),
    ).toEqual(['review D999', 'pr 250000', 'pr 261000', 'commit abcdef0123456789abcdef0123456789abcdef01', 'commit 0123abc4567', 'man bhyve.8', 'port emulators/qemu']);
  });

  it('reads URLs with Markdown escapes as the reader sees them, and counts each reference once', () => {
    expect(labels('See <https://man.freebsd.org/cgi/man.cgi?query=kqueue\\&sektion=2> and kqueue(2).')).toEqual(['man kqueue.2']);
  });

  it('takes a PR for a problem report only when it is not another tracker\'s pull request or a product name', () => {
    expect(
      labels('See [draft PR #1994](https://github.com/example/project/pull/1994), [PR 261000](https://bugs.freebsd.org/261000), Intel PRO/1000 cards and PR: kern/45678.', [
        'https://github.com/example/project/pull/1994',
        'https://bugs.freebsd.org/261000',
      ]),
    ).toEqual(['pr 261000', 'pr 45678']);
  });

  it('leaves alone what only looks like a reference', () => {
    expect(labels('A D-Bus port, the 3D engine, www/ as a folder, version (4) and path/usr/sysutils/foo.')).toEqual([]);
  });

  it('links each to where it lives', () => {
    const [review, man, port] = findWorkReferences('D4242 and bhyve(8) and net/wireguard', []);
    expect([review?.url, man?.url, port?.url]).toEqual([
      'https://reviews.freebsd.org/D4242',
      'https://man.freebsd.org/cgi/man.cgi?query=bhyve&sektion=8',
      'https://www.freshports.org/net/wireguard/',
    ]);
    expect([man?.label]).toEqual(['bhyve(8)']);
  });

  it('names a man page asked for without its section by its name, not a name cut short', () => {
    expect(workReference('man', 'bhyve')).toMatchObject({ label: 'bhyve', url: 'https://man.freebsd.org/cgi/man.cgi?query=bhyve' });
    expect(workReference('man', 'loader.conf')).toMatchObject({ label: 'loader.conf', url: 'https://man.freebsd.org/cgi/man.cgi?query=loader.conf' });
    expect(workReference('man', 'loader.conf.5')).toMatchObject({ label: 'loader.conf(5)', url: 'https://man.freebsd.org/cgi/man.cgi?query=loader.conf&sektion=5' });
  });
});

describe('the work index', () => {
  it('lists every entry mentioning a reference, oldest first', () => {
    const index = buildCitationIndex([
      makeEntry('2014-01-2014-03', 'a', { body: 'Uses ixgbe(4).' }),
      makeEntry('2015-01-2015-03', 'b', { body: 'More ixgbe(4), and D7777 for review.' }),
    ]);
    expect(index.work.get(workKey({ kind: 'man', id: 'ixgbe.4' }))?.entryIds).toEqual(['2014-01-2014-03/a', '2015-01-2015-03/b']);
    expect(index.workOfEntry.get('2015-01-2015-03/b')?.map((r) => r.label)).toEqual(['D7777', 'ixgbe(4)']);
  });

  it('lists the work of one kind, most cited first, then by id', () => {
    const index = buildCitationIndex([
      makeEntry('2014-01-2014-03', 'a', { body: 'Uses vtnet(4), em(4) and D1.' }),
      makeEntry('2015-01-2015-03', 'b', { body: 'More em(4), with iflib(9).' }),
    ]);
    expect(mostCitedOfKind(index, 'man').map((w) => [w.reference.label, w.entryIds.length])).toEqual([
      ['em(4)', 2],
      ['iflib(9)', 1],
      ['vtnet(4)', 1],
    ]);
    expect(mostCitedOfKind(index, 'port')).toEqual([]);
  });
});
