// Pack subscriptions: a pack followed at an https address, with its Ed25519 signature next to it
// (`<url>.sig`, the path with ".sig" appended). A fetched pack is refused — and nothing changes — when it is
// unsigned, wrongly signed, invalid, or not newer than the installed version. Fetches send no cookies and
// revalidate with the server (cache 'no-cache'). Updates run when the user asks, or on the optional alarm.
import type { PackSummary } from '../messages';
import type { Pack } from '../pack/schema';
import { comparePackVersions, verifyPackSignature } from '../pack/signature';
import { MAX_PACK_BYTES } from '../pack/limits';
import { parsePack } from '../pack/validate';
import type { SubscriptionInfo } from '../store/db';
import { CUSTOM_PACK_ID, getPackRecord, installPack, listPackRecords, StoreError, updatePackRecord } from '../store/packs';
import type { BackgroundEnv } from './env';
import type { KeysService } from './keys-service';
import { toSummary } from './packs-service';
import { errorText } from './util';

/** Largest signature file fetched (base64 of 64 bytes, with some room for line breaks). */
export const MAX_SIG_BYTES = 4096;

export interface UpdateResult {
  ok: boolean;
  message: string;
  version?: string;
}

/** A failure with a message for the user; nothing was installed. */
export class SubscriptionError extends Error {
  override name = 'SubscriptionError';
}

/** The subscription address, normalised; throws for anything but an https URL without credentials. */
export function checkSubscriptionUrl(url: unknown): URL {
  let u: URL;
  try {
    u = new URL(String(url ?? '').trim());
  } catch {
    throw new SubscriptionError('This is not a web address.');
  }
  if (u.protocol !== 'https:') throw new SubscriptionError('Packs can only be followed at an https:// address.');
  if (u.username || u.password) throw new SubscriptionError('The address must not contain a user name or password.');
  u.hash = '';
  return u;
}

/** The signature's address: the pack's path with ".sig" appended (query kept). */
export function signatureUrl(packUrl: URL): URL {
  const s = new URL(packUrl.href);
  s.pathname = s.pathname + '.sig';
  return s;
}

interface Fetched {
  text: string;
  bytes: Uint8Array;
  pack: Pack;
  signedBy: string;
}

export class SubscriptionsService {
  constructor(
    private readonly env: BackgroundEnv,
    private readonly keys: KeysService,
    private readonly onChange: () => Promise<void>,
  ) {}

