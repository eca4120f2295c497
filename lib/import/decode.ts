import iconv from 'iconv-lite';

/** Something about the bytes worth a warning, at a line of the file. */
export interface DecodeNote {
  line: number;
  message: string;
}

export interface DecodedBytes {
  /** The file's text; line breaks are kept, so its line numbers are those of the file. */
  text: string;
  /**
   * The encoding the text was read as, lowercased: `utf-8`, `iso-8859-1`, `utf-16le`, …
   * A file declared ISO-8859-1 whose every non-ASCII byte belongs to a UTF-8 sequence was
   * in fact read as UTF-8, and says so.
   */
  encoding: string;
  /** Things worth a warning, each at a line of the file. */
  notes: DecodeNote[];
}

/** How far into the file a declaration is looked for. */
const HEAD_BYTES = 2048;
const XML_DECLARATION = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;
// `<meta charset="…">` and `<meta http-equiv="Content-Type" content="text/html; charset=…">`.
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?([A-Za-z0-9._:-]+)/i;
const UTF8 = new Set(['utf-8', 'utf8']);
const LATIN1 = new Set(['iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'latin-1', 'l1']);

/**
 * Decodes the bytes of an upstream status report, XML or rendered HTML, by the encoding they
 * declare: a byte-order mark, else the XML declaration (`<?xml … encoding="iso-8859-1"?>`),
 * else a `<meta>` charset, else UTF-8. Never loses text:
 * - in UTF-8 (declared, defaulted, or for an unknown encoding) each byte that is not part of a
 *   well-formed UTF-8 sequence (a Latin-1 paragraph pasted into a UTF-8 report) is read as
 *   ISO-8859-1, with one warning for the file naming the lines and the bytes;
 * - in ISO-8859-1 each run of well-formed UTF-8 multi-byte sequences is read as the UTF-8 it
 *   is (upstream showed it as mojibake: "LuÃ§i" for "Luçi"), with one warning for the file
 *   naming the lines. Latin-1 text almost never forms valid UTF-8, so real Latin-1 letters around
 *   them stay as they are; a file that is UTF-8 throughout comes out as UTF-8.
 * Line breaks are left alone, so line numbers of the text are those of the file.
 */
export function decodeUpstreamBytes(bytes: Uint8Array): DecodedBytes {
  const notes: DecodeNote[] = [];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8Leniently(bytes.subarray(3), 'with a UTF-8 byte-order mark', notes), encoding: 'utf-8', notes };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(toBuffer(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le', notes };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(toBuffer(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be', notes };

  const declared = declaredEncoding(toBuffer(bytes.subarray(0, HEAD_BYTES)).toString('latin1'));
  if (declared === undefined || UTF8.has(declared.name)) {
    const context = declared ? 'declared UTF-8' : 'that declares no encoding (read as UTF-8)';
    return { text: decodeUtf8Leniently(bytes, context, notes), encoding: 'utf-8', notes };
  }
  if (LATIN1.has(declared.name)) return decodeLatin1RepairingUtf8(bytes);
  if (!iconv.encodingExists(declared.name)) {
    notes.push({ line: declared.line, message: `unknown encoding "${declared.name}" in ${declared.where}; read as UTF-8` });
    return { text: decodeUtf8Leniently(bytes, 'of unknown encoding (read as UTF-8)', notes), encoding: 'utf-8', notes };
  }
  return { text: iconv.decode(toBuffer(bytes), declared.name), encoding: declared.name, notes };
}

/**
 * Decodes a file of a format that is UTF-8 by definition (AsciiDoc): each byte outside a
 * well-formed sequence (a Latin-1 paragraph pasted in) is read as ISO-8859-1, with one warning
 * naming the lines, rather than becoming U+FFFD.
 */
export function decodeUtf8Bytes(bytes: Uint8Array): DecodedBytes {
  const notes: DecodeNote[] = [];
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text: decodeUtf8Leniently(bom ? bytes.subarray(3) : bytes, 'that must be UTF-8', notes), encoding: 'utf-8', notes };
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The encoding named by the XML declaration, else by a `<meta>` charset, lowercased. */
function declaredEncoding(head: string): { name: string; where: string; line: number } | undefined {
  const xml = XML_DECLARATION.exec(head);
  if (xml?.[1]) return { name: xml[1].toLowerCase(), where: 'the XML declaration', line: lineAt(head, xml.index + xml[0].length) };
  const meta = META_CHARSET.exec(head);
  if (meta?.[1]) return { name: meta[1].toLowerCase(), where: 'a <meta> charset', line: lineAt(head, meta.index) };
  return undefined;
}

/** UTF-8, except that each byte outside a well-formed sequence is read as ISO-8859-1 and noted. */
function decodeUtf8Leniently(bytes: Uint8Array, context: string, notes: DecodeNote[]): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // fall through to the byte-by-byte reading below
  }
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const parts: string[] = [];
  const byLine = new Map<number, number[]>();
  let line = 1;
  let runStart = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    if (b === 0x0a) line++;
    const len = utf8SequenceLength(bytes, i);
    if (len > 0) {
      i += len;
      continue;
    }
    parts.push(decoder.decode(bytes.subarray(runStart, i)), String.fromCharCode(b));
    const onLine = byLine.get(line) ?? [];
    onLine.push(b);
    byLine.set(line, onLine);
    i++;
    runStart = i;
  }
  parts.push(decoder.decode(bytes.subarray(runStart)));
  const lines = [...byLine].map(([at, read]) => ({ line: at, detail: latin1Bytes(read) }));
  if (lines[0]) notes.push({ line: lines[0].line, message: `invalid UTF-8 in a file ${context}; bytes read as ISO-8859-1 ${onLines(lines)}` });
  return parts.join('');
}

