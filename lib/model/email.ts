/**
 * An address as mail can reach it: a local part, an `@`, and a domain of dot-separated labels
 * ending in a top-level name (an internationalised one in its ASCII form, `xn--…`, too).
 * Contacts take anything with an `@` (front matter, `<…>` in an AsciiDoc `Contact:`), so a slip
 * of the keyboard in the domain (`example,org`, `exampleorg`) would reach the site unsaid. One
 * test for the import and `kb check`, so they never disagree.
 */
const WELL_FORMED = /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.(?:[A-Za-z]{2,}|xn--[A-Za-z0-9-]+)$/;

/** Whether `address` is an email address mail can reach, as far as its shape tells. */
export function isWellFormedEmail(address: string): boolean {
  return WELL_FORMED.test(address);
}
