import { describe, expect, it } from 'vitest';
import { withoutPortCategories } from '../../lib/references';
import { isDocTreePath } from '../../lib/references/ports';

describe('withoutPortCategories', () => {
  it("takes out a port origin's category, in text and in a URL path", () => {
    expect(withoutPortCategories('lang/gcc* ports need love')).toBe('gcc* ports need love');
    expect(withoutPortCategories('See https://www.freshports.org/sysutils/lsof/ and net-im/quuxchat.')).toBe('See https://www.freshports.org/lsof/ and quuxchat.');
  });

  it('leaves words that only look like a category, and paths that are no port origin', () => {
    for (const text of ['a language/locale change', 'sys/netinet/tcp_input.c', 'the lang team', 'x11']) expect(withoutPortCategories(text)).toBe(text);
  });
});

describe('isDocTreePath', () => {
  it("knows a language's part of the web tree in its short and locale forms", () => {
    for (const path of ['www/ja', 'www/en', 'www/de', 'www/zh_CN', 'www/ja_JP.eucJP', 'www/de_DE.ISO8859-1']) expect(isDocTreePath(path)).toBe(true);
  });

  it('leaves ports of the www shelf and other shelves', () => {
    for (const path of ['www/jabberd-web', 'www/en-quux', 'www/dex', 'www/py-frob', 'japanese/ja', 'lang/en', 'www/xx']) expect(isDocTreePath(path)).toBe(false);
  });
});
