import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { readSponsorStatement } from '../../lib/import/sponsors';

const paragraph = (...children: Element['children']): Element => ({ type: 'element', tagName: 'p', properties: {}, children });
const text = (value: string): Element['children'][number] => ({ type: 'text', value });
const read = (sentence: string): string[] | undefined => readSponsorStatement(paragraph(text(sentence)));

describe('readSponsorStatement: the forms authors wrote in place of <sponsor>', () => {
  it.each([
    ['These projects are sponsored by Gizmo Works.', ['Gizmo Works']],
    ['These projects were sponsored by Gizmo Works.', ['Gizmo Works']],
    ['This work is sponsored by Gizmo Works.', ['Gizmo Works']],
    ['This project is being sponsored by the Imaginary Trust.', ['the Imaginary Trust']],
    ['The work was sponsored by gizmo.example', ['gizmo.example']],
    ['Work on this project has been sponsored by Acme Labs.', ['Acme Labs']],
    ['This project is jointly sponsored by Acme Labs and Gizmo Works.', ['Acme Labs', 'Gizmo Works']],
    ['This work has been sponsored by Acme, Gizmo, and Sprocket.', ['Acme', 'Gizmo', 'Sprocket']],
    ['This work is sponsored in part by Acme Labs.', ['Acme Labs (in part)']],
    // The abbreviation's period ends the sentence too, and stays.
    ['These projects are sponsored by Gizmo Works, inc.', ['Gizmo Works, inc.']],
    // Wrapped over lines in the source.
    ['This work is sponsored by\n   Gizmo Works.', ['Gizmo Works']],
  ])('reads "%s"', (sentence, sponsors) => {
    expect(read(sentence)).toEqual(sponsors);
  });

  it.each([
    ['This work is sponsored by Gizmo Works; thanks to them for the boards.'],
    ['This work is sponsored by Gizmo Works (see the announcement).'],
    ['This work is sponsored by Gizmo Works, thanks!'],
    ['This work is sponsored by Gizmo Works in 2031 and 2032.'],
  ])('leaves "%s" in the body: it says more than who paid', (sentence) => {
    expect(read(sentence)).toBeUndefined();
  });

  it('keeps an "and" inside the name of an office as one sponsor', () => {
    expect(read('This work is sponsored by the Office of Gizmos and Sprockets.')).toEqual(['the Office of Gizmos and Sprockets']);
  });

  it('reads the stylesheet sentence as before: one period removed, only ", and " separates', () => {
    expect(read('This project was sponsored by Acme and Sons Ltd., and Gizmo Works.')).toEqual(['Acme and Sons Ltd.', 'Gizmo Works']);
    expect(read('This project was sponsored in part by Gizmo Works.')).toEqual(['Gizmo Works (in part)']);
    // Whatever the stylesheet's one line holds is a sponsor list, abbreviations and grants too.
    expect(read('This project was sponsored by g.i.z. Werkstatt AG, and Acme Labs via grant 12-34.')).toEqual(['g.i.z. Werkstatt AG', 'Acme Labs via grant 12-34']);
  });

  it.each([
    'This project is sponsored by Acme Labs and should be done by June.',
    'This work was sponsored by Acme Labs and was tested on Sprocket boards.',
    'This project is sponsored by Acme Labs, with hardware lent by Gizmo Works.',
    'This project is sponsored by Acme Labs in collaboration with Gizmo University.',
    'This project is sponsored by Acme Labs. Details are on the wiki.',
    'Much of this work was sponsored by Acme Labs.',
  ])('leaves a sentence that says more than who paid in the body: "%s"', (sentence) => {
    expect(read(sentence)).toBeUndefined();
  });

  it('leaves a sponsor given as a link in the body, where the link is kept', () => {
    const linked: Element = { type: 'element', tagName: 'a', properties: { href: 'https://acme.example/' }, children: [text('Acme Labs')] };
    expect(readSponsorStatement(paragraph(text('This work is sponsored by '), linked, text('.')))).toBeUndefined();
  });
});
