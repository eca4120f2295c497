import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../lib/content';
import { buildSnippet, snippetToHtml } from '../../lib/search/snippet';

describe('buildSnippet', () => {
  it('marks whole-word matches only', () => {
    const snippet = buildSnippet('The port of ports: portable', ['port']);
    expect(snippetToHtml(snippet)).toBe('The <mark>port</mark> of ports: portable');
  });

  it('matches regardless of case and accents', () => {
    expect(snippetToHtml(buildSnippet('Work by Jürgen on ZFS', ['jurgen', 'zfs']))).toBe('Work by <mark>Jürgen</mark> on <mark>ZFS</mark>');
  });

  it('centres on the passage with the most different terms and cuts at word boundaries', () => {
    const text = `${'filler words here '.repeat(30)}alpha beta together ${'more filler text '.repeat(30)}alpha alone`;
    const html = snippetToHtml(buildSnippet(text, ['alpha', 'beta'], 80));
    expect(html).toMatch(/^….*<mark>alpha<\/mark> <mark>beta<\/mark> together.*…$/);
    expect(html.replace(/<\/?mark>/g, '').length).toBeLessThanOrEqual(82);
  });

  it('starts at the beginning when nothing matches', () => {
    expect(buildSnippet('Nothing to see', ['zebra'])).toEqual({ text: 'Nothing to see', marks: [] });
  });

  it('merges overlapping matches of an identifier and its parts', () => {
    expect(snippetToHtml(buildSnippet('Uses SR-IOV now', ['sr-iov', 'sr', 'iov']))).toBe('Uses <mark>SR-IOV</mark> now');
  });
});

describe('snippetToHtml', () => {
  it('escapes markup in the text and in the matches', () => {
    const html = snippetToHtml(buildSnippet('<script>alert(1)</script> and <img src=x onerror="alert(1)">', ['alert', 'img']));
    expect(html).toBe('&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt; and &lt;<mark>img</mark> src=x onerror=&quot;<mark>alert</mark>(1)&quot;&gt;');
    expect(html).not.toMatch(/<(?!\/?mark>)/);
  });

  it('escapes every HTML metacharacter', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
