import { describe, expect, it } from 'vitest';
import { withoutPortCategories } from '../../lib/references';

describe('withoutPortCategories', () => {
  it("takes out a port origin's category, in text and in a URL path", () => {
    expect(withoutPortCategories('lang/gcc* ports need love')).toBe('gcc* ports need love');
    expect(withoutPortCategories('See https://www.freshports.org/sysutils/lsof/ and net-im/quuxchat.')).toBe('See https://www.freshports.org/lsof/ and quuxchat.');
  });

  it('leaves words that only look like a category, and paths that are no port origin', () => {
    for (const text of ['a language/locale change', 'sys/netinet/tcp_input.c', 'the lang team', 'x11']) expect(withoutPortCategories(text)).toBe(text);
  });
});
