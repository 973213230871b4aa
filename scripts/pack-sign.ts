// Signs a pack file: Ed25519 over its exact bytes, written as base64 to <pack>.sig.
//   npm run pack:sign -- pack.json --key key.pem [--out pack.json.sig]
// The pack is validated first (an invalid pack is not signed), and the signature is checked with the public key
// derived from the private key before it is written. Sign the file exactly as it will be published: any later
// change, even one space, breaks the signature.
import { readFileSync, writeFileSync } from 'node:fs';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { parsePack, formatPackErrors } from '../lib/pack/validate';
import { computeKeyId, encodeBase64, verifyPackSignature } from '../lib/pack/signature';

function usage(): never {
  console.error('Usage: npm run pack:sign -- pack.json --key key.pem [--out pack.json.sig]');
  process.exit(2);
}

function pemBody(text: string, label: string): Uint8Array<ArrayBuffer> {
  const m = new RegExp(`-----BEGIN ${label}-----([\\s\\S]+?)-----END ${label}-----`).exec(text);
  if (!m || !m[1]) throw new Error(`The key file holds no "${label}" block; make one with npm run pack:keygen.`);
  return Uint8Array.from(Buffer.from(m[1].replace(/\s+/g, ''), 'base64'));
}

async function main(argv: string[]): Promise<number> {
  let packPath: string | undefined;
  let keyPath: string | undefined;
  let outPath: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--key') keyPath = argv[++i] ?? usage();
    else if (a === '--out') outPath = argv[++i] ?? usage();
    else if (a === '--help' || a === '-h') usage();
    else if (a && !a.startsWith('--') && !packPath) packPath = a;
    else usage();
  }
  if (!packPath || !keyPath) usage();
  outPath ??= `${packPath}.sig`;

  const bytes = new Uint8Array(readFileSync(packPath));
  const parsed = parsePack(bytes);
  if (!parsed.ok) {
    console.error(formatPackErrors(parsed.errors, packPath));
    console.error(`${packPath} is not a valid pack; it was not signed.`);
    return 1;
  }

  const keyText = readFileSync(keyPath, 'utf8');
  const pkcs8 = pemBody(keyText, 'PRIVATE KEY');
  const privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'Ed25519' }, false, ['sign']);
  const signature = new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, privateKey, bytes));
  const signatureB64 = encodeBase64(signature);

  // The raw public key: the last 32 bytes of the SPKI encoding of the key derived from the private key.
  const spki = createPublicKey(createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' })).export({ format: 'der', type: 'spki' });
  const raw = Uint8Array.from(spki.subarray(spki.length - 32));
  const keyId = await computeKeyId(raw);
  const check = await verifyPackSignature(bytes, signatureB64, [{ id: keyId, publicKeyB64: encodeBase64(raw), label: 'signing key' }]);
  if (!check.ok) {
    console.error(`The new signature does not verify (${check.reason}); nothing was written.`);
    return 1;
  }
  writeFileSync(outPath, signatureB64 + '\n');
  const declared = parsed.pack.publisher.keyId;
  console.log(`Signed ${packPath} (${parsed.pack.id} ${parsed.pack.version}, ${bytes.length} bytes) with key ${keyId}: ${outPath}`);
  if (declared && declared !== keyId) console.warn(`Warning: the pack's publisher.keyId is ${declared}, not ${keyId}.`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  },
);
