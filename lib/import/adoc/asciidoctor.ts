import { Extensions, LoggerManager, Reader, Severity, load, type Document, type Registry } from '@asciidoctor/core';
import { escapeHtml } from '../../content';
import { gitCommitLink, manPageLink, packageLink } from './macros';

/** A message Asciidoctor (or one of our extensions) logged while reading one file. */
export interface AdocLogEntry {
  message: string;
  line?: number;
}

/** Collects what is logged while one file is parsed and converted. */
export class AdocLog {
  readonly entries: AdocLogEntry[] = [];

  add(message: string, line?: number): void {
    this.entries.push(line === undefined ? { message } : { message, line });
  }
}

/**
 * Asciidoctor.js logs through one process-wide logger, and its conversion step (unlike its
 * parse step) runs outside any per-call logger context. So we install, once, a logger that
 * forwards to the {@link AdocLog} of the file being processed, and drops anything logged
 * outside one: nothing Asciidoctor says ever reaches stderr.
 *
 * Files are processed one at a time (a promise queue), so "the file being processed" is a
 * plain variable. An AsyncLocalStorage would allow interleaving, but its promise hooks make
 * Asciidoctor.js (thousands of promises per file) about 60% slower, and interleaving gains
 * nothing for work that never waits on I/O.
 */
let activeLog: AdocLog | undefined;
let queue: Promise<unknown> = Promise.resolve();

/** The log of the file being read right now, for our own extensions to report into. */
export function currentAdocLog(): AdocLog | undefined {
  return activeLog;
}

/**
 * Runs `fn` once every earlier call has finished, with `log` receiving every message
 * Asciidoctor logs meanwhile. `fn` must not call withAdocLog itself (it would wait for itself).
 */
export function withAdocLog<T>(log: AdocLog, fn: () => Promise<T>): Promise<T> {
  ensureSetUp();
  const run = queue.then(async () => {
    activeLog = log;
    try {
      return await fn();
    } finally {
      activeLog = undefined;
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Attributes that upstream pages get from `shared/en/urls.adoc` (freebsd-doc), which the
 * report pages include; entries use them as `link:{handbook}[…]`. Only the books and the
 * articles an entry might plausibly point at.
 */
const DOCS = 'https://docs.freebsd.org/en';
export const SHARED_URL_ATTRIBUTES: Readonly<Record<string, string>> = {
  'main-site': DOCS,
  handbook: `${DOCS}/books/handbook/`,
  faq: `${DOCS}/books/faq/`,
  'dev-model': `${DOCS}/books/dev-model/`,
  'developers-handbook': `${DOCS}/books/developers-handbook/`,
  'arch-handbook': `${DOCS}/books/arch-handbook/`,
  'porters-handbook': `${DOCS}/books/porters-handbook/`,
  'design-44bsd': `${DOCS}/books/design-44bsd/`,
  'fdp-primer': `${DOCS}/books/fdp-primer/`,
  'committers-guide': `${DOCS}/articles/committers-guide/`,
  contributing: `${DOCS}/articles/contributing/`,
  'rc-scripting': `${DOCS}/articles/rc-scripting/`,
  releng: `${DOCS}/articles/releng/`,
  'freebsd-releng': `${DOCS}/articles/freebsd-releng/`,
  'problem-reports': `${DOCS}/articles/problem-reports/`,
};

let registry: Registry | undefined;

function ensureSetUp(): Registry {
  if (registry) return registry;
  LoggerManager.setLogger(
    LoggerManager.newLogger('kb-adoc', {
      add(severity: number, message: unknown) {
        if (severity < Severity.WARN) return true;
        const [text, line] = describeLogMessage(message);
        activeLog?.add(`asciidoctor: ${text}`, line);
        return true;
      },
    }),
  );
  // Asciidoctor.js gives its Reader no logging mixin (the Ruby Reader has one): a reader made
  // without a document, as for a list item's content, logs to `console`, which prints the raw
  // message object mid-import and loses it to the file's problems. Its messages take the same
  // way as every other; a reader with a document still uses the document's, as before.
  Object.defineProperty(Reader.prototype, 'logger', {
    configurable: true,
    get(this: { _document?: { logger?: unknown } }) {
      return this._document?.logger ?? LoggerManager.getLogger();
    },
  });
  const reg = Extensions.create();
  // The upstream site's own inline macros (freebsd-doc shared/lib), re-implemented here
  // with the URLs this knowledge base links to.
  reg.inlineMacro('man', function () {
    this.process(function (parent, target, attributes) {
      const link = manPageLink(target, stringAttr(attributes['1']));
      return this.createAnchor(parent, escapeHtml(link.text), { type: 'link', target: escapeHtml(link.url) });
    });
  });
  reg.inlineMacro('package', function () {
    this.process(function (parent, target, attributes) {
      const link = packageLink(target, stringAttr(attributes['1']));
      if (link.warning) currentAdocLog()?.add(link.warning, parent.getLineNumber());
      return this.createAnchor(parent, escapeHtml(link.text), { type: 'link', target: escapeHtml(link.url) });
    });
  });
  reg.inlineMacro('gitref', function () {
    this.process(function (parent, target, attributes) {
      const link = gitCommitLink(target, stringAttr(attributes.repository));
      if (link.warning) currentAdocLog()?.add(link.warning, parent.getLineNumber());
      return this.createAnchor(parent, escapeHtml(link.text), { type: 'link', target: escapeHtml(link.url) });
    });
  });
  registry = reg;
  return reg;
}

function stringAttr(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function describeLogMessage(message: unknown): [string, number?] {
  if (typeof message === 'string') return [message];
  if (message && typeof message === 'object' && 'text' in message) {
    const text = String(message.text);
    const loc = 'source_location' in message ? message.source_location : undefined;
    const line = loc && typeof loc === 'object' && 'lineno' in loc && typeof loc.lineno === 'number' ? loc.lineno : undefined;
    return line === undefined ? [text] : [text, line];
  }
  return [String(message)];
}

export interface LoadAdocOptions {
  /** Added to every section level: `-1` makes an entry's `=== Title` a level-1 section. */
  leveloffset?: number;
  /** Extra document attributes. */
  attributes?: Record<string, string>;
}

/**
 * Parses AsciiDoc without touching the filesystem or the network: safe mode `secure`
 * (include directives become plain links, no URI reads), our `man:`/`package:` macros,
 * source line numbers on every block. Call inside {@link withAdocLog}.
 */
export function loadAdoc(source: string, options: LoadAdocOptions = {}): Promise<Document> {
  const extensionRegistry = ensureSetUp();
  return load(source, {
    safe: 'secure',
    sourcemap: true,
    extension_registry: extensionRegistry,
    attributes: {
      ...SHARED_URL_ATTRIBUTES,
      experimental: '',
      ...(options.leveloffset ? { leveloffset: String(options.leveloffset) } : {}),
      ...options.attributes,
    },
  });
}
