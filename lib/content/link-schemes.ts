/**
 * The URL schemes a link may keep, in entry text and in front matter alike: the web, mail, and
 * the ftp, irc and svn addresses the reports gave for downloads, channels and repositories.
 * A link with any other scheme (`javascript:`, `data:`) is shown as its text alone.
 */
export const LINK_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'ftp', 'irc', 'ircs', 'svn', 'git', 'xmpp'];
