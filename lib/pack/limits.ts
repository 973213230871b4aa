// Size limits of pack files, shared by every way one comes in (the options page, a subscription, the validator),
// so a pack one of them accepts is never refused by another.

/** Largest pack file: 50 MB holds about 180,000 patterns (a 50,000-pattern pack is 13.8 MB), near the schema's 200,000. */
export const MAX_PACK_BYTES = 50 * 1024 * 1024;
