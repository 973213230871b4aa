// Trusted publisher keys for pack signatures: the built-in key(s) shipped in the extension
// (public/keys/default-publisher.json, read once per worker) plus keys the user added in the options page.
import type { TrustedKeyView } from '../messages';
import { computeKeyId, decodeBase64, encodeBase64 } from '../pack/signature';
import { addStoredKey, deleteStoredKey, listStoredKeys } from '../store/keys';
import type { BackgroundEnv, BuiltInKey } from './env';
import { boundedString } from './util';
import { readUiLang } from './ui-lang';
import { t } from '../i18n';

export class KeysService {
  private builtIns: Promise<BuiltInKey[]> | null = null;

  constructor(private readonly env: BackgroundEnv) {}

  private builtInKeys(): Promise<BuiltInKey[]> {
    this.builtIns ??= this.env.loadBuiltInKeys().catch((err: unknown) => {
      this.env.logError('keys: built-in keys', err);
      this.builtIns = null;
      return [];
    });
    return this.builtIns;
  }

  /** Every trusted key, built-in first: the list signatures are checked against, and the one the options page shows. */
  async list(): Promise<TrustedKeyView[]> {
    const [builtIn, stored] = await Promise.all([this.builtInKeys(), listStoredKeys(await this.env.db())]);
    const ids = new Set(builtIn.map((k) => k.id));
    return [
      ...builtIn.map((k) => ({ id: k.id, label: k.label, publicKeyB64: k.publicKeyB64, builtIn: true })),
      ...stored.filter((k) => !ids.has(k.id)).map((k) => ({ id: k.id, label: k.label, publicKeyB64: k.publicKeyB64, builtIn: false })),
    ];
  }

  async trust(data: { label: string; publicKeyB64: string }): Promise<TrustedKeyView> {
    const raw = typeof data?.publicKeyB64 === 'string' ? decodeBase64(data.publicKeyB64) : null;
    if (!raw || raw.length !== 32) {
      throw new Error(t(await readUiLang(this.env), 'opt_keys_key_invalid'));
    }
    const id = await computeKeyId(raw);
    const label = boundedString(data.label, 120) || `Key ${id}`;
    const builtIn = (await this.builtInKeys()).find((k) => k.id === id);
    if (builtIn) return { id, label: builtIn.label, publicKeyB64: builtIn.publicKeyB64, builtIn: true, alreadyTrusted: true };
    const fresh = { id, label, publicKeyB64: encodeBase64(raw), addedAt: this.env.now().toISOString() };
    // The store hands back the record it already holds for this key (its label kept) instead of adding another.
    const rec = await addStoredKey(await this.env.db(), fresh);
    return { id: rec.id, label: rec.label, publicKeyB64: rec.publicKeyB64, builtIn: false, ...(rec !== fresh ? { alreadyTrusted: true } : {}) };
  }

  async untrust(id: string): Promise<void> {
    if ((await this.builtInKeys()).some((k) => k.id === id)) {
      throw new Error('The key shipped with Firebreak cannot be removed.');
    }
    await deleteStoredKey(await this.env.db(), id);
  }
}

/** Reads public/keys/default-publisher.json: one key object or a list of them ({ id?, label, publicKeyB64 }). */
export async function parseBuiltInKeys(json: unknown): Promise<BuiltInKey[]> {
  const items = Array.isArray(json) ? json : json && typeof json === 'object' && 'keys' in json ? (json as { keys: unknown }).keys : [json];
  const out: BuiltInKey[] = [];
  for (const item of Array.isArray(items) ? items : []) {
    if (!item || typeof item !== 'object') continue;
    const o = item as Record<string, unknown>;
    const b64 = typeof o.publicKeyB64 === 'string' ? o.publicKeyB64 : typeof o.publicKey === 'string' ? o.publicKey : null;
    const raw = b64 ? decodeBase64(b64) : null;
    if (!raw || raw.length !== 32) continue;
    const id = await computeKeyId(raw);
    out.push({ id, label: typeof o.label === 'string' ? o.label : 'Firebreak default pack', publicKeyB64: encodeBase64(raw) });
  }
  return out;
}
