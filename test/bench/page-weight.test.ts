import { describe, expect, it } from 'vitest';
import { runtimeScripts, scriptsOfPage, splitRuntime } from '../../bench/page-weight';

describe("a page's scripts, the runtime apart from its own", () => {
  const manifest = { rootMainFiles: ['static/chunks/runtime-a.js', 'static/chunks/runtime-b.js'], polyfillFiles: ['static/chunks/poly.js'] };
  const html = [
    '<html><head><link rel="modulepreload" href="/_next/static/chunks/runtime-a.js?dpl=7">',
    '<script src="/_next/static/chunks/poly.js" nomodule></script></head><body>',
    '<script src="/_next/static/chunks/runtime-b.js" async></script>',
    '<script src="/_next/static/chunks/entry-page.js" async></script>',
    '<script src="https://elsewhere.example/x.js"></script></body></html>',
  ].join('');

  it("counts as runtime only the build's files every page loads, by their URL path whatever the query", () => {
    const { files, legacyFiles } = scriptsOfPage(html, 'http://127.0.0.1:3000/reports/q/entry');
    const split = splitRuntime(files, runtimeScripts(manifest));
    expect(split.runtime.map((f) => new URL(f).pathname)).toEqual(['/_next/static/chunks/runtime-a.js', '/_next/static/chunks/runtime-b.js']);
    expect(split.own).toEqual(['http://127.0.0.1:3000/_next/static/chunks/entry-page.js']);
    expect(legacyFiles).toHaveLength(1);
  });

  it('names the manifest when it lists no runtime files', () => {
    expect(() => runtimeScripts({ polyfillFiles: [] })).toThrow(/build-manifest\.json: no rootMainFiles/);
    expect(() => runtimeScripts({ rootMainFiles: [3] })).toThrow(/rootMainFiles/);
    expect(() => runtimeScripts(null)).toThrow(/rootMainFiles/);
  });
});
