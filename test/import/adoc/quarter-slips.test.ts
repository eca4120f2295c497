import { describe, expect, it } from 'vitest';
import { readAdocEntry } from '../../../lib/import/adoc';
import { contactMistake } from '../../../lib/import/adoc/contact-mistakes';
import { NO_CONTACT } from '../../../lib/import/adoc/read-adoc-entry';

// Slips found preparing a quarter's entries by hand; each used to reach the site unsaid or be
// reported without the line to correct.
const read = (text: string) => readAdocEntry({ file: 'q/otter.adoc', text, baseUrl: 'https://www.freebsd.org/status/report-2031-10-2031-12/' });

describe('an address in <…> that mail cannot reach', () => {
  it.each([
    ['a comma for a dot', 'Ottoline Brisk <obrisk@example,org>', 'obrisk@example,org'],
    ['no dot in the domain', 'Ottoline Brisk <obrisk@exampleorg>', 'obrisk@exampleorg'],
    ['a domain ending in a dot', 'Ottoline Brisk <obrisk@example.org.>', 'obrisk@example.org.'],
  ])('is reported: %s', (_case, value, address) => {
    expect(contactMistake(value)).toBe(`the address ${address} in the contact "${value}" is not a well-formed email address; kept as written, but mail to it would not arrive`);
  });

  it.each([['Ottoline Brisk <o.brisk+status@mail.example-lab.org>'], ['Otter Team <otter@example.org>, <pup@example.net>'], ['obrisk@example.org']])(
    'says nothing of %s',
    (value) => {
      expect(contactMistake(value)).toBeUndefined();
    },
  );

  it('is a warning at its line in an entry, the contact kept as written', async () => {
    const { entry, problems } = await read('=== Otter Ring Buffer\n\nContact: Piers Lambkin <plambkin@example.org>\nContact: Ottoline Brisk <obrisk@example,org>\n\nThe ring holds otters.\n');
    expect(problems.map((p) => [p.severity, p.line, p.message.slice(0, 45)])).toEqual([['warning', 4, 'the address obrisk@example,org in the contact']]);
    expect(entry?.contacts).toEqual([
      { name: 'Piers Lambkin', email: 'plambkin@example.org' },
      { name: 'Ottoline Brisk', email: 'obrisk@example,org' },
    ]);
  });
});

describe('a link on the Links line whose "]" was forgotten', () => {
  const text = [
    '=== Otter Ring Buffer',
    '',
    'Links: +',
    'link:https://otter.example.org/[Otter home] URL: link:https://otter.example.org/[] +',
    'link:https://otter.example.org/wiki[Otter wiki URL: link:https://otter.example.org/wiki[]',
    '',
    'Contact: Piers Lambkin <plambkin@example.org>',
    '',
    'The ring holds otters.',
    '',
  ].join('\n');

  it('keeps the words written before the next macro as its text, with a warning at its line', async () => {
    const { entry, problems } = await read(text);
    expect(entry?.links).toEqual([
      { url: 'https://otter.example.org/', text: 'Otter home' },
      { url: 'https://otter.example.org/wiki', text: 'Otter wiki' },
    ]);
    expect(problems).toEqual([
      {
        severity: 'warning',
        file: 'q/otter.adoc',
        line: 5,
        message:
          'the text of the link to https://otter.example.org/wiki is never closed by "]", so it runs on into the next link macro ("Otter wiki URL: link:https://otter.example.org/wiki["); read as "Otter wiki"',
      },
    ]);
  });
});

describe('a link macro in the body whose "]" was forgotten', () => {
  it('is reported at its line, as written in the source, not as the Markdown escapes it', async () => {
    const { problems } = await read('=== Otter Ring Buffer\n\nContact: Piers Lambkin <plambkin@example.org>\n\nThe ring holds otters.\nSee link:https://otter.example.org/notes[the notes for more.\n');
    expect(problems).toEqual([
      { severity: 'warning', file: 'q/otter.adoc', line: 6, message: 'unconverted link macro link:https://otter.example.org/notes[… left in the text' },
    ]);
  });
});

describe('an entry with no Contact line', () => {
  it('is a warning at its title, the entry kept', async () => {
    const { entry, problems } = await read('\n=== Otter Ring Buffer\n\nLinks: +\nlink:https://otter.example.org/[Otter home] URL: link:https://otter.example.org/[]\n\nThe ring holds otters.\n');
    expect(problems).toEqual([{ severity: 'warning', file: 'q/otter.adoc', line: 2, message: NO_CONTACT }]);
    expect(entry?.body).toBe('The ring holds otters.');
  });

  it('is none where a contact is named some other way than Name <address>', async () => {
    const { problems } = await read('=== Otter Ring Buffer\n\nContact: link:https://lists.example.org/otters[otters mailing list]\n\nThe ring holds otters.\n');
    expect(problems).toEqual([]);
  });
});
