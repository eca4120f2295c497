/** How the corpus establishes that two names are one thing. */
export type AliasEvidence =
  /** "Single Root I/O Virtualization (SR-IOV)", "GSoC (Google Summer of Code)". */
  | 'acronym'
  /** "AArch64 (arm64)" and "arm64 (aarch64)", or "arm64 (or aarch64)". */
  | 'parenthetical'
  /** A man page linked to the driver directory of another name: "[ix(4) changes](…/sys/dev/ixgbe)". */
  | 'driver';

/** Two names of one thing, as written in the corpus, with how often and where it says so. */
export interface AliasPair {
  /** The short or first-written form: "SR-IOV", "arm64", "ix". */
  short: string;
  /** The long or second form: "Single Root I/O Virtualization", "aarch64", "ixgbe". */
  long: string;
  evidence: AliasEvidence;
  /** Times the corpus says so. */
  count: number;
  /** Entries saying so, oldest first, each once. */
  entryIds: string[];
}