/**
 * ISO-8859-1, except that each run of well-formed UTF-8 multi-byte sequences is read as UTF-8,
 * noted in one warning that names the lines. Reports `utf-8` as the encoding when every non-ASCII byte was UTF-8.
 */
function decodeLatin1RepairingUtf8(bytes: Uint8Array): DecodedBytes {
  const notes: DecodeNote[] = [];
  const latin1 = (from: number, to: number): string => toBuffer(bytes.subarray(from, to)).toString('latin1');
  const parts: string[] = [];
  const repaired: { line: number; detail: string }[] = [];
  let line = 1;
  let runStart = 0;
  let latin1Letters = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    if (b === 0x0a) line++;
    if (b < 0x80 || utf8SequenceLength(bytes, i) < 2) {
      if (b >= 0x80) latin1Letters++;
      i++;
      continue;
    }
    let end = i;
    for (let len = utf8SequenceLength(bytes, end); len > 1; len = utf8SequenceLength(bytes, end)) end += len;
    const shown = latin1(i, end);
    const meant = toBuffer(bytes.subarray(i, end)).toString('utf8');
    parts.push(latin1(runStart, i), meant);
    if (repaired[repaired.length - 1]?.line !== line) repaired.push({ line, detail: `"${visible(shown)}" as "${visible(meant)}"` });
    i = end;
    runStart = end;
  }
  parts.push(latin1(runStart, bytes.length));
  if (repaired[0]) notes.push({ line: repaired[0].line, message: `UTF-8 text in a file declared ISO-8859-1 (upstream showed it as mojibake); read as UTF-8 ${onLines(repaired)}` });
  const encoding = notes.length > 0 && latin1Letters === 0 ? 'utf-8' : 'iso-8859-1';
  return { text: parts.join(''), encoding, notes };
}

/** Length of the well-formed UTF-8 sequence at `i` (RFC 3629), 0 if there is none. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i];
  if (b0 === undefined) return 0;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const lo = b0 === 0xe0 ? 0xa0 : 0x80;
    const hi = b0 === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const lo = b0 === 0xf0 ? 0x90 : 0x80;
    const hi = b0 === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** How many lines a note lists before it only counts the rest. */
const LINES_LISTED = 5;

/**
 * `on line 3 (…)` or `on 7 lines: 3 (…), 5 (…), … and 2 more`: one note per file names where
 * to look, rather than one per line burying the report's other warnings.
 */
function onLines(lines: readonly { line: number; detail: string }[]): string {
  const [only] = lines;
  if (lines.length === 1 && only) return `on line ${only.line} (${only.detail})`;
  const listed = lines.slice(0, LINES_LISTED).map((l) => `${l.line} (${l.detail})`).join(', ');
  const rest = lines.length - LINES_LISTED;
  return `on ${lines.length} lines: ${listed}${rest > 0 ? ` and ${rest} more` : ''}`;
}

/** Bytes read as ISO-8859-1, in hex and as read: `E9 E8 "éè"`; long runs cut short. */
function latin1Bytes(read: readonly number[]): string {
  const shown = read.slice(0, 4);
  const more = read.length > shown.length ? ' …' : '';
  return `${shown.map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ')}${more} "${visible(String.fromCharCode(...shown))}${more ? '…' : ''}"`;
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
