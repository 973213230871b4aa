// Small helpers of the options page: downloads, file reading with progress, form validation, and My patterns' pack id.

/** Saves `text` as a file through a Blob URL and a temporary <a download>. */
export function downloadText(filename: string, text: string, mime: string): void {
  const blob = new Blob([text], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Today's date as YYYY-MM-DD, for file names. */
export function dateStamp(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Largest pack file the page reads: the validator's limit (the background validates the rest). */
export { MAX_PACK_BYTES } from '../../lib/pack/limits';

/** A file whose bytes are not text (an image, a spreadsheet, a file saved in a legacy encoding). */
export class NotTextError extends Error {
  constructor() {
    super('The file is not UTF-8 text.');
  }
}

/**
 * Reads a file as UTF-8 text (UTF-16 with its byte order mark), reporting progress for large files. Bytes that are
 * not text throw NotTextError, rather than turning into replacement characters that the JSON check would quote.
 */
export async function readTextWithProgress(file: Blob, onProgress?: (loaded: number, total: number) => void): Promise<string> {
  const bytes =
    typeof FileReader === 'undefined'
      ? await file.arrayBuffer()
      : await new Promise<ArrayBuffer>((resolve, reject) => {
          const reader = new FileReader();
          reader.onprogress = (e) => {
            if (e.lengthComputable) onProgress?.(e.loaded, e.total);
          };
          reader.onload = () => resolve(reader.result && typeof reader.result !== 'string' ? reader.result : new ArrayBuffer(0));
          reader.onerror = () => reject(reader.error ?? new Error('read failed'));
          reader.readAsArrayBuffer(file);
        });
  // A byte order mark says UTF-16, as the browser's own text reading would take it; otherwise UTF-8.
  const head = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  const encoding = head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : 'utf-8';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new NotTextError();
  }
  // NUL is in no text file: UTF-16 saved without its mark reads as valid UTF-8 with one after every letter.
  if (text.includes('\0')) throw new NotTextError();
  return text;
}

function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/**
 * A detached signature as the background expects it (base64 text): a text .sig file is passed on trimmed,
 * a binary one is encoded.
 */
export async function readSignature(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).trim();
  if (text && /^[A-Za-z0-9+/=_\-\s]+$/.test(text)) return text.replace(/\s+/g, '');
  return bytesToBase64(bytes);
}

/** An https: URL without credentials, or null. */
export function parseHttpsUrl(value: string): URL | null {
  const v = value.trim();
  if (!v) return null;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !url.hostname || url.username || url.password) return null;
  return url;
}

/** True for base64 (standard or URL-safe, padding optional) of exactly 32 bytes: an Ed25519 public key. */
export function looksLikePublicKey(value: string): boolean {
  const v = value.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(v)) return false;
  // An Ed25519 public key is 32 bytes (what the publisher's pack:keygen prints), the only kind the background takes.
  const bytes = Math.floor((v.replace(/=+$/, '').length * 3) / 4);
  return bytes === 32;
}

/** The message of whatever a rejected promise carried. */
export function errorText(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === 'string') return err;
  try {
    return JSON.stringify(err);
  } catch {
    return String(err);
  }
}

/** Shortens a long key for display: start…end. */
export function middleEllipsis(s: string, head = 10, tail = 8): string {
  return s.length <= head + tail + 1 ? s : `${s.slice(0, head)}…${s.slice(-tail)}`;
}

/** File name friendly form of a pack id. */
export function fileSafe(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'pack';
}

/** Id of the local "My patterns" pack (lib/store/packs' CUSTOM_PACK_ID, without the store's code in the page). */
export const CUSTOM_PACK_ID = 'local.my-patterns';
