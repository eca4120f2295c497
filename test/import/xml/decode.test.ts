import { describe, expect, it } from 'vitest';
import { decodeXmlBytes } from '../../../lib/import/xml/decode';

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('decodeXmlBytes', () => {
  it('reads a file declared ISO-8859-1 as Latin-1', () => {
    const d = decodeXmlBytes(latin1('<?xml version="1.0" encoding="iso-8859-1" ?>\n<p>S\u00f8ren G\u00e9rard</p>'));
    expect(d.text).toContain('<p>Søren Gérard</p>');
    expect(d.encoding).toBe('iso-8859-1');
    expect(d.notes).toEqual([]);
  });

  it('reads UTF-8 when declared or when there is no declaration, dropping a byte-order mark', () => {
    expect(decodeXmlBytes(utf8('<?xml version="1.0" encoding="UTF-8"?><p>Łódź</p>')).text).toBe('<?xml version="1.0" encoding="UTF-8"?><p>Łódź</p>');
    expect(decodeXmlBytes(concat(Uint8Array.from([0xef, 0xbb, 0xbf]), utf8('<p>ß</p>'))).text).toBe('<p>ß</p>');
  });

  it('reads Latin-1 bytes inside a UTF-8 file as Latin-1 and notes each line they are on', () => {
    const bytes = concat(
      utf8('<?xml version="1.0" encoding="utf-8"?>\n<p>Zoë</p>\n'),
      latin1('<p>Fran\u00e7ois</p>\n<p>ok</p>\n<p>\u00e9t\u00e9</p>'),
    );
    const d = decodeXmlBytes(bytes);
    expect(d.text).toBe('<?xml version="1.0" encoding="utf-8"?>\n<p>Zoë</p>\n<p>François</p>\n<p>ok</p>\n<p>été</p>');
    expect(d.notes.map((n) => n.line)).toEqual([3, 5]);
    expect(d.notes[0]?.message).toContain('ISO-8859-1');
  });

  it('reads a file declared ISO-8859-1 that holds only valid UTF-8 as UTF-8, with a note', () => {
    const d = decodeXmlBytes(utf8('<?xml version="1.0" encoding="iso-8859-1"?>\n<a/>\n<n>Luçi</n>'));
    expect(d.text).toContain('<n>Luçi</n>');
    expect(d.encoding).toBe('utf-8');
    expect(d.notes).toEqual([{ line: 3, message: expect.stringContaining('read as UTF-8') }]);
  });

  it('keeps an all-ASCII ISO-8859-1 file as declared', () => {
    const d = decodeXmlBytes(utf8('<?xml version="1.0" encoding="iso-8859-1"?><a/>'));
    expect(d.encoding).toBe('iso-8859-1');
    expect(d.notes).toEqual([]);
  });
});
