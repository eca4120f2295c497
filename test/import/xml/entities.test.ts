import { describe, expect, it } from 'vitest';
import { createEntityTable, expandEntities, parseEntityDeclarations } from '../../../lib/import/xml/entities';
import { fixtureEntities } from './fixture';

describe('parseEntityDeclarations', () => {
  it('reads double- and single-quoted general entities and skips parameter entities and comments', () => {
    const table = parseEntityDeclarations(`
      <!ENTITY % params "ignored">
      <!ENTITY os "FreeBSD">
      <!ENTITY a.kim 'Kim "KJ" Jones'>
      <!-- <!ENTITY hidden "in a comment"> -->
      <!ENTITY ext SYSTEM "external.ent">
      <!ENTITY
         spread
         "over lines">`);
    expect([...table]).toEqual([
      ['os', 'FreeBSD'],
      ['a.kim', 'Kim "KJ" Jones'],
      ['spread', 'over lines'],
    ]);
  });

  it('keeps the first declaration of a name, as XML does', () => {
    expect(parseEntityDeclarations('<!ENTITY x "one"><!ENTITY x "two">').get('x')).toBe('one');
    expect(createEntityTable('<!ENTITY x "first file">', '<!ENTITY x "second file">').get('x')).toBe('first file');
  });
});

