// Makes an Ed25519 key pair for signing packs.
//   npm run pack:keygen -- [--out key.pem] [--force]
// Writes the private key (PKCS#8 PEM, mode 0600) and prints the raw public key (base64) and its key id: the first
// 16 hex digits of the SHA-256 of the raw key. Put the public key and id in the extension's trusted keys, and the
// id in the pack's publisher.keyId. Keep key.pem out of the repository.
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { computeKeyId, encodeBase64 } from '../lib/pack/signature';

function usage(): never {
  console.error('Usage: npm run pack:keygen -- [--out key.pem] [--force]');
  process.exit(2);
}

function pem(label: string, der: Uint8Array): string {
  const b64 = encodeBase64(der).replace(/.{1,64}/g, '$&\n');
  return `-----BEGIN ${label}-----\n${b64}-----END ${label}-----\n`;
}

async function main(argv: string[]): Promise<number> {
  let out = 'key.pem';
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') out = argv[++i] ?? usage();
    else if (a === '--force') force = true;
    else if (a === '--help' || a === '-h') usage();
    else usage();
  }
  const path = resolve(out);
  if (existsSync(path) && !force) {
    console.error(`${out} already exists; pass --force to replace it (the old key would be lost).`);
    return 1;
  }
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  writeFileSync(path, pem('PRIVATE KEY', pkcs8), { mode: 0o600 });
  const keyId = await computeKeyId(raw);
  const publicKeyB64 = encodeBase64(raw);
  console.log(`Private key: ${path} (keep it secret; do not commit it)`);
  console.log(`Public key (raw, base64): ${publicKeyB64}`);
  console.log(`Key id: ${keyId}`);
  console.log('Trusted key entry:');
  console.log(JSON.stringify({ id: keyId, publicKeyB64, label: 'Pack signing key' }, null, 2));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  },
);
