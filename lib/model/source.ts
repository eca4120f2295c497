/** An AsciiDoc entry's file name upstream, without `.adoc` ("acpi_system76"); none for another format. */
export function adocFileName(entry: { source: { format: string; file: string } }): string | undefined {
  if (entry.source.format !== 'adoc') return undefined;
  return entry.source.file.replace(/\\/g, '/').split('/').pop()?.replace(/\.adoc$/, '');
}