  private async get(url: URL, maxBytes: number, what: string): Promise<Uint8Array | null> {
    let res: Response;
    try {
      res = await this.env.fetch(url.href, {
        credentials: 'omit',
        cache: 'no-cache',
        redirect: 'follow',
        referrerPolicy: 'no-referrer',
      });
    } catch (err) {
      throw new SubscriptionError(`Could not download the ${what}: ${errorText(err)}`);
    }
    if (res.status === 404 || res.status === 410) return null;
    if (!res.ok) throw new SubscriptionError(`Could not download the ${what}: the server answered ${res.status}.`);
    if (res.url && !res.url.startsWith('https:')) throw new SubscriptionError(`The ${what} was redirected to an address that is not https.`);
    const declared = Number(res.headers?.get?.('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) throw new SubscriptionError(`The ${what} is too large.`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.byteLength > maxBytes) throw new SubscriptionError(`The ${what} is too large.`);
    return bytes;
  }

  /** Downloads, validates and verifies a pack and its signature. Throws SubscriptionError on any refusal. */
  async fetchVerified(url: URL): Promise<Fetched> {
    const bytes = await this.get(url, MAX_PACK_BYTES, 'pack');
    if (!bytes) throw new SubscriptionError('No pack was found at this address (404).');
    const sigBytes = await this.get(signatureUrl(url), MAX_SIG_BYTES, 'signature');
    if (!sigBytes || sigBytes.byteLength === 0) {
      throw new SubscriptionError(`This pack is not signed (no ${signatureUrl(url).pathname.split('/').pop()} next to it); unsigned packs cannot be followed.`);
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new SubscriptionError('The pack is not UTF-8 text.');
    }
    const sigText = new TextDecoder().decode(sigBytes).trim();
    const verdict = await verifyPackSignature(bytes, sigText, await this.keys.trusted());
    if (!verdict.ok) throw new SubscriptionError(verdict.message);
    const parsed = parsePack(text);
    if (!parsed.ok) {
      const first = parsed.errors[0];
      throw new SubscriptionError(`The pack is not valid: ${first ? first.message : 'unknown error'}${parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more)` : ''}`);
    }
    if (parsed.pack.id === CUSTOM_PACK_ID) throw new SubscriptionError('This id is reserved for your own patterns.');
    return { text, bytes, pack: parsed.pack, signedBy: verdict.keyId };
  }

  /** Follows a pack at an https address: installs it (signed, valid) and records the subscription. */
  async add(rawUrl: string): Promise<PackSummary> {
    const url = checkSubscriptionUrl(rawUrl);
    const got = await this.fetchVerified(url);
    const db = await this.env.db();
    const now = this.env.now().toISOString();
    const subscription: SubscriptionInfo = { url: url.href, lastChecked: now, lastError: null };
    const installed = await getPackRecord(db, got.pack.id);
    if (installed) {
      const cmp = comparePackVersions(got.pack.version, installed.version);
      if (cmp < 0) {
        throw new SubscriptionError(`The pack at this address has version ${got.pack.version}, older than the installed ${installed.version}; nothing was changed.`);
      }
      if (cmp === 0) {
        const rec = await updatePackRecord(db, installed.id, (r) => ({ ...r, subscription }));
        return toSummary(rec ?? installed);
      }
    }
    try {
      const { record } = await installPack(db, got.pack, got.text, { subscription, signedBy: got.signedBy, source: url.href, now: this.env.now() });
      await this.onChange();
      return toSummary(record);
    } catch (err) {
      throw new SubscriptionError(err instanceof StoreError ? err.message : errorText(err));
    }
  }

  /** Checks a subscribed pack for a newer signed version and installs it. Refusals change no pattern. */
  async update(id: string): Promise<UpdateResult> {
    const db = await this.env.db();
    const rec = await getPackRecord(db, id);
    if (!rec) return { ok: false, message: 'This pack is not installed.' };
    if (!rec.subscription) return { ok: false, message: 'This pack was imported from a file; it has no address to update from.', version: rec.version };
    const url = rec.subscription.url;
    const record = async (lastError: string | null) => {
      await updatePackRecord(db, id, (r) =>
        r.subscription ? { ...r, subscription: { ...r.subscription, lastChecked: this.env.now().toISOString(), lastError } } : null,
      );
    };
    let got: Fetched;
    try {
      got = await this.fetchVerified(checkSubscriptionUrl(url));
    } catch (err) {
      const message = `${errorText(err)}${/nothing was changed/i.test(errorText(err)) ? '' : ' Nothing was changed.'}`;
      await record(message);
      return { ok: false, message, version: rec.version };
    }
    if (got.pack.id !== id) {
      const message = `The address now serves another pack ("${got.pack.id}"); nothing was changed.`;
      await record(message);
      return { ok: false, message, version: rec.version };
    }
    const cmp = comparePackVersions(got.pack.version, rec.version);
    if (cmp === 0) {
      await record(null);
      return { ok: true, message: `Already up to date (version ${rec.version}).`, version: rec.version };
    }
    if (cmp < 0) {
      const message = `The address serves version ${got.pack.version}, older than the installed ${rec.version}; nothing was changed.`;
      await record(message);
      return { ok: false, message, version: rec.version };
    }
    try {
      await installPack(db, got.pack, got.text, {
        signedBy: got.signedBy,
        source: url,
        subscription: { url, lastChecked: this.env.now().toISOString(), lastError: null },
        now: this.env.now(),
      });
    } catch (err) {
      const message = err instanceof StoreError ? err.message : `Could not install the update; nothing was changed. (${errorText(err)})`;
      await record(message);
      return { ok: false, message, version: rec.version };
    }
    if (rec.enabled) await this.onChange();
    return { ok: true, message: `Updated to version ${got.pack.version}.`, version: got.pack.version };
  }

  /** Updates every subscribed pack (the scheduled alarm); failures are recorded on each pack. */
  async updateAll(): Promise<Record<string, UpdateResult>> {
    const out: Record<string, UpdateResult> = {};
    for (const rec of await listPackRecords(await this.env.db())) {
      if (!rec.subscription) continue;
      try {
        out[rec.id] = await this.update(rec.id);
      } catch (err) {
        out[rec.id] = { ok: false, message: errorText(err) };
      }
    }
    return out;
  }
}
