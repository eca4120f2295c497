import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../lib/content/render';

function expectHarmless(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<iframe/i);
  expect(html).not.toMatch(/\son[a-z]+=/i);
  expect(html).not.toMatch(/\s(href|src)="?\s*javascript:/i);
  expect(html).not.toMatch(/\sstyle=/i);
}

describe('renderMarkdown: unsafe input', () => {
  const cases: Array<[string, string]> = [
    ['a raw script block', 'Before\n\n<script>alert(1)</script>\n\nAfter'],
    ['an inline script', 'Text <script>alert(1)</script> more'],
    ['an img with onerror', 'Look: <img src=x onerror=alert(1)>'],
    ['an img with a quoted onerror', '<img src=x onerror="alert(1)">'],
    ['a javascript: Markdown link', '[x](javascript:alert(1))'],
    ['a javascript: link in upper case', '[x](JAVASCRIPT:alert(1))'],
    ['a javascript: reference link', '[x][r]\n\n[r]: javascript:alert(1)'],
    // The URL stays visible as text, but never as a target.
    ['a javascript: autolink', '<javascript:alert(1)>'],
    ['a raw a href=javascript:', 'See <a href="javascript:alert(1)">here</a>.'],
    ['an iframe and a style attribute', '<iframe src="https://example.org"></iframe><p style="x" onclick="y">p</p>'],
    ['a javascript: image', '![x](javascript:alert(1))'],
  ];
  it.each(cases)('%s renders harmless', (_name, markdown) => {
    expectHarmless(renderMarkdown(markdown));
  });

  it('leaves no trace of the fixture the sample content uses', () => {
    const html = renderMarkdown(
      'A <script>alert(1)</script> and <img src=x onerror="alert(1)"> and [click](javascript:alert(1)) ' +
        'and <a href="javascript:alert(1)">raw</a>.',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/onerror/i);
    expect(html).not.toMatch(/javascript:/i);
  });

  it('keeps the text around removed HTML', () => {
    const html = renderMarkdown('Before\n\n<script>alert(1)</script>\n\nAfter');
    expect(html).toContain('<p>Before</p>');
    expect(html).toContain('<p>After</p>');
  });

  it('keeps the text of a javascript: link but drops its target', () => {
    const html = renderMarkdown('[click](javascript:alert(1))');
    expect(html).toContain('click');
    expect(html).not.toContain('href="javascript');
  });
});

describe('renderMarkdown: ordinary Markdown', () => {
  it('keeps the ftp, svn and irc addresses the reports link to', () => {
    const html = renderMarkdown('Get it by [ftp](ftp://ftp.example.org/pub/hb), from [svn](svn://svn.example.org/r) or ask on [irc](irc://irc.example.org#team).');
    expect(html).toContain('href="ftp://ftp.example.org/pub/hb"');
    expect(html).toContain('href="svn://svn.example.org/r"');
    expect(html).toContain('href="irc://irc.example.org#team"');
  });

  it('renders lists', () => {
    const html = renderMarkdown('- one\n- two\n\n1. first\n2. second');
    expect(html).toContain('<ul>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<ol>');
    expect(html).toContain('<li>second</li>');
  });

  it('renders fenced code with its language and escapes its content', () => {
    const html = renderMarkdown('```sh\n# sysctl hw.ix.enable_aim=1 && echo "<ok>"\n```');
    expect(html).toContain('<pre><code class="language-sh">');
    expect(html).toContain('&#x3C;ok>');
  });

  it('renders inline code for man pages', () => {
    expect(renderMarkdown('The `ixgbe(4)` driver')).toContain('<code>ixgbe(4)</code>');
  });

  it('renders GFM tables', () => {
    const html = renderMarkdown('| a | b |\n| --- | --- |\n| 1 | 2 |');
    expect(html).toContain('<table>');
    expect(html).toContain('<th>a</th>');
    expect(html).toContain('<td>2</td>');
  });

  it("lets a page's tables and long code lines take keyboard focus, to scroll them where they overflow, and leaves a feed's plain", () => {
    const long = `sprocketctl ${'--verbose '.repeat(6)}`;
    const markdown = `| gizmo | rate |\n| --- | --- |\n| g0 | 12 |\n\n\`\`\`\n${long}\n\`\`\`\n\n\`\`\`\nsprocketctl -v\n\`\`\``;
    const page = renderMarkdown(markdown, { reachableScrollers: true });
    expect(page).toContain('<table tabindex="0" class="scroll-cue">');
    expect(page).toContain(`<pre tabindex="0"><code>${long}`);
    expect(page).toContain('<pre><code>sprocketctl -v');
    expect(renderMarkdown(markdown)).not.toMatch(/tabindex|scroll-cue/);
  });

  it('renders http, https, mailto and internal links', () => {
    const html = renderMarkdown(
      '[a](https://www.FreeBSD.org/) [b](http://example.org) [c](mailto:x@example.org) [d](/reports/2014-01-2014-03)',
    );
    expect(html).toContain('href="https://www.FreeBSD.org/"');
    expect(html).toContain('href="http://example.org"');
    expect(html).toContain('href="mailto:x@example.org"');
    expect(html).toContain('href="/reports/2014-01-2014-03"');
  });

  it("gives a link this site's own address where the caller has one, and leaves the rest", () => {
    const localHref = (href: string) => (href.startsWith('https://upstream.example/') ? `/here/${href.slice(25)}` : null);
    const html = renderMarkdown('[a](https://upstream.example/page#x) [b](https://example.org/) <https://upstream.example/bare>', { localHref });
    expect(html).toContain('href="/here/page#x">a</a>');
    expect(html).toContain('href="https://example.org/">b</a>');
    expect(html).toContain('href="/here/bare">https://upstream.example/bare</a>');
  });

  it('links bare URLs (GFM autolink literals)', () => {
    expect(renderMarkdown('See https://wiki.freebsd.org/bhyve now')).toContain('href="https://wiki.freebsd.org/bhyve"');
  });

  it('puts the top headings at the minimum level and each level under the one above, skipping none', () => {
    const html = renderMarkdown('# Top\n\n## Sub\n\n###### Deep', { minHeadingLevel: 3 });
    expect(html).toContain('<h3>Top</h3>');
    expect(html).toContain('<h4>Sub</h4>');
    expect(html).toContain('<h5>Deep</h5>');
    expect(html).not.toContain('<h1>');
  });

  it('raises a text that starts below its top level, and stops at h6', () => {
    expect(renderMarkdown('### Plans\n\n##### Details', { minHeadingLevel: 4 })).toBe('<h4>Plans</h4>\n<h5>Details</h5>');
    expect(renderMarkdown('#### Lone', { minHeadingLevel: 2 })).toBe('<h2>Lone</h2>');
    expect(renderMarkdown('# A\n\n## B\n\n### C', { minHeadingLevel: 5 })).toBe('<h5>A</h5>\n<h6>B</h6>\n<h6>C</h6>');
  });

  it('never goes more than one level below the heading before, even when a higher one comes later', () => {
    expect(renderMarkdown('### First\n\n# Later top\n\n### Again', { minHeadingLevel: 2 })).toBe('<h2>First</h2>\n<h2>Later top</h2>\n<h3>Again</h3>');
  });

  it('renders an empty text as nothing', () => {
    expect(renderMarkdown('')).toBe('');
  });
});
