import iconv from 'iconv-lite';

export interface DecodedPage {
  text: string;
  /** The encoding the page was read as, lowercased (`iso-8859-1`, `utf-8`). */
  encoding: string;
  /** Things worth a warning, each at a line of the page. */
  notes: { line: number; message: string }[];
}

const XML_DECLARATION = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?([A-Za-z0-9._:-]+)/i;
const LATIN1 = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1']);
// A UTF-8 multi-byte sequence read as ISO-8859-1: "LuÃ§i" for "Luçi".
const MOJIBAKE = /[\u00c2-\u00df][\u0080-\u00bf]|[\u00e0-\u00ef][\u0080-\u00bf]{2}|[\u00f0-\u00f4][\u0080-\u00bf]{3}/g;

/**
 * Decodes a page's bytes by the encoding it declares: a byte-order mark, else the XML
 * declaration (`<?xml … encoding="iso-8859-1"?>`, what the legacy pages carry), else a
 * `<meta … charset=…>`, else UTF-8. In a page read as ISO-8859-1, UTF-8 sequences that
 * upstream rendered as mojibake ("LuÃ§i") are read as the UTF-8 they were, with a warning.
 * Line breaks are left alone, so line numbers of the text are those of the file.
 */
export function decodeHtmlPage(bytes: Uint8Array): DecodedPage {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    return { text: buffer.subarray(3).toString('utf8'), encoding: 'utf-8', notes: [] };
  }
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return { text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'utf-16le', notes: [] };
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return { text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'utf-16be', notes: [] };

  const head = buffer.subarray(0, 2048).toString('latin1');
  const declared = (XML_DECLARATION.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1])?.toLowerCase();
  if (declared === undefined || declared === 'utf-8' || declared === 'utf8') {
    return { text: buffer.toString('utf8'), encoding: 'utf-8', notes: [] };
  }
  if (!iconv.encodingExists(declared)) {
    return { text: buffer.toString('utf8'), encoding: 'utf-8', notes: [{ line: 1, message: `unknown encoding "${declared}" declared; read as UTF-8` }] };
  }
  const text = iconv.decode(buffer, declared);
  return LATIN1.has(declared) ? repairMojibake(text, declared) : { text, encoding: declared, notes: [] };
}

function repairMojibake(text: string, encoding: string): DecodedPage {
  const notes: DecodedPage['notes'] = [];
  let lastLine = 0;
  const repaired = text.replace(MOJIBAKE, (found: string, offset: number) => {
    const utf8 = Buffer.from(found, 'latin1').toString('utf8');
    if (utf8.includes('\ufffd')) return found;
    const line = lineAt(text, offset);
    if (line !== lastLine) {
      notes.push({ line, message: `UTF-8 text shown as ISO-8859-1 ("${visible(found)}"); read as "${visible(utf8)}"` });
      lastLine = line;
    }
    return utf8;
  });
  return { text: repaired, encoding, notes };
}

/** Invisible characters (a soft hyphen, C1 controls) spelled out, so a message shows them. */
function visible(text: string): string {
  return text.replace(/[\u0080-\u009f\u00ad]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
