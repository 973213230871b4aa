// The background's side of the snapshot transport: the compiled matcher's buffer deflated (fflate, raw DEFLATE)
// and base64-encoded, as the tabs receive it (lib/content/snapshot-load.ts inflates it with the browser's own
// DecompressionStream) and as the snapshot cache keeps it. Measured on the 10,000-pattern buffer plus the default
// pack's (4.3 MB) in Chromium: 5.7 million base64 characters, about 800 ms for a tab to receive over runtime
// messaging, became 1.5 million. fflate at level 2 deflates it in about 130 ms, the browser's CompressionStream took
// 360–400 ms (it offers no level); both take about 380 ms the first time in a worker (fflate's code still cold).
// The buffer is deflated in slices of 512 KB with a pause of 8 ms between them, so that the worker answers other
// messages meanwhile: with pauses of 0 ms (1 MB slices), the options page's list request after an import waited in
// Chromium until the whole buffer was deflated (430 ms); with these, about 100 ms.
import { Deflate } from 'fflate';
import { encodeBase64 } from '../base64';
import { joinBytes } from '../bytes';
import type { SnapshotParts } from '../match/matcher';
import type { WireSnapshot } from '../messages';

/** Bytes of the buffer deflated between two pauses, and the pause (ms). */
const SLICE_BYTES = 1 << 19;
const PAUSE_MS = 8;
/** fflate's level: 2 reads nearly as small as 6 (1.11 against 1.08 MB) in half the time. */
const LEVEL = 2;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, PAUSE_MS));

/** Deflates `bytes` (raw DEFLATE), a slice at a time. */
export async function deflateBytes(bytes: Uint8Array): Promise<Uint8Array> {
  const out: Uint8Array[] = [];
  let total = 0;
  const deflate = new Deflate({ level: LEVEL }, (chunk) => {
    out.push(chunk);
    total += chunk.length;
  });
  // Every slice in a task of its own, the first one too: what asked for it (a change telling the tabs) answers first.
  await pause();
  if (bytes.length === 0) deflate.push(bytes, true);
  for (let at = 0; at < bytes.length; at += SLICE_BYTES) {
    if (at > 0) await pause();
    const end = Math.min(bytes.length, at + SLICE_BYTES);
    deflate.push(bytes.subarray(at, end), end === bytes.length);
  }
  return joinBytes(out, total);
}

/** The snapshot as it is cached and sent to the tabs. */
export async function toWireSnapshot(parts: SnapshotParts): Promise<WireSnapshot> {
  const deflated = await deflateBytes(parts.bytes);
  return { ...parts.header, encoding: 'deflate-raw', data: encodeBase64(deflated), bytes: parts.bytes.length };
}
