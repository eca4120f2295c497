import iconv from 'iconv-lite';

export interface DecodedXml {
  text: string;
  /** The encoding the text was read as, lowercased (`utf-8`, `iso-8859-1`). */
  encoding: string;
  /** Things worth a warning, each at a line of the file. */
  notes: { line: number; message: string }[];
}

const DECLARED_ENCODING = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;

/**
 * Decodes an XML file's bytes by the encoding its XML declaration names (UTF-8 if none).
 * Never loses text: in a file declared UTF-8, bytes that are not valid UTF-8 (a Latin-1
 * paragraph pasted into a UTF-8 report) are read as ISO-8859-1 and noted by line. A file
 * declared ISO-8859-1 whose bytes are all valid UTF-8 with at least one multi-byte sequence
 * is read as UTF-8 (noted too): Latin-1 text almost never forms valid UTF-8, and upstream
 * rendered such names as mojibake ("LuÃ§i").
 */
export function decodeXmlBytes(bytes: Uint8Array): DecodedXml {
  let body = bytes;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
  const head = Buffer.from(body.subarray(0, 200)).toString('latin1');
  const declared = DECLARED_ENCODING.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
  const notes: DecodedXml['notes'] = [];

  if (declared === 'utf-8' || declared === 'utf8') {
    return { text: decodeUtf8Leniently(body, notes), encoding: 'utf-8', notes };
  }
  if (!iconv.encodingExists(declared)) {
    notes.push({ line: 1, message: `unknown encoding "${declared}" in the XML declaration; read as UTF-8` });
    return { text: decodeUtf8Leniently(body, notes), encoding: 'utf-8', notes };
  }
  if (isLatin1(declared)) {
    const firstMultiByte = strictUtf8MultiByteLine(body);
    if (firstMultiByte !== undefined) {
      notes.push({
        line: firstMultiByte,
        message: `declared ${declared} but every byte is valid UTF-8 (first non-ASCII text here); read as UTF-8`,
      });
      return { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8', notes };
    }
  }
  return { text: iconv.decode(Buffer.from(body), declared), encoding: declared, notes };
}

function isLatin1(encoding: string): boolean {
  return ['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1'].includes(encoding);
}

/** Line of the first multi-byte UTF-8 sequence if all of `bytes` is valid UTF-8, else undefined. */
function strictUtf8MultiByteLine(bytes: Uint8Array): number | undefined {
  let line = 1;
  let first: number | undefined;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    if (b === 0x0a) line++;
    const len = utf8SequenceLength(bytes, i);
    if (len === 0) return undefined;
    if (len > 1) first ??= line;
    i += len;
  }
  return first;
}

/** UTF-8, except that each byte of an invalid sequence is read as ISO-8859-1 and noted. */
function decodeUtf8Leniently(bytes: Uint8Array, notes: DecodedXml['notes']): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // fall through to the byte-by-byte reading below
  }
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let line = 1;
  let runStart = 0;
  let lastNotedLine = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    if (b === 0x0a) line++;
    const len = b < 0x80 ? 1 : utf8SequenceLength(bytes, i);
    if (len > 0) {
      i += len;
      continue;
    }
    parts.push(decoder.decode(bytes.subarray(runStart, i)), String.fromCharCode(b));
    if (line !== lastNotedLine) {
      notes.push({ line, message: `invalid UTF-8 in a file declared UTF-8; read those bytes as ISO-8859-1` });
      lastNotedLine = line;
    }
    i++;
    runStart = i;
  }
  parts.push(decoder.decode(bytes.subarray(runStart)));
  return parts.join('');
}

/** Length of the well-formed UTF-8 sequence at `i` (RFC 3629), 0 if there is none. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
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
