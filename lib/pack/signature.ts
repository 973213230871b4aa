// Pack signatures: Ed25519 over the exact bytes of the pack file, checked with WebCrypto (Chromium, Firefox and
// Node 20 all support { name: 'Ed25519' }). The signature travels next to the pack as base64 text (pack.json.sig).
// Trusted public keys are shipped in the extension's code, never taken from a pack.
import { decodeBase64 as decodeStrict, encodeBase64 } from '../base64';

export interface TrustedKey {
  /** Key id: the first 16 hex digits of the SHA-256 of the raw public key (what scripts/pack-keygen.ts prints). */
  id: string;
  /** The raw 32-byte Ed25519 public key, base64. */
  publicKeyB64: string;
  /** Who holds the private key, for the interface: "Firebreak default pack". */
  label: string;
}

export type SignatureFailure =
  /** No signature was given (empty file or string). */
  | 'missing-signature'
  /** The signature is not base64, or not 64 bytes. */
  | 'malformed-signature'
  /** The list of trusted keys is empty, or none of them is a usable Ed25519 key. */
  | 'no-trusted-key'
  /** The signature is well formed but no trusted key verifies it over these bytes. */
  | 'bad-signature'
  /** This runtime's WebCrypto cannot verify Ed25519. */
  | 'unsupported';

export type SignatureResult = { ok: true; keyId: string } | { ok: false; reason: SignatureFailure; message: string };

const BASE64_RE = /^[A-Za-z0-9+/]*={0,2}$/;

/** Base64 as people paste it (standard or URL-safe alphabet, spaces and line breaks, padding optional). Null when invalid. */
export function decodeBase64(b64: string): Uint8Array | null {
  const s = b64.replace(/[\s]+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  const padded = s.length % 4 === 0 ? s : s + '='.repeat(4 - (s.length % 4));
  if (!BASE64_RE.test(padded)) return null;
  try {
    return decodeStrict(padded);
  } catch {
    return null;
  }
}

export { encodeBase64 };

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A copy in a fresh ArrayBuffer: WebCrypto wants a BufferSource, and a view on a shared buffer may be larger. */
function own(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(new ArrayBuffer(bytes.byteLength));
  copy.set(bytes);
  return copy;
}

/** Key id of a raw 32-byte public key: the first 16 hex digits of its SHA-256. */
export async function computeKeyId(rawPublicKey: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', own(rawPublicKey)));
  return toHex(digest).slice(0, 16);
}

/**
 * Checks an Ed25519 signature over the exact bytes of a pack file against the trusted keys, in order.
 * Never throws: every failure comes back as a reason and a sentence.
 */
export async function verifyPackSignature(
  bytes: Uint8Array,
  signatureB64: string,
  publicKeys: readonly TrustedKey[],
): Promise<SignatureResult> {
  if (typeof signatureB64 !== 'string' || signatureB64.trim() === '') {
    return { ok: false, reason: 'missing-signature', message: 'The pack has no signature.' };
  }
  const signature = decodeBase64(signatureB64);
  if (!signature || signature.length !== 64) {
    return {
      ok: false,
      reason: 'malformed-signature',
      message: 'The signature is not a base64 Ed25519 signature (64 bytes); the .sig file may be damaged or of another kind.',
    };
  }
  if (!globalThis.crypto?.subtle) {
    return { ok: false, reason: 'unsupported', message: 'This browser cannot check signatures (WebCrypto is not available).' };
  }
  const data = own(bytes);
  const sig = own(signature);
  let usableKeys = 0;
  for (const key of publicKeys) {
    const raw = decodeBase64(key.publicKeyB64);
    if (!raw || raw.length !== 32) continue;
    let cryptoKey: CryptoKey;
    try {
      cryptoKey = await crypto.subtle.importKey('raw', own(raw), { name: 'Ed25519' }, false, ['verify']);
    } catch (e) {
      if (e instanceof Error && e.name === 'NotSupportedError') {
        return { ok: false, reason: 'unsupported', message: 'This browser cannot check Ed25519 signatures.' };
      }
      continue;
    }
    usableKeys++;
    try {
      if (await crypto.subtle.verify({ name: 'Ed25519' }, cryptoKey, sig, data)) return { ok: true, keyId: key.id };
    } catch {
      // A key that cannot verify is treated like a key that does not match.
    }
  }
  if (usableKeys === 0) {
    return { ok: false, reason: 'no-trusted-key', message: 'No trusted key is available to check the signature.' };
  }
  return {
    ok: false,
    reason: 'bad-signature',
    message: 'The signature does not match the pack: the file was changed after signing, or it was signed with a key Firebreak does not trust.',
  };
}

const VERSION_RE = /^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})$/;

/** Parses "x.y.z" into numbers, or null. */
export function parsePackVersion(version: string): [number, number, number] | null {
  const m = VERSION_RE.exec(version);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/**
 * Compares two pack versions numerically ("1.10.0" is after "1.9.3"): negative when a < b, 0 when equal,
 * positive when a > b. Throws a RangeError for a version that is not x.y.z.
 */
export function comparePackVersions(a: string, b: string): number {
  const pa = parsePackVersion(a);
  const pb = parsePackVersion(b);
  if (!pa) throw new RangeError(`"${a}" is not a pack version (x.y.z).`);
  if (!pb) throw new RangeError(`"${b}" is not a pack version (x.y.z).`);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] as number) - (pb[i] as number);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}
