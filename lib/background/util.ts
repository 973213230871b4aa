// Small helpers (ids, input checks, error text) for the background services, and the id the content script gives
// its run of tab reports. No extension API here.

/** A random id (UUID v4). */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** A trimmed string of at most `max` characters, or null when the value is not a string. */
export function boundedString(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  return s.length > max ? s.slice(0, max) : s;
}

/** An https URL (as a string), or null. */
export function httpsUrlOrNull(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const u = new URL(value);
    return u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Hex SHA-256 of a string's UTF-8 bytes. */
export async function sha256HexOf(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