describe('expandEntities', () => {
  const expand = (xml: string) => expandEntities(xml, fixtureEntities);

  it('expands &os;, &a.login; and nested references, leaving XML predefined and numeric ones', () => {
    const { text, problems } = expand('<p>&os.current; by &a.team.members; &amp; &lt;x&gt; &#233; &#x41;</p>');
    expect(text).toBe('<p>FreeBSD-CURRENT by Jane Doe, Mar&#xed;a L&#xf3;pez &amp; &lt;x&gt; &#233; &#x41;</p>');
    expect(problems).toEqual([]);
  });

  it('expands &a.login.email; to its markup', () => {
    expect(expand('<contact>&a.jdoe.email;</contact>').text).toBe(
      "<contact>Jane Doe <email xmlns='http://docbook.org/ns/docbook'>jdoe@FreeBSD.org</email></contact>",
    );
  });

  it.each([
    ['nbsp', '&#xa0;'],
    ['mdash', '&#x2014;'],
    ['aacute', '&#xe1;'],
    ['lstrok', '&#x142;'],
    ['dollar', '&#x24;'],
    // An HTML-only spelling of a markup character must not become markup.
    ['AMP', '&#x26;'],
  ])('turns the XHTML entity &%s; into the reference %s', (name, ref) => {
    expect(expand(`<p>&${name};</p>`).text).toBe(`<p>${ref}</p>`);
  });

  it('escapes a bare & as browsers read it, warning once per line, and leaves comments, CDATA and good references alone', () => {
    const { text, problems } = expand('<p>Alma & Bert, AT&T, &&amp;, &#233; &#xe9; &; &#x;</p>\n<!-- a & b --><![CDATA[c & d]]>\n<a href="x?a=1&b=2">q</a>');
    expect(text).toBe('<p>Alma &amp; Bert, AT&amp;T, &amp;&amp;, &#233; &#xe9; &amp;; &amp;#x;</p>\n<!-- a & b --><![CDATA[c & d]]>\n<a href="x?a=1&amp;b=2">q</a>');
    expect(problems).toEqual([
      { line: 1, message: 'unescaped "&" (write &amp;); read as text', severity: 'warning' },
      { line: 3, message: 'unescaped "&" (write &amp;); read as text', severity: 'warning' },
    ]);
  });

  it('resolves &enbase; to the site root as the old website build did', () => {
    expect(expand('<a href="&enbase;/x.html">x</a>').text).toBe('<a href="../../x.html">x</a>');
  });

  it('reports an unknown entity with its line and keeps it as visible text', () => {
    const { text, problems } = expand('<r>\n<p>fine</p>\n<p>&nosuch; and &os;</p>\n</r>');
    expect(text).toBe('<r>\n<p>fine</p>\n<p>&amp;nosuch; and FreeBSD</p>\n</r>');
    expect(problems).toEqual([{ line: 3, message: 'unknown entity &nosuch;, kept as text' }]);
  });

  it('names the entity whose replacement text holds an unknown reference', () => {
    const table = createEntityTable('<!ENTITY outer "a &inner; b">');
    expect(expandEntities('<p>\n&outer;</p>', table).problems).toEqual([
      { line: 2, message: 'unknown entity &inner; (in the replacement text of &outer;), kept as text' },
    ]);
  });

  it('stops at an entity that refers to itself', () => {
    const table = createEntityTable('<!ENTITY loop "x &loop;">');
    const { text, problems } = expandEntities('<p>&loop;</p>', table);
    expect(text).toBe('<p>x &amp;loop;</p>');
    expect(problems[0]?.message).toContain('refers to itself');
  });

  it('keeps an entity that would expand past 64 KiB as text, once, naming its line (an entity bomb)', () => {
    const levels = ['<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">'];
    for (const [name, inner] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e']]) levels.push(`<!ENTITY ${name} "${`&${inner};`.repeat(10)}">`);
    const xml = `<!DOCTYPE r [\n${levels.join('\n')}\n]>\n<r>Short &c; and bomb &f;</r>`;
    const { text, problems } = expandEntities(xml, createEntityTable());
    expect(text).toContain(`Short ${'a'.repeat(4000)} and bomb `);
    expect(text.length).toBeLessThan(200_000);
    expect(problems).toEqual([{ line: 9, message: 'entity &e; expands to more than 64 KiB (entities within entities, multiplied); kept as text' }]);
  });

  it('expands each entity once, so that ten levels of ten references each take no time (an entity bomb of 600 bytes)', () => {
    const levels = ['<!ENTITY l0 "lol">'];
    for (let n = 1; n <= 10; n++) levels.push(`<!ENTITY l${n} "${`&l${n - 1};`.repeat(10)}">`);
    const xml = `<!DOCTYPE r [\n${levels.join('\n')}\n]>\n<r>&l10;</r>`;
    const { text, problems } = expandEntities(xml, createEntityTable());
    expect(text.length).toBeLessThan(10_000);
    expect(problems.map((p) => p.message)).toEqual(['entity &l5; expands to more than 64 KiB (entities within entities, multiplied); kept as text', 'entity &l9; expands to more than 64 KiB (entities within entities, multiplied); kept as text']);
  });

  it('keeps references as text once all of them together expand past 16 MiB', () => {
    const big = 'x'.repeat(60_000);
    const xml = `<!DOCTYPE r [\n<!ENTITY big "${big}">\n]>\n<r>${'&big;'.repeat(300)}</r>`;
    const { text, problems } = expandEntities(xml, createEntityTable());
    expect(text.length).toBeLessThan(17 * 1024 * 1024);
    expect(text.endsWith('&amp;big;</r>')).toBe(true);
    expect(problems).toEqual([{ line: 4, message: 'entity references expand to more than 16 MiB in all; the rest are kept as text' }]);
  });

  it('leaves comments, CDATA sections and processing instructions alone', () => {
    const xml = '<r><!-- &os; --><![CDATA[ &os; ]]><?pi &os; ?>&os;</r>';
    expect(expand(xml).text).toBe('<r><!-- &os; --><![CDATA[ &os; ]]><?pi &os; ?>FreeBSD</r>');
  });

  it('takes declarations from the internal subset first, and keeps line numbers across multi-line values', () => {
    const xml = '<!DOCTYPE r [\n<!ENTITY os "Local">\n<!ENTITY two "a\nb">\n]>\n<r>&os; &two;\n&bad;</r>';
    const { text, problems } = expand(xml);
    expect(text.endsWith('<r>Local a b\n&amp;bad;</r>')).toBe(true);
    expect(text.split('\n')).toHaveLength(xml.split('\n').length);
    expect(problems).toEqual([{ line: 7, message: 'unknown entity &bad;, kept as text' }]);
  });
});
