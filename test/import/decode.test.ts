import { describe, expect, it } from 'vitest';
import { decodeUpstreamBytes, type DecodeNote } from '../../lib/import/decode';

/**
 * A fixture as bytes: ASCII strings as they are, every other byte written out as a number,
 * so each row shows exactly which bytes the decoder sees.
 */
function bytes(...parts: (string | number[])[]): Uint8Array {
  return Uint8Array.from(
    parts.flatMap((part) => {
      if (typeof part !== 'string') return part;
      if ([...part].some((c) => c.charCodeAt(0) > 0x7f)) throw new Error(`fixture strings are ASCII; write other bytes as numbers: ${part}`);
      return [...part].map((c) => c.charCodeAt(0));
    }),
  );
}

const BOM_UTF8 = [0xef, 0xbb, 0xbf];
const XML_UTF8 = '<?xml version="1.0" encoding="utf-8"?>\n';
const XML_LATIN1 = '<?xml version="1.0" encoding="iso-8859-1"?>\n';

interface Row {
  name: string;
  input: Uint8Array;
  text: string;
  encoding: string;
  notes: DecodeNote[];
}

const rows: Row[] = [
  {
    name: 'a UTF-8 byte-order mark, which wins over the declaration',
    input: bytes(BOM_UTF8, XML_LATIN1, '<p>', [0xc3, 0x9f], '</p>'),
    text: `${XML_LATIN1}<p>ß</p>`,
    encoding: 'utf-8',
    notes: [],
  },
  {
    name: 'a UTF-16LE byte-order mark',
    input: bytes([0xff, 0xfe], [0x3c, 0x00, 0x70, 0x00, 0x3e, 0x00, 0x41, 0x01, 0x0a, 0x00]),
    text: '<p>Ł\n',
    encoding: 'utf-16le',
    notes: [],
  },
  {
    name: 'clean UTF-8, declared',
    input: bytes(XML_UTF8, '<p>', [0xc5, 0x81, 0xc3, 0xb3], 'd', [0xc5, 0xba], '</p>'),
    text: `${XML_UTF8}<p>Łódź</p>`,
    encoding: 'utf-8',
    notes: [],
  },
  {
    name: 'clean UTF-8 without any declaration',
    input: bytes('<p>', [0xc5, 0x82], '</p>'),
    text: '<p>ł</p>',
    encoding: 'utf-8',
    notes: [],
  },
  {
    name: 'UTF-8 with stray Latin-1 bytes on lines 3 and 5',
    input: bytes(XML_UTF8, '<p>Zo', [0xc3, 0xab], '</p>\n<p>Fran', [0xe7], 'ois</p>\n<p>ok</p>\n<p>', [0xe9], 't', [0xe9], '</p>'),
    text: `${XML_UTF8}<p>Zoë</p>\n<p>François</p>\n<p>ok</p>\n<p>été</p>`,
    encoding: 'utf-8',
    notes: [{ line: 3, message: 'invalid UTF-8 in a file declared UTF-8; bytes read as ISO-8859-1 on 2 lines: 3 (E7 "ç"), 5 (E9 E9 "éé")' }],
  },
  {
    name: 'a stray Latin-1 byte in a file without a declaration',
    input: bytes('<p>\n<p>', [0xfc], '</p>'),
    text: '<p>\n<p>ü</p>',
    encoding: 'utf-8',
    notes: [{ line: 2, message: 'invalid UTF-8 in a file that declares no encoding (read as UTF-8); bytes read as ISO-8859-1 on line 2 (FC "ü")' }],
  },
  {
    name: 'clean ISO-8859-1 with accented letters',
    input: bytes(XML_LATIN1, '<p>S', [0xf8], 'ren G', [0xe9], 'rard, G', [0xf6], 'ran</p>'),
    text: `${XML_LATIN1}<p>Søren Gérard, Göran</p>`,
    encoding: 'iso-8859-1',
    notes: [],
  },
  {
    name: 'all-ASCII ISO-8859-1',
    input: bytes(XML_LATIN1, '<a/>'),
    text: `${XML_LATIN1}<a/>`,
    encoding: 'iso-8859-1',
    notes: [],
  },
  {
    name: 'ISO-8859-1 with Latin-1 letters on line 2 and a UTF-8 sequence on line 3',
    input: bytes(XML_LATIN1, '<p>G', [0xf6], 'ran</p>\n<p>Lu', [0xc3, 0xa7], 'i, ', [0xe9], '</p>'),
    text: `${XML_LATIN1}<p>Göran</p>\n<p>Luçi, é</p>`,
    encoding: 'iso-8859-1',
    notes: [{ line: 3, message: 'UTF-8 text in a file declared ISO-8859-1 (upstream showed it as mojibake); read as UTF-8 on line 3 ("Ã§" as "ç")' }],
  },
  {
    name: 'a file declared ISO-8859-1 that is UTF-8 throughout: each line noted, runs read whole',
    input: bytes(XML_LATIN1, '<a/>\n<n>Lu', [0xc3, 0xa7], 'i</n>\n\n<n>', [0xc3, 0xa9, 0xc3, 0xa8], ' ', [0xe2, 0x80, 0x99], '</n>'),
    text: `${XML_LATIN1}<a/>\n<n>Luçi</n>\n\n<n>éè \u2019</n>`,
    encoding: 'utf-8',
    notes: [{ line: 3, message: 'UTF-8 text in a file declared ISO-8859-1 (upstream showed it as mojibake); read as UTF-8 on 2 lines: 3 ("Ã§" as "ç"), 5 ("Ã©Ã¨" as "éè")' }],
  },
  {
    name: 'a soft hyphen shown as ISO-8859-1, spelled out in the warning',
    input: bytes(XML_LATIN1, '<p>hy', [0xc2, 0xad], 'phen</p>'),
    text: `${XML_LATIN1}<p>hy\u00adphen</p>`,
    encoding: 'utf-8',
    notes: [{ line: 2, message: 'UTF-8 text in a file declared ISO-8859-1 (upstream showed it as mojibake); read as UTF-8 on line 2 ("\u00c2\\u00ad" as "\\u00ad")' }],
  },
  {
    name: 'ISO-8859-1 bytes that only start a UTF-8 sequence, left as they are',
    input: bytes(XML_LATIN1, '<p>', [0xc3], '! ', [0xe9, 0xa9], '</p>'),
    text: `${XML_LATIN1}<p>Ã! é©</p>`,
    encoding: 'iso-8859-1',
    notes: [],
  },
  {
    name: 'a page with a <meta charset>',
    input: bytes('<html><head>\n<meta charset="ISO-8859-1">\n</head><body><p>', [0xe9], '</p>'),
    text: '<html><head>\n<meta charset="ISO-8859-1">\n</head><body><p>é</p>',
    encoding: 'iso-8859-1',
    notes: [],
  },
  {
    name: 'a page with an http-equiv Content-Type',
    input: bytes('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>', [0x80], '</p>'),
    text: '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>€</p>',
    encoding: 'windows-1252',
    notes: [],
  },
  {
    name: 'an unknown encoding in the XML declaration',
    input: bytes('<?xml version="1.0" encoding="x-klingon"?><p>', [0xc3, 0xa9], '</p>'),
    text: '<?xml version="1.0" encoding="x-klingon"?><p>é</p>',
    encoding: 'utf-8',
    notes: [{ line: 1, message: 'unknown encoding "x-klingon" in the XML declaration; read as UTF-8' }],
  },
  {
    name: 'an unknown encoding in a <meta> charset, with a stray byte',
    input: bytes('<html>\n<meta charset="x-klingon">\n<p>', [0xe9], '</p>'),
    text: '<html>\n<meta charset="x-klingon">\n<p>é</p>',
    encoding: 'utf-8',
    notes: [
      { line: 2, message: 'unknown encoding "x-klingon" in a <meta> charset; read as UTF-8' },
      { line: 3, message: 'invalid UTF-8 in a file of unknown encoding (read as UTF-8); bytes read as ISO-8859-1 on line 3 (E9 "é")' },
    ],
  },
];

