// Aliases the corpus establishes (acronyms, names given in parentheses, man pages and their
// driver directories), mined from the entries themselves: for the search's vocabulary and for
// the names of subjects. `mineAliases` is the one entry point.
export { mineAliases, aliasKey } from './mine';
export { findAcronymDefinitions, longFormOf } from './acronyms';
export { findParentheticals } from './parentheticals';
export { driverOfLink } from './driver-links';
export type { AliasPair, AliasEvidence } from './types';
