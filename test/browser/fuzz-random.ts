/** Real names from the knowledge base, each the unescaped name a route takes. */
export interface FuzzNames {
  reports: string[];
  /** `<report id>/<entry slug>` */
  entries: string[];
  projects: string[];
  people: string[];
  wikiPages: string[];
  references: Array<{ kind: string; id: string }>;
  categories: string[];
  /** Words worth searching for. */
  words: string[];
}

/** A seeded generator (mulberry32): the same seed, the same requests. */
export class Fuzz {
  private state: number;
  constructor(
    seed: number,
    readonly names: FuzzNames,
  ) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('fuzz: nothing to pick from');
    return item;
  }

  /** A path segment: the real name escaped as the site escapes it (a third of the time), else mangled. */
  segment(name: string): string {
    return this.chance(0.35) ? encodeURIComponent(name) : this.mangle(encodeURIComponent(name));
  }

  /** Several segments (a wiki page, a reference id), each escaped or mangled on its own. */
  segments(name: string): string {
    return name
      .split('/')
      .map((s) => this.segment(s))
      .join(this.chance(0.1) ? '%2F' : '/');
  }

  /** A query value: escaped, or mangled the way segments are. */
  value(text: string): string {
    return this.chance(0.4) ? encodeURIComponent(text) : this.mangle(encodeURIComponent(text));
  }

  private mangle(escaped: string): string {
    const at = Math.floor(this.next() * (escaped.length + 1));
    const splice = (piece: string): string => escaped.slice(0, at) + piece + escaped.slice(at);
    return this.pick(MANGLERS)(escaped, splice, this);
  }
}

/** Bytes that break decoding, named for the fault they exercise; a target is Latin-1, one char per byte. */
const BAD_PIECES = [
  '%', // a stray percent sign
  '%E0%A4%A', // a UTF-8 sequence cut short
  '%E0%A4', // a UTF-8 sequence missing its last byte
  '%ff', // a byte that is never UTF-8
  '%C0%AF', // an overlong slash
  '%C0%AE%C0%AE', // overlong dots
  '%ED%A0%80', // a lone surrogate
  '%F4%90%80%80', // beyond U+10FFFF
  '%2F', // an escaped slash
  '%2e%2e', // escaped dots
  '%252F', // an escaped escape
  '%00', // NUL
  '%0d%0a', // CR LF
  '%u00e9', // a non-standard escape
  '%zz',
  '\xff\xfe', // raw bytes that are not UTF-8
  '\xc3\xa9', // raw UTF-8, unescaped
  '\\',
  ';',
  '%20',
  '..',
];

type Mangler = (escaped: string, splice: (piece: string) => string, fuzz: Fuzz) => string;

const MANGLERS: Mangler[] = [
  (_, splice, fuzz) => splice(fuzz.pick(BAD_PIECES)),
  (_, splice, fuzz) => splice(fuzz.pick(BAD_PIECES) + fuzz.pick(BAD_PIECES)),
  (escaped, _, fuzz) => fuzz.pick(BAD_PIECES) + escaped,
  (escaped, _, fuzz) => escaped + fuzz.pick(BAD_PIECES),
  (_, splice, fuzz) => splice('a'.repeat(500 + Math.floor(fuzz.next() * 8_000))), // a long name
  (escaped, _, fuzz) => `${escaped}%e2%82%ac`.repeat(20 + Math.floor(fuzz.next() * 200)), // long and multi-byte
  (escaped) => escaped.toUpperCase(),
  (escaped) => escaped.slice(0, Math.max(0, escaped.length - 1 - (escaped.length % 3))), // cut anywhere
  () => '',
  () => '.',
  () => '..',
];
