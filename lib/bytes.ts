// Byte arrays: the parts a stream or a deflate hands out, joined into one.

/** The parts in order, as one array (the part itself when there is one; `total` is their summed length). */
export function joinBytes(parts: readonly Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}
