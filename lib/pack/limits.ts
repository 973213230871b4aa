// Size limits of pack files, shared by every way one comes in (the options page, a subscription, the validator),
// so a pack one of them accepts is never refused by another.

/**
 * Largest pack file: 32 MiB holds about 115,000 patterns (a 50,000-pattern pack is 13.8 MB). The options page sends
 * the file's text to the background in one message, which Chrome serialises as JSON and caps at 64 MiB: escaping
 * can at most double a pack's text, so 32 MiB always fits.
 */
export const MAX_PACK_BYTES = 32 * 1024 * 1024;
