// Pack subscriptions: a pack followed at an https address, with its Ed25519 signature next to it
// (`<url>.sig`, the path with ".sig" appended). A fetched pack is refused — and nothing changes — when it is
// unsigned, wrongly signed, invalid, or not newer than the installed version. Fetches send no cookies and
// revalidate with the server (cache 'no-cache'). Updates run when the user asks, or on the optional alarm.
import { joinBytes } from '../bytes';
import type { PackSummary } from '../messages';
import type { Pack } from '../pack/schema';
import { comparePackVersions, verifyPackSignature } from '../pack/signature';
import { MAX_PACK_BYTES } from '../pack/limits';
import { parsePack } from '../pack/validate';
import type { PackRecord, SubscriptionInfo } from '../store/db';
import { CUSTOM_PACK_ID, DEFAULT_PACK_ID, getPackRecord, installPack, listPackRecords, updatePackRecord } from '../store/packs';
import type { BackgroundEnv } from './env';
import type { KeysService } from './keys-service';
import { toSummary } from './packs-service';
import { errorText } from './util';
import { publisherKeyMismatch, readUiLang, SIGNATURE_MESSAGE_KEYS, storeErrorText } from './ui-lang';
import { t, tp } from '../i18n';
import type { Lang } from '../types';

/**
 * How long fetching a pack and its signature may take together, bodies included (the browser would otherwise wait
 * for a silent server for minutes, and Firefox drops the options page's message at 30 s).
 */
export const FETCH_TIMEOUT_MS = 20_000;

/** Largest signature file fetched (base64 of 64 bytes, with some room for line breaks). */
export const MAX_SIG_BYTES = 4096;

export interface UpdateResult {
  ok: boolean;
  message: string;
  version?: string;
  /** A newer version was installed (ok without it: the pack was up to date). */
  updated?: boolean;
}

/** A failure with a message for the user, in the interface language; nothing was installed. */
export class SubscriptionError extends Error {
  override name = 'SubscriptionError';
  constructor(
    message: string,
    /** The message already says that nothing was changed. */
    readonly saysNothingChanged = false,
  ) {
    super(message);
  }
}

/** The subscription address, normalised; throws for anything but an https URL without credentials. */
export function checkSubscriptionUrl(url: unknown, lang: Lang = 'en'): URL {
  let u: URL;
  try {
    u = new URL(String(url ?? '').trim());
  } catch {
    throw new SubscriptionError(t(lang, 'sub_err_not_url'));
  }
  if (u.protocol !== 'https:') throw new SubscriptionError(t(lang, 'sub_err_not_https'));
  if (u.username || u.password) throw new SubscriptionError(t(lang, 'sub_err_credentials'));
  u.hash = '';
  return u;
}

/** The signature's address: the pack's path with ".sig" appended (query kept). */
export function signatureUrl(packUrl: URL): URL {
  const s = new URL(packUrl.href);
  s.pathname = s.pathname + '.sig';
  return s;
}

/**
 * A response's body, or null once it passes `maxBytes`: read as it arrives and cancelled there, so that a server
 * sending no length (or a compressed body, whose length says nothing of what it inflates to) cannot make the
 * background hold more than the limit.
 */
export async function readAtMost(res: Response, maxBytes: number): Promise<Uint8Array | null> {
  const reader = res.body?.getReader();
  if (!reader) {
    const whole = new Uint8Array(await res.arrayBuffer());
    return whole.byteLength > maxBytes ? null : whole;
  }
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    parts.push(value);
  }
  return joinBytes(parts, total);
}

/** A download's time limit, shared by a pack and its signature. */
interface Deadline {
  signal: AbortSignal;
  timeout: number;
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

