import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { readHtmlReport } from '../../lib/import/html/read-html-report';
import { htmlToMarkdown } from '../../lib/import/html-to-markdown';
import { nestStrayLists } from '../../lib/import/nest-stray-lists';
import { readFixture } from './xml/fixture';

const BASE = 'https://www.freebsd.org/news/status/report-2030-04-2030-06.html';
const markdown = (html: string): string => htmlToMarkdown(html, { baseUrl: BASE });

/** Each element child of `el` as its tag name, and each `<li>` as its own text. */
function shape(el: Element): string[] {
  return el.children.flatMap((c) => (c.type !== 'element' ? [] : c.tagName === 'li' ? [`li:${c.children.map((n) => (n.type === 'text' ? n.value : n.type === 'element' ? n.tagName : '')).join('|')}`] : [c.tagName]));
}

function listOf(tree: Root): Element {
  const list = tree.children[0];
  if (list?.type !== 'element') throw new Error('no list');
  return list;
}

describe('nestStrayLists', () => {
  it('puts a list written between two items into the item before it, as a browser shows it', () => {
    const stray = '<ol><li>Paint</li><ul><li>red</li><li>blue</li></ul><li>Dry</li><ul><li>wait</li></ul></ol>';
    const nested = '<ol><li>Paint<ul><li>red</li><li>blue</li></ul></li><li>Dry<ul><li>wait</li></ul></li></ol>';
    // Without the move, "Dry" trailed the red/blue list under number 2 and the numbers shifted.
    expect(markdown(stray)).toBe('1. Paint\n\n   - red\n   - blue\n\n2. Dry\n   - wait');
    expect(markdown(stray)).toBe(markdown(nested));
  });

  it('moves every list after one item into it, in order, past white space and comments', () => {
    const tree: Root = {
      type: 'root',
      children: [
        h('ul', [h('li', 'a'), { type: 'text', value: '\n  ' }, { type: 'comment', value: ' note ' }, h('ol', [h('li', 'b')]), h('ul', [h('li', 'c')]), h('li', 'd')]),
      ],
    };
    nestStrayLists(tree);
    expect(shape(listOf(tree))).toEqual(['li:a|ol|ul', 'li:d']);
  });

  it('mends lists at any depth', () => {
    expect(markdown('<ul><li>top<ul><li>one</li><ol><li>deep</li></ol><li>two</li></ul></li></ul>')).toBe(
      markdown('<ul><li>top<ul><li>one<ol><li>deep</li></ol></li><li>two</li></ul></li></ul>'),
    );
  });

  it('leaves a list with no item before it, or with words between, where it stands', () => {
    const first: Root = { type: 'root', children: [h('ul', [h('ul', [h('li', 'x')]), h('li', 'y')])] };
    nestStrayLists(first);
    expect(shape(listOf(first))).toEqual(['ul', 'li:y']);
    const afterWords: Root = { type: 'root', children: [h('ul', [h('li', 'x'), { type: 'text', value: 'loose' }, h('ul', [h('li', 'y')])])] };
    nestStrayLists(afterWords);
    expect(shape(listOf(afterWords))).toEqual(['li:x', 'ul']);
  });
});

describe('lists written between items, read from XML and from the rendered page (list-and-link-slips)', () => {
  const fromXml = readFixture('list-and-link-slips.xml', '2030-04-2030-06');
  const html = path.join(import.meta.dirname, '..', 'fixtures', 'html', 'list-and-link-slips.html');
  const fromHtml = readHtmlReport({ path: 'fixtures/html/list-and-link-slips.html', bytes: readFileSync(html), reportId: '2030-04-2030-06' });

  it('keeps each sub-list under the numbered item before it, in both readers alike', () => {
    const body = fromXml.entries[0]?.body ?? '';
    // Two lists after one item stay two lists ("-" then "*"), as on the page.
    expect(body).toContain('1. Early boot\n\n   - the loader runs\n   - the console works\n\n2. Devices\n\n   - network\n\n   * storage\n\n3. Userland');
    expect(fromHtml.entries[0]?.body).toBe(body);
  });
});
