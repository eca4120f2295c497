const MAN_PAGE = /(?<![\w.-])([a-z][a-z0-9_]*)\(\d\)/g;
const DRIVER_DIRECTORY = /\bsys\/dev\/([a-z][a-z0-9_]*)(?=[/?#&]|$)/;

/**
 * A man page named in a link's text and the driver directory its URL names, where the two
 * differ: "[ix(4) changes](…/sys/dev/ixgbe)" says ix(4) is the ixgbe driver. Only a link naming
 * one man page counts: "[lem(4)/em(4)/igb(4)](…/sys/dev/e1000)" says no one of them is e1000.
 */
export function driverOfLink(text: string, url: string): [string, string] | undefined {
  const pages = [...new Set([...text.matchAll(MAN_PAGE)].map((m) => m[1]!))];
  const directory = DRIVER_DIRECTORY.exec(url)?.[1];
  if (pages.length !== 1 || !directory || pages[0] === directory) return undefined;
  return [pages[0]!, directory];
}