  /**
   * One download. A server that takes the connection and never answers would leave the update (and the options
   * page's row) waiting for good: `deadline` (one for the pack and its signature together) ends it.
   */
  private async get(url: URL, maxBytes: number, what: 'pack' | 'sig', lang: Lang, deadline: Deadline): Promise<Uint8Array | null> {
    const { signal, timeout } = deadline;
    const failed = (err: unknown): SubscriptionError =>
      signal.aborted
        ? new SubscriptionError(t(lang, `sub_err_timeout_${what}`, { seconds: String(Math.round(timeout / 1000)) }))
        : new SubscriptionError(t(lang, `sub_err_download_${what}`, { detail: errorText(err).replace(/[.\s]+$/, '') }));
    let res: Response;
    try {
      res = await this.env.fetch(url.href, {
        credentials: 'omit',
        cache: 'no-cache',
        redirect: 'follow',
        referrerPolicy: 'no-referrer',
        signal,
      });
    } catch (err) {
      throw failed(err);
    }
    if (res.status === 404 || res.status === 410) return null;
    if (!res.ok) throw new SubscriptionError(t(lang, `sub_err_status_${what}`, { status: String(res.status) }));
    if (res.url && !res.url.startsWith('https:')) throw new SubscriptionError(t(lang, `sub_err_redirect_${what}`));
    const declared = Number(res.headers?.get?.('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) throw new SubscriptionError(t(lang, `sub_err_large_${what}`));
    let bytes: Uint8Array | null;
    try {
      bytes = await readAtMost(res, maxBytes);
    } catch (err) {
      throw failed(err);
    }
    if (!bytes) throw new SubscriptionError(t(lang, `sub_err_large_${what}`));
    return bytes;
  }

  /** Downloads, validates and verifies a pack and its signature. Throws SubscriptionError on any refusal. */
  async fetchVerified(url: URL, lang: Lang = 'en'): Promise<Fetched> {
    // The pack and its signature within one deadline: the options page waits for the whole answer, and Firefox
    // drops its message after 30 s.
    const timeout = this.env.fetchTimeoutMs ?? FETCH_TIMEOUT_MS;
    const deadline: Deadline = { signal: AbortSignal.timeout(timeout), timeout };
    const bytes = await this.get(url, MAX_PACK_BYTES, 'pack', lang, deadline);
    if (!bytes) throw new SubscriptionError(t(lang, 'sub_err_not_found'));
    const sigBytes = await this.get(signatureUrl(url), MAX_SIG_BYTES, 'sig', lang, deadline);
    if (!sigBytes || sigBytes.byteLength === 0) {
      throw new SubscriptionError(t(lang, 'sub_err_unsigned', { file: signatureUrl(url).pathname.split('/').pop() ?? '.sig' }));
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new SubscriptionError(t(lang, 'sub_err_not_utf8'));
    }
    const sigText = new TextDecoder().decode(sigBytes).trim();
    const keys = await this.keys.list();
    const verdict = await verifyPackSignature(bytes, sigText, keys);
    if (!verdict.ok) throw new SubscriptionError(t(lang, SIGNATURE_MESSAGE_KEYS[verdict.reason]));
    const parsed = parsePack(text);
    if (!parsed.ok) {
      // The validator's sentence itself is in English (it names the place in the file).
      const detail = parsed.errors[0]?.message ?? '';
      throw new SubscriptionError(
        parsed.errors.length > 1
          ? tp(lang, 'sub_err_invalid_more', parsed.errors.length - 1, { detail, count: String(parsed.errors.length - 1) })
          : t(lang, 'sub_err_invalid_one', { detail }),
      );
    }
    if (parsed.pack.id === CUSTOM_PACK_ID) throw new SubscriptionError(t(lang, 'sub_err_reserved_id'));
    // The default pack's id: only from Firebreak's own publisher (see PacksService.checkSigner).
    if (parsed.pack.id === DEFAULT_PACK_ID && !keys.find((k) => k.id === verdict.keyId)?.builtIn) {
      throw new SubscriptionError(t(lang, 'import_err_default_other_key'), true);
    }
    const declared = publisherKeyMismatch(parsed.pack, verdict.keyId, keys, lang);
    if (declared) throw new SubscriptionError(declared, true);
    return { text, bytes, pack: parsed.pack, signedBy: verdict.keyId };
  }

  /**
   * Why a version signed by `got` may not replace the installed one, or null. A subscribed pack stays with the key
   * that signed it when it was installed: another key the user trusts (another publisher's) must not take over a
   * pack id it does not own, and with it the pack's site profile. The user removes the pack to follow another signer.
   */
  private async otherSigner(installed: { signedBy?: string | null }, got: Fetched, lang: Lang): Promise<string | null> {
    const had = installed.signedBy ?? null;
    if (!had || had === got.signedBy) return null;
    const keys = await this.keys.list();
    // Two keys shipped with Firebreak are one publisher's (a key rotated in an update of the extension).
    const builtIn = (id: string) => keys.find((k) => k.id === id)?.builtIn === true;
    if (builtIn(had) && builtIn(got.signedBy)) return null;
    const name = (id: string) => keys.find((k) => k.id === id)?.label ?? id;
    return t(lang, 'sub_err_other_signer', { got: name(got.signedBy), have: name(had) });
  }

  /** Follows a pack at an https address: installs it (signed, valid) and records the subscription. */
  async add(rawUrl: string): Promise<PackSummary> {
    const lang = await readUiLang(this.env);
    const url = checkSubscriptionUrl(rawUrl, lang);
    const got = await this.fetchVerified(url, lang);
    const db = await this.env.db();
    const now = this.env.now().toISOString();
    const subscription: SubscriptionInfo = { url: url.href, lastChecked: now, lastError: null };
    const installed = await getPackRecord(db, got.pack.id);
    if (installed) {
      const other = await this.otherSigner(installed, got, lang);
      if (other) throw new SubscriptionError(other, true);
      const cmp = comparePackVersions(got.pack.version, installed.version);
      if (cmp < 0) {
        throw new SubscriptionError(t(lang, 'sub_err_older_add', { got: got.pack.version, have: installed.version }), true);
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
      throw new SubscriptionError(storeErrorText(lang, err, 'import-pack') ?? errorText(err));
    }
  }

  /** Checks a subscribed pack for a newer signed version and installs it. Refusals change no pattern. */
  async update(id: string): Promise<UpdateResult> {
    const lang = await readUiLang(this.env);
    const db = await this.env.db();
    const rec = await getPackRecord(db, id);
    if (!rec) return { ok: false, message: t(lang, 'sub_err_not_installed') };
    if (!rec.subscription) return { ok: false, message: t(lang, 'sub_err_no_address'), version: rec.version };
    const url = rec.subscription.url;
    const record = async (lastError: string | null) => {
      await updatePackRecord(db, id, (r) =>
        r.subscription ? { ...r, subscription: { ...r.subscription, lastChecked: this.env.now().toISOString(), lastError } } : null,
      );
    };
    let got: Fetched;
    try {
      got = await this.fetchVerified(checkSubscriptionUrl(url, lang), lang);
    } catch (err) {
      const said = err instanceof SubscriptionError && err.saysNothingChanged;
      const message = said ? errorText(err) : t(lang, 'sub_nothing_changed', { message: errorText(err) });
      await record(message);
      return { ok: false, message, version: rec.version };
    }
    if (got.pack.id !== id) {
      const message = t(lang, 'sub_err_other_pack', { id: got.pack.id });
      await record(message);
      return { ok: false, message, version: rec.version };
    }
    const other = await this.otherSigner(rec, got, lang);
    if (other) {
      await record(other);
      return { ok: false, message: other, version: rec.version };
    }
    const cmp = comparePackVersions(got.pack.version, rec.version);
    if (cmp === 0) {
      await record(null);
      return { ok: true, message: t(lang, 'sub_up_to_date', { version: rec.version }), version: rec.version };
    }
    if (cmp < 0) {
      const message = t(lang, 'sub_err_older_update', { got: got.pack.version, have: rec.version });
      await record(message);
      return { ok: false, message, version: rec.version };
    }
    let installed: PackRecord;
    try {
      // Only over the installed pack: one removed while the update downloaded stays removed.
      ({ record: installed } = await installPack(db, got.pack, got.text, {
        signedBy: got.signedBy,
        source: url,
        subscription: { url, lastChecked: this.env.now().toISOString(), lastError: null },
        now: this.env.now(),
        action: 'install-update',
        replaceOnly: true,
      }));
    } catch (err) {
      const message = storeErrorText(lang, err, 'install-update') ?? t(lang, 'sub_err_install', { detail: errorText(err) });
      await record(message);
      return { ok: false, message, version: rec.version };
    }
    // The pack's state at the install, not at the start of the download (it may have been switched on or off since).
    if (installed.enabled) await this.onChange();
    return { ok: true, message: t(lang, 'sub_updated', { version: got.pack.version }), version: got.pack.version, updated: true };
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
