// The bounds on what is read back, and the share code's version. Not exported from the package's index, so a bundler
// inlines them; their values are documented in docs/architecture.md ("Stored data").

/**
 * The longest saved text read back, in characters: 16 KB. A save the coach writes is under 2 KB (every what-if and a
 * 254-character address included); anything longer was not written by it and is refused as `tooLarge` unparsed.
 */
export const MAX_SAVE_LENGTH = 16 * 1024;

/** The longest text read as a share code; a real one is under 30 characters even spaced out. Longer is refused unread. */
export const MAX_SHARE_CODE_INPUT = 100;

/** The share code's format version, its first character. Version 1 (base-36 numbers between dashes) is refused. */
export const SHARE_CODE_VERSION = 2;
