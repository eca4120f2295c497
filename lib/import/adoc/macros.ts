/** A link one of the upstream inline macros stands for. */
export interface MacroLink {
  text: string;
  url: string;
  /** Set when the macro's target could not be linked as intended. */
  warning?: string;
}

/**
 * `man:rc.conf[5]` → `rc.conf(5)`, linked to the FreeBSD manual page server.
 * Upstream (freebsd-doc `ManPageMacro`) renders the same text; a missing section gives `name()`
 * there, here just `name`.
 */
export function manPageLink(name: string, section?: string): MacroLink {
  const query = `query=${encodeURIComponent(name)}`;
  if (!section) return { text: name, url: `https://man.freebsd.org/cgi/man.cgi?${query}` };
  return {
    text: `${name}(${section})`,
    url: `https://man.freebsd.org/cgi/man.cgi?${query}&sektion=${encodeURIComponent(section)}`,
  };
}

/**
 * `package:sysutils/vmstated[]` → `sysutils/vmstated`, linked to its FreshPorts page.
 * As upstream (freebsd-doc `PackagesMacro`): the bracketed text, if any, is the link text,
 * and a flavour (`@py39`) is dropped from the port's origin.
 * A target without a category (`package:libvirt[]`) has no port page: it is linked to a
 * FreshPorts search instead, with a warning.
 */
export function packageLink(target: string, text?: string): MacroLink {
  const origin = target.split('@')[0] ?? target;
  const label = text ?? target;
  if (/^[\w.+-]+\/[\w.+-]+$/.test(origin)) {
    return { text: label, url: `https://www.freshports.org/${origin}/` };
  }
  return {
    text: label,
    url: `https://www.freshports.org/search.php?stype=name&method=match&query=${encodeURIComponent(origin)}`,
    warning: `package:${target}[] names no port category; linked to a FreshPorts search`,
  };
}

/**
 * `gitref:73b357be9238…[repository=src]` → `73b357be9238`, linked to the commit on the project's
 * cgit. As upstream's macro: the repository defaults to src, and the text is the hash's first
 * twelve digits, git's usual short form.
 */
export function gitCommitLink(hash: string, repository = 'src'): MacroLink {
  const id = hash.toLowerCase();
  if (!/^[0-9a-f]{7,40}$/.test(id)) {
    return { text: hash, url: `https://cgit.freebsd.org/${encodeURIComponent(repository)}/`, warning: `gitref:${hash}[] is no commit hash; linked to the repository` };
  }
  return { text: id.slice(0, 12), url: `https://cgit.freebsd.org/${encodeURIComponent(repository)}/commit/?id=${id}` };
}