describe('decodeUpstreamBytes', () => {
  it.each(rows)('reads $name', ({ input, text, encoding, notes }) => {
    expect(decodeUpstreamBytes(input)).toEqual({ text, encoding, notes });
  });

  it.each(rows.filter((r) => !r.name.includes('UTF-16')))('keeps the line numbers of the file: $name', ({ input }) => {
    const lineBreaks = input.filter((b) => b === 0x0a).length;
    expect(decodeUpstreamBytes(input).text.split('\n')).toHaveLength(lineBreaks + 1);
  });

  it('reads a byte view into a larger buffer without the bytes around it', () => {
    const whole = bytes('xx', XML_LATIN1, '<p>', [0xe9], '</p>', 'yy');
    const view = whole.subarray(2, whole.length - 2);
    expect(decodeUpstreamBytes(view).text).toBe(`${XML_LATIN1}<p>é</p>`);
  });
});

describe('decodeUpstreamBytes: one warning per file, however many lines are affected', () => {
  it('names the first five lines of stray Latin-1 bytes with the bytes, then counts the rest', () => {
    // Eight lines of a pasted Latin-1 paragraph, the last with a long run cut short.
    const pasted = Array.from({ length: 7 }, (_, i): (string | number[])[] => [`<p>caf`, [0xe9], ` ${i}</p>\n`]).flat();
    const { text, notes } = decodeUpstreamBytes(bytes(XML_UTF8, ...pasted, '<p>', [0xe8, 0xe8, 0xe8, 0xe8, 0xe8, 0xe8], '</p>'));
    expect(notes).toEqual([
      {
        line: 2,
        message: 'invalid UTF-8 in a file declared UTF-8; bytes read as ISO-8859-1 on 8 lines: 2 (E9 "é"), 3 (E9 "é"), 4 (E9 "é"), 5 (E9 "é"), 6 (E9 "é") and 3 more',
      },
    ]);
    // Nothing is lost for the shorter warning: every byte is still read.
    expect(text.endsWith('<p>café 6</p>\n<p>èèèèèè</p>')).toBe(true);
  });

  it('names the first five lines of UTF-8 in an ISO-8859-1 file, then counts the rest', () => {
    const lines = Array.from({ length: 6 }, (): (string | number[])[] => ['<n>Lu', [0xc3, 0xa7], 'i</n>\n']).flat();
    const { notes } = decodeUpstreamBytes(bytes(XML_LATIN1, ...lines));
    expect(notes).toEqual([
      {
        line: 2,
        message:
          'UTF-8 text in a file declared ISO-8859-1 (upstream showed it as mojibake); read as UTF-8 on 6 lines: 2 ("Ã§" as "ç"), 3 ("Ã§" as "ç"), 4 ("Ã§" as "ç"), 5 ("Ã§" as "ç"), 6 ("Ã§" as "ç") and 1 more',
      },
    ]);
  });
});
