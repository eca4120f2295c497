import { describe, expect, it } from 'vitest';
import { absoluteUrl, linkFormats } from '../../lib/site/link-formats';

describe('linkFormats', () => {
  it('gives the URL, a MoinMoin link and a Markdown link', () => {
    expect(linkFormats('https://kb.example/projects/bhyve', 'bhyve')).toEqual({
      url: 'https://kb.example/projects/bhyve',
      moin: '[[https://kb.example/projects/bhyve|bhyve]]',
      markdown: '[bhyve](https://kb.example/projects/bhyve)',
    });
  });

  it('keeps a title from breaking either link', () => {
    const { moin, markdown } = linkFormats('https://kb.example/a_(b)', 'ixgbe(4) | [ixv] ]] x');
    expect(moin).toBe('[[https://kb.example/a_(b)|ixgbe(4) ¦ [ixv] ] ] x]]');
    expect(markdown).toBe('[ixgbe(4) | \\[ixv\\] \\]\\] x](https://kb.example/a_%28b%29)');
  });
});

describe('linkFormats: titles with the characters each syntax reads', () => {
  const url = 'https://kb.example/subjects/quux';
  const moin = (title: string) => linkFormats(url, title).moin;
  const markdown = (title: string) => linkFormats(url, title).markdown;

  it('keeps a MoinMoin link whole when the title ends in a bracket or holds a run of them', () => {
    // "[[url|Gizmo [WIP]]]" closes at the first "]]": the link read "Gizmo [WIP", a "]" after it.
    expect(moin('Gizmo [WIP]')).toBe(`[[${url}|Gizmo [WIP] ]]`);
    expect(moin('a ]]] b')).toBe(`[[${url}|a ] ] ] b]]`);
    expect(moin('[[Nested]] page')).toBe(`[[${url}|[[Nested] ] page]]`);
    expect(moin('x | y || z')).toBe(`[[${url}|x ¦ y ¦¦ z]]`);
    // Only a text that begins with "{{" is taken for an image.
    expect(moin('{{logo}} news')).toBe(`[[${url}|{ {logo}} news]]`);
    // MoinMoin 1.9's link rule (parser/text_moin_wiki.py), leftmost and lazy as there: the link
    // it reads must be the whole of what we wrote, its text the title less only what we changed.
    const MOIN_LINK = /^\[\[\s*(.+?)\s*(?:\|\s*(.+?)?\s*(?:\|\s*(.+?)?\s*)?)?\]\]/;
    for (const title of ['Gizmo [WIP]', 'a ]]] b', '[[Nested]] page', 'x | y', 'ends ]', ']', 'Foo ]] |']) {
      const written = moin(title);
      const read = MOIN_LINK.exec(written);
      expect(read?.[0], title).toBe(written);
      expect(read?.[1], title).toBe(url);
      expect(read?.[3], title).toBeUndefined();
      expect(read?.[2]?.replace(/¦/g, '|').replace(/\] /g, ']'), title).toBe(title.replace(/\] /g, ']'));
    }
  });

  it('leaves MoinMoin link text as written: it is shown as text, WikiNames, backticks and quotes unread', () => {
    for (const title of ['ZFS on FreeBSD', 'NetBSD/arm', 'C++ in base', 'MarshallKirkMcKusick', "`ls` and ''quoted'' __under__", 'snd_hda(4) *new*']) {
      expect(moin(title)).toBe(`[[${url}|${title}]]`);
    }
  });

  it('escapes what Markdown would read as markup in the text, and nothing else', () => {
    const link = (text: string) => `[${text}](${url})`;
    expect(markdown('`make` *fast* ~~old~~')).toBe(link('\\`make\\` \\*fast\\* \\~\\~old\\~\\~'));
    expect(markdown('_private_ knobs')).toBe(link('\\_private\\_ knobs'));
    expect(markdown('<b>bold</b> &amp; R&D, >4G')).toBe(link('\\<b>bold\\</b> \\&amp; R&D, >4G'));
    expect(markdown('Gizmo [WIP]')).toBe(link('Gizmo \\[WIP\\]'));
    // Between letters or digits an underscore is never emphasis: written as it is.
    expect(markdown('snd_hda and JAVA_VERSION')).toBe(link('snd_hda and JAVA_VERSION'));
    for (const title of ['ZFS on FreeBSD', 'NetBSD/arm', 'C++', 'x | y', 'ixgbe(4)']) expect(markdown(title)).toBe(link(title));
  });
});

describe('absoluteUrl', () => {
  it('resolves a site path against an origin, with or without a trailing slash', () => {
    expect(absoluteUrl('/projects/bhyve', 'https://kb.example')).toBe('https://kb.example/projects/bhyve');
    expect(absoluteUrl('/projects/bhyve', 'https://kb.example/')).toBe('https://kb.example/projects/bhyve');
  });

  it('leaves the path as it is without an origin', () => {
    expect(absoluteUrl('/people/x', undefined)).toBe('/people/x');
    expect(absoluteUrl('/people/x', '')).toBe('/people/x');
  });
});
