// Pack signatures (Ed25519 over the exact file bytes, WebCrypto) and pack version comparison; the keygen and sign
// scripts end to end.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  comparePackVersions,
  computeKeyId,
  decodeBase64,
  encodeBase64,
  parsePackVersion,
  verifyPackSignature,
  type TrustedKey,
} from '../../lib/pack/signature';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = join(ROOT, 'test/fixtures/packs/valid-minimal.json');
const packBytes = new Uint8Array(readFileSync(FIXTURE));
/** tsx's loader by absolute URL: the scripts run in a temporary directory. */
const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

interface Signer {
  key: TrustedKey;
  sign(bytes: Uint8Array): Promise<string>;
}

async function makeSigner(label: string): Promise<Signer> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return {
    key: { id: await computeKeyId(raw), publicKeyB64: encodeBase64(raw), label },
    async sign(bytes) {
      return encodeBase64(new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, pair.privateKey, new Uint8Array(bytes))));
    },
  };
}

let publisher: Signer;
let stranger: Signer;
let signature: string;

beforeAll(async () => {
  publisher = await makeSigner('Test publisher');
  stranger = await makeSigner('Someone else');
  signature = await publisher.sign(packBytes);
});

describe('verifyPackSignature', () => {
  it('accepts a good signature and names the key', async () => {
    expect(await verifyPackSignature(packBytes, signature, [publisher.key])).toEqual({ ok: true, keyId: publisher.key.id });
    // As written to a .sig file: with a final line break.
    expect((await verifyPackSignature(packBytes, signature + '\n', [publisher.key])).ok).toBe(true);
    // The right key need not be first.
    expect(await verifyPackSignature(packBytes, signature, [stranger.key, publisher.key])).toEqual({ ok: true, keyId: publisher.key.id });
  });

  it('refuses a pack with one byte changed', async () => {
    for (const at of [0, 100, packBytes.length - 1]) {
      const tampered = packBytes.slice();
      tampered[at] = (tampered[at] ?? 0) ^ 0x01;
      const r = await verifyPackSignature(tampered, signature, [publisher.key]);
      expect(r).toMatchObject({ ok: false, reason: 'bad-signature' });
    }
    // One byte more (a trailing line break added by an editor) also breaks it.
    const longer = new Uint8Array([...packBytes, 0x0a]);
    expect((await verifyPackSignature(longer, signature, [publisher.key])).ok).toBe(false);
  });

  it('refuses a signature made with another key', async () => {
    const r = await verifyPackSignature(packBytes, await stranger.sign(packBytes), [publisher.key]);
    expect(r).toMatchObject({ ok: false, reason: 'bad-signature' });
    if (!r.ok) expect(r.message).toMatch(/^The signature does not match the pack/);
  });

  it('refuses a missing or garbled signature', async () => {
    expect(await verifyPackSignature(packBytes, '', [publisher.key])).toMatchObject({ ok: false, reason: 'missing-signature' });
    expect(await verifyPackSignature(packBytes, '  \n', [publisher.key])).toMatchObject({ ok: false, reason: 'missing-signature' });
    for (const garbled of ['not base64 at all!', signature.slice(0, 40), signature + 'AAAA', '%%%%', encodeBase64(new Uint8Array(63))]) {
      expect(await verifyPackSignature(packBytes, garbled, [publisher.key])).toMatchObject({ ok: false, reason: 'malformed-signature' });
    }
    // Right length, wrong bytes.
    expect(await verifyPackSignature(packBytes, encodeBase64(new Uint8Array(64)), [publisher.key])).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('refuses when no usable trusted key is given', async () => {
    expect(await verifyPackSignature(packBytes, signature, [])).toMatchObject({ ok: false, reason: 'no-trusted-key' });
    const broken: TrustedKey = { id: 'broken', publicKeyB64: 'AAAA', label: 'Too short' };
    expect(await verifyPackSignature(packBytes, signature, [broken])).toMatchObject({ ok: false, reason: 'no-trusted-key' });
    expect(await verifyPackSignature(packBytes, signature, [broken, publisher.key])).toEqual({ ok: true, keyId: publisher.key.id });
  });

  it('verifies the RFC 8032 Ed25519 test vector 1 (raw key import)', async () => {
    const hex = (s: string): Uint8Array => Uint8Array.from(s.match(/../g)!.map((b) => parseInt(b, 16)));
    const key: TrustedKey = {
      id: 'rfc8032-1',
      publicKeyB64: encodeBase64(hex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a')),
      label: 'RFC 8032 test 1',
    };
    const sig = encodeBase64(
      hex('e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b'),
    );
    expect(await verifyPackSignature(new Uint8Array(0), sig, [key])).toEqual({ ok: true, keyId: 'rfc8032-1' });
    expect((await verifyPackSignature(new Uint8Array([0]), sig, [key])).ok).toBe(false);
  });
});

describe('key ids and base64', () => {
  it('computes the key id as the first 16 hex digits of SHA-256 of the raw key', async () => {
    // SHA-256 of 32 zero bytes = 66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925
    expect(await computeKeyId(new Uint8Array(32))).toBe('66687aadf862bd77');
    expect(publisher.key.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('decodes strict base64 (standard or URL-safe, whitespace ignored) and refuses the rest', () => {
    const bytes = Uint8Array.from({ length: 70 }, (_, i) => (i * 37) & 0xff);
    const b64 = encodeBase64(bytes);
    expect(decodeBase64(b64)).toEqual(bytes);
    expect(decodeBase64(b64.replace(/.{20}/g, '$&\n'))).toEqual(bytes);
    expect(decodeBase64(b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''))).toEqual(bytes);
    expect(decodeBase64('a*b=')).toBeNull();
    expect(decodeBase64('abcde')).toBeNull();
  });
});

describe('comparePackVersions', () => {
  it('compares x.y.z numerically', () => {
    expect(comparePackVersions('1.10.0', '1.9.3')).toBe(1);
    expect(comparePackVersions('1.9.3', '1.10.0')).toBe(-1);
    expect(comparePackVersions('2.0.0', '10.0.0')).toBe(-1);
    expect(comparePackVersions('1.2.3', '1.2.3')).toBe(0);
    expect(comparePackVersions('0.0.10', '0.0.9')).toBe(1);
    expect(['1.0.10', '1.0.2', '0.9.0', '1.0.0'].sort(comparePackVersions)).toEqual(['0.9.0', '1.0.0', '1.0.2', '1.0.10']);
  });

  it('throws on versions that are not x.y.z', () => {
    for (const bad of ['1.2', '1.2.3.4', 'v1.2.3', '01.2.3', '1.2.3-beta', '', 'x.y.z']) {
      expect(parsePackVersion(bad)).toBeNull();
      expect(() => comparePackVersions(bad, '1.0.0')).toThrow(RangeError);
      expect(() => comparePackVersions('1.0.0', bad)).toThrow(RangeError);
    }
  });
});

describe('pack:keygen and pack:sign scripts', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'firebreak-sign-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const tsx = (script: string, args: string[]) =>
    spawnSync(process.execPath, ['--import', TSX_LOADER, join(ROOT, 'scripts', script), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });

  it('makes a key, signs a pack, and the signature verifies with the printed public key', async () => {
    const gen = tsx('pack-keygen.ts', ['--out', 'key.pem']);
    expect(gen.status, gen.stderr).toBe(0);
    expect(statSync(join(dir, 'key.pem')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'key.pem'), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    const publicKeyB64 = /Public key \(raw, base64\): (\S+)/.exec(gen.stdout)?.[1];
    const keyId = /Key id: ([0-9a-f]{16})/.exec(gen.stdout)?.[1];
    expect(publicKeyB64 && keyId).toBeTruthy();
    expect(await computeKeyId(decodeBase64(publicKeyB64!)!)).toBe(keyId);

    // Refuses to overwrite a key.
    expect(tsx('pack-keygen.ts', ['--out', 'key.pem']).status).toBe(1);

    copyFileSync(FIXTURE, join(dir, 'pack.json'));
    const sign = tsx('pack-sign.ts', ['pack.json', '--key', 'key.pem']);
    expect(sign.status, sign.stderr).toBe(0);
    const sig = readFileSync(join(dir, 'pack.json.sig'), 'utf8');
    const key: TrustedKey = { id: keyId!, publicKeyB64: publicKeyB64!, label: 'generated' };
    expect(await verifyPackSignature(new Uint8Array(readFileSync(join(dir, 'pack.json'))), sig, [key])).toEqual({ ok: true, keyId });

    // pack:check verifies it too.
    const check = tsx('pack-check.ts', ['pack.json', '--pubkey', publicKeyB64!]);
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/signature: good/);
  }, 120_000);

  it('pack:check --sample: a line starting with a hashtag is a post, "# …" a comment', () => {
    writeFileSync(join(dir, 'posts.txt'), '# samples for the default pack\n#FlamesOfTheSupporters partagez\n\nBonne journée à tous\n');
    const r = tsx('pack-check.ts', [join(ROOT, 'public/packs/default.json'), '--sample', 'posts.txt']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Sample posts\.txt: 2 posts, 1 flagged\./);
    expect(r.stdout).toMatch(/posts\.txt:2: #FlamesOfTheSupporters partagez/);
  }, 60_000);

  it('does not sign an invalid pack', () => {
    const bad = join(dir, 'bad.json');
    copyFileSync(FIXTURE, bad);
    const text = readFileSync(bad, 'utf8').replace('"severity": "high"', '"severity": "urgent"');
    writeFileSync(bad, text);
    const r = tsx('pack-sign.ts', ['bad.json', '--key', 'key.pem']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/has severity "urgent"/);
    expect(r.stderr).toMatch(/was not signed/);
  }, 60_000);
});
