import { describe, expect, it } from 'vitest';
import { gitCommitLink, manPageLink, packageLink } from '../../../lib/import/adoc';

describe('manPageLink', () => {
  it.each([
    ['rc', '8', { text: 'rc(8)', url: 'https://man.freebsd.org/cgi/man.cgi?query=rc&sektion=8' }],
    ['rc.conf', '5', { text: 'rc.conf(5)', url: 'https://man.freebsd.org/cgi/man.cgi?query=rc.conf&sektion=5' }],
    ['c++filt', '1', { text: 'c++filt(1)', url: 'https://man.freebsd.org/cgi/man.cgi?query=c%2B%2Bfilt&sektion=1' }],
    ['intro', undefined, { text: 'intro', url: 'https://man.freebsd.org/cgi/man.cgi?query=intro' }],
  ])('man:%s[%s]', (name, section, expected) => {
    expect(manPageLink(name, section)).toEqual(expected);
  });
});

describe('packageLink', () => {
  it('links a port origin to FreshPorts, its text the origin or the bracketed text', () => {
    expect(packageLink('sysutils/vmstated')).toEqual({ text: 'sysutils/vmstated', url: 'https://www.freshports.org/sysutils/vmstated/' });
    expect(packageLink('devel/qemu', 'devel/qemu-tools')).toEqual({ text: 'devel/qemu-tools', url: 'https://www.freshports.org/devel/qemu/' });
  });

  it('drops a flavour from the origin', () => {
    expect(packageLink('devel/py-example@py311').url).toBe('https://www.freshports.org/devel/py-example/');
  });

  it('links a name without category to a search, with a warning', () => {
    expect(packageLink('example-server')).toEqual({
      text: 'example-server',
      url: 'https://www.freshports.org/search.php?stype=name&method=match&query=example-server',
      warning: 'package:example-server[] names no port category; linked to a FreshPorts search',
    });
  });
});

describe('gitCommitLink', () => {
  it('links a commit to its repository on cgit, shown by its first twelve digits', () => {
    expect(gitCommitLink('ABCDEF0123456789abcdef0123456789abcdef01')).toEqual({
      text: 'abcdef012345',
      url: 'https://cgit.freebsd.org/src/commit/?id=abcdef0123456789abcdef0123456789abcdef01',
    });
    expect(gitCommitLink('90b1184d93c8', 'ports').url).toBe('https://cgit.freebsd.org/ports/commit/?id=90b1184d93c8');
  });

  it('links what is no hash to the repository, with a warning', () => {
    expect(gitCommitLink('main').warning).toBe('gitref:main[] is no commit hash; linked to the repository');
  });
});
