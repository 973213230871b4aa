// Base64 (RFC 4648, with padding): bytes that cross chrome.runtime messaging (JSON-serialised) travel as a string
// (the matcher snapshot's buffer, an evidence screenshot), and keys and signatures are written in it. Strict
// decoding here; lib/pack/signature.ts accepts the looser forms people paste. No platform API needed.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ENC = new Uint8Array(64);
const DEC = new Uint8Array(128).fill(255);
for (let i = 0; i < 64; i++) {
  ENC[i] = ALPHABET.charCodeAt(i);
  DEC[ALPHABET.charCodeAt(i)] = i;
}
const PAD = 0x3d; // '='
const latin1 = new TextDecoder('latin1');

export function encodeBase64(bytes: Uint8Array): string {
  const n = bytes.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = ENC[v >>> 18]!;
    out[o++] = ENC[(v >>> 12) & 63]!;
    out[o++] = ENC[(v >>> 6) & 63]!;
    out[o++] = ENC[v & 63]!;
  }
  if (i < n) {
    const v = (bytes[i]! << 16) | (i + 1 < n ? bytes[i + 1]! << 8 : 0);
    out[o++] = ENC[v >>> 18]!;
    out[o++] = ENC[(v >>> 12) & 63]!;
    out[o++] = i + 1 < n ? ENC[(v >>> 6) & 63]! : PAD;
    out[o] = PAD;
  }
  return latin1.decode(out); // every byte is ASCII, so latin1 gives the same characters
}

/**
 * How many bytes `text` decodes to, read from its length and padding alone (decodeBase64 checks every character).
 * Throws on a length that is not a multiple of 4, as decodeBase64 does.
 */
export function base64ByteLength(text: string): number {
  const len = text.length;
  if (len % 4 !== 0) throw new Error(`base64: length ${len} is not a multiple of 4`);
  let pad = 0;
  if (len > 0 && text.charCodeAt(len - 1) === PAD) pad++;
  if (len > 1 && text.charCodeAt(len - 2) === PAD) pad++;
  return (len / 4) * 3 - pad;
}

/** Decodes into a fresh, 8-byte-aligned ArrayBuffer. Throws on characters outside the alphabet or a bad length. */
export function decodeBase64(text: string): Uint8Array {
  const len = text.length;
  const n = base64ByteLength(text);
  const pad = (len / 4) * 3 - n;
  const out = new Uint8Array(n);
  let o = 0;
  for (let i = 0; i < len; i += 4) {
    const a = dec(text, i);
    const b = dec(text, i + 1);
    const last = i + 4 === len;
    const c = last && pad >= 2 ? 0 : dec(text, i + 2);
    const d = last && pad >= 1 ? 0 : dec(text, i + 3);
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = v >>> 16;
    if (o < n) out[o++] = (v >>> 8) & 255;
    if (o < n) out[o++] = v & 255;
  }
  return out;
}

function dec(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const v = c < 128 ? DEC[c]! : 255;
  if (v === 255) throw new Error(`base64: invalid character at ${i}`);
  return v;
}
