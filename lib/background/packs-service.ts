// Packs for the options page: list, preview an import (validate whole + diff against the installed version),
// import (validate, check the signature when one is given, install in one transaction), export, enable or
// disable, remove. Also the first-run setup: the shipped default pack and the empty "My patterns" pack.
import type { ImportPreview, PackFileRef, PackSummary, PatternNames, PatternRef, TrustedKeyView } from '../messages';
import type { Pack, PackPattern } from '../pack/schema';
import { comparePackVersions, verifyPackSignature } from '../pack/signature';
import { parsePack, type PackError, type ParsePackResult } from '../pack/validate';
import { addCustomPatterns, customPackHeader, ensureCustomPack, listCustomPatternRecords } from '../store/custom-pack';
import { foldPattern } from '../text/fold';
import { dropStaged, readStaged } from '../store/staging';
import type { PackRecord } from '../store/db';
import { ensureDefaultPack, type DefaultPackOutcome } from '../store/default-pack';
import {
  assemblePack,
  CUSTOM_PACK_ID,
  DEFAULT_PACK_ID,
  deletePack,
  getPackRecord,
  installPack,
  listContextRecords,
  listPackRecords,
  listPatternRecords,
  readPack,
  setPackEnabled,
} from '../store/packs';
import type { BackgroundEnv } from './env';
import type { KeysService } from './keys-service';
import type { ImportHooks } from './snapshot';
import { cleanNote, MAX_CUSTOM_PATTERNS } from './custom-service';
import { errorText, newId } from './util';
import { t, tp } from '../i18n';
import type { Lang } from '../types';
import { publisherKeyMismatch, readUiLang, SIGNATURE_MESSAGE_KEYS, storeErrorText } from './ui-lang';

export function toSummary(r: PackRecord): PackSummary {
  return {
    id: r.id,
    name: r.name,
    version: r.version,
    publisher: r.publisher,
    description: r.description,
    patternCount: r.patternCount,
    contextCount: r.contextCount,
    enabled: r.enabled,
    builtIn: r.builtIn,
    custom: r.custom,
    installedAt: r.installedAt,
    updatedAt: r.updatedAt,
    subscription: r.subscription ? { ...r.subscription } : null,
  };
}

/** JSON with object keys sorted, to compare two patterns whatever the key order. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return '[' + value.map(stableJson).join(',') + ']';
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return (
      '{' +
      Object.keys(o)
        .filter((k) => o[k] !== undefined)
        .sort()
        .map((k) => JSON.stringify(k) + ':' + stableJson(o[k]))
        .join(',') +
      '}'
    );
  }
  return JSON.stringify(value) ?? 'null';
}

/** How many patterns of each kind of change an import preview names (the counts say how many there are in all). */
export const PREVIEW_NAMES_MAX = 10;

/**
 * Counts of patterns added, removed and changed between an installed pack and a new one, and the first `sample` of
 * each (id and name, in the order of the file for added and changed ones, of the installed pack for removed ones).
 */
export function diffPatterns(
  oldPatterns: readonly { id: string; name?: string }[],
  newPatterns: readonly { id: string; name?: string }[],
  sample = PREVIEW_NAMES_MAX,
) {
  const before = new Map(oldPatterns.map((p) => [p.id, stableJson(p)]));
  const names: PatternNames = { added: [], removed: [], changed: [] };
  const note = (list: PatternRef[], p: { id: string; name?: string }) => {
    if (list.length < sample) list.push({ id: p.id, name: p.name ?? '' });
  };
  let added = 0;
  let changed = 0;
  const seen = new Set<string>();
  for (const p of newPatterns) {
    seen.add(p.id);
    const old = before.get(p.id);
    if (old === undefined) {
      added++;
      note(names.added, p);
    } else if (old !== stableJson(p)) {
      changed++;
      note(names.changed, p);
    }
  }
  let removed = 0;
  for (const p of oldPatterns) {
    if (seen.has(p.id)) continue;
    removed++;
    note(names.removed, p);
  }
  return { added, removed, changed, names };
}

/** A sentence for the import page, and its language. */
interface Said {
  message: string;
  lang: Lang;
}

/** What a failed install says, in the interface language (the technical cause stays as the browser gave it). */
function importFailure(lang: Lang, err: unknown): Said {
  return { message: storeErrorText(lang, err, 'import-pack') ?? t(lang, 'store_err_write', { action: t(lang, 'store_act_import_pack'), detail: errorText(err) }), lang };
}

/** The validator's errors as they are (English, codes for the file as a whole), or one sentence of ours. */
function fail(errors: PackError[] | Said, extra: Partial<ImportPreview> = {}): ImportPreview {
  return { ok: false, errors: Array.isArray(errors) ? errors : [{ path: '', message: errors.message, lang: errors.lang }], ...extra };
}

export type ImportOptions = PackFileRef & {
  signature?: string | null;
  source?: string;
};

/** How long the last file read is kept for its import (a preview left open that long is read again). */
const LAST_READ_TTL_MS = 5 * 60_000;

export class PacksService {
  constructor(
    private readonly env: BackgroundEnv,
    private readonly keys: KeysService,
    /** Called after the enabled patterns may have changed (rebuilds the snapshot and tells the tabs). */
    private readonly onChange: () => Promise<void>,
    /** Told of a file whose preview offers to import it, and of its install (the snapshot compiles it ahead). */
    private readonly hooks: ImportHooks | null = null,
  ) {}

  /**
   * The last file read, with its validation: its import (after its preview: the same staged id, or the same text)
   * uses them rather than reading and validating it again (180 ms for 10,000 patterns). A staged file never changes
   * under its id. Let go with the import.
   */
  private lastRead: { staged: string | null; text: string; parsed: ParsePackResult } | null = null;

  /** The file's text and its validation, or why there is no text. */
  private async readFile(data: PackFileRef | undefined): Promise<{ text: string; parsed: ParsePackResult } | ImportPreview> {
    const last = this.lastRead;
    if (last && this.sameFile(last, data)) return last;
    const text = await this.fileText(data);
    if (typeof text !== 'string') return text;
    this.forgetRead();
    const read = { staged: typeof data?.staged === 'string' ? data.staged : null, text, parsed: parsePack(text) };
    this.lastRead = read;
    // A preview left open (or closed without a word): let the file go after a while.
    this.lastReadTimer = setTimeout(() => {
      if (this.lastRead === read) this.lastRead = null;
    }, LAST_READ_TTL_MS);
    return read;
  }

  private lastReadTimer: ReturnType<typeof setTimeout> | undefined;

  private forgetRead(): void {
    clearTimeout(this.lastReadTimer);
    this.lastRead = null;
  }

  /** Whether `data` names the file read last: the same staged id, or the same text sent whole. */
  private sameFile(last: { staged: string | null; text: string }, data: PackFileRef | undefined): boolean {
    return typeof data?.staged === 'string' ? last.staged === data.staged : last.staged === null && last.text === data?.text;
  }

  /** First run and extension updates: installs or upgrades the shipped default pack, creates "My patterns". */
  async setup(db = this.env.db()): Promise<DefaultPackOutcome | 'missing'> {
    const d = await db;
    await ensureCustomPack(d, this.env.now());
    let outcome: DefaultPackOutcome | 'missing' = 'missing';
    const shipped = await this.env.loadDefaultPack();
    if (shipped) {
      // Every worker start comes here: skip the full validation when the installed version is not older.
      const installed = await getPackRecord(d, DEFAULT_PACK_ID);
      if (installed && !isNewerVersion(peekVersion(shipped.text), installed.version)) return 'current';
      const parsed = parsePack(shipped.text);
      if (!parsed.ok) throw new Error(`The shipped default pack is not valid: ${parsed.errors[0]?.message ?? 'unknown error'}`);
      outcome = await ensureDefaultPack(d, { pack: parsed.pack, raw: shipped.text }, this.env.now());
    }
    return outcome;
  }

  async list(): Promise<PackSummary[]> {
    return (await listPackRecords(await this.env.db())).map(toSummary);
  }

  async summary(id: string): Promise<PackSummary | null> {
    const r = await getPackRecord(await this.env.db(), id);
    return r ? toSummary(r) : null;
  }

  /**
   * Validates a file and says what importing it would change, without changing anything. It refuses what the import
   * would refuse (a signature that does not verify, the default pack's id without its publisher's signature), so
   * that no preview offers a dead end.
   */
  async preview(data: PackFileRef & { signature?: string | null }): Promise<ImportPreview> {
    const file = await this.readFile(data);
    if (!('text' in file)) return file;
    const { text, parsed } = file;
    if (!parsed.ok) return fail(parsed.errors);
    const lang = await readUiLang(this.env);
    const check = await this.checkSigner(parsed.pack, text, data.signature, lang);
    if ('refused' in check) return check.refused;
    if (parsed.pack.id === CUSTOM_PACK_ID) return (await this.customMerge(parsed.pack, parsed.warnings, lang)).preview;
    const { signer } = check;
    const preview = await this.describe(parsed.pack, [...profileNote(parsed.pack, signer !== null, lang), ...parsed.warnings], lang);
    if (preview.ok) this.hooks?.previewed(parsed.pack);
    // A signature that checked out: by whom (the key's label as the user trusted it; the shipped key's is Firebreak's).
    return signer ? { ...preview, signedBy: { id: signer.id, label: signer.label, builtIn: signer.builtIn } } : preview;
  }

  /**
   * Why a valid file cannot be imported (a refusal to show), or the trusted key that signed it (null: unsigned). The
   * default pack's id takes only a file signed by a key shipped with Firebreak: one the user trusted for another
   * publisher would otherwise replace Firebreak's pack for good (as a newer version, it stays through every later
   * update).
   */
  private async checkSigner(
    pack: Pack,
    text: string,
    sig: string | null | undefined,
    lang: Lang,
  ): Promise<{ refused: ImportPreview } | { signer: TrustedKeyView | null }> {
    const refuse = (message: string) => ({ refused: fail({ message, lang }, { packId: pack.id, name: pack.name, version: pack.version }) });
    const signature = typeof sig === 'string' && sig.trim() !== '' ? sig : null;
    if (!signature) return pack.id === DEFAULT_PACK_ID ? refuse(t(lang, 'import_err_default_unsigned')) : { signer: null };
    const keys = await this.keys.list();
    const res = await verifyPackSignature(new TextEncoder().encode(text), signature, keys);
    if (!res.ok) return refuse(t(lang, 'sub_nothing_changed', { message: t(lang, SIGNATURE_MESSAGE_KEYS[res.reason]) }));
    const signer = keys.find((k) => k.id === res.keyId) ?? null;
    if (pack.id === DEFAULT_PACK_ID && !signer?.builtIn) return refuse(t(lang, 'import_err_default_other_key'));
    const declared = publisherKeyMismatch(pack, res.keyId, keys, lang);
    if (declared) return refuse(declared);
    return { signer };
  }

  /**
   * A "My patterns" file (an export of this browser's own phrases, or of another browser's): the phrases it holds
   * that My patterns lacks (the same words once folded, in any language: the rule the options page applies to a
   * phrase added by hand, phraseKey in lib/pack/phrase-check.ts), with ids of their own. Importing it adds
   * them; it never replaces My patterns, whatever its version (an export made before the last edit is still a backup).
   * Context entries are left out: My patterns has none.
   */
  private async customMerge(pack: Pack, warnings: string[], lang: Lang): Promise<{ preview: ImportPreview; add: PackPattern[] }> {
    const have = await listCustomPatternRecords(await this.env.db());
    const key = (p: PackPattern) => foldPattern(p.text ?? (p.terms ?? []).join(' '));
    const mine = new Set(have.map((r) => key(r.pattern)));
    const known = new Set(mine);
    const ids = new Set(have.map((r) => r.id));
    const add: PackPattern[] = [];
    // My patterns holds at most MAX_CUSTOM_PATTERNS phrases, as when adding one by hand.
    const room = Math.max(0, MAX_CUSTOM_PATTERNS - have.length);
    let already = 0;
    let leftOut = 0;
    for (const p of pack.patterns) {
      const k = key(p);
      if (known.has(k)) {
        if (mine.has(k)) already++;
        continue;
      }
      known.add(k);
      if (add.length >= room) {
        leftOut++;
        continue;
      }
      let id = p.id;
      while (ids.has(id)) id = `my-${newId().replace(/-/g, '').slice(0, 12)}`;
      ids.add(id);
      const { context: _context, ...rest } = p;
      add.push({ ...rest, id });
    }
    const note = t(lang, 'import_custom_merge', { added: String(add.length), known: String(already) });
    const full = leftOut > 0 ? [tp(lang, 'import_custom_full', leftOut, { count: String(leftOut), max: String(MAX_CUSTOM_PATTERNS) })] : [];
    const preview: ImportPreview = {
      ok: true,
      errors: [],
      packId: pack.id,
      name: pack.name,
      version: pack.version,
      replacesVersion: null,
      patternsAdded: add.length,
      patternsRemoved: 0,
      patternsChanged: 0,
      patternNames: { added: add.slice(0, PREVIEW_NAMES_MAX).map((p) => ({ id: p.id, name: p.name })), removed: [], changed: [] },
      contexts: 0,
      warnings: [note, ...full, ...warnings],
    };
    return { preview, add };
  }

  private async describe(pack: Pack, warnings: string[], lang?: Lang): Promise<ImportPreview> {
    const db = await this.env.db();
    const installed = await getPackRecord(db, pack.id);
    const oldPatterns = installed ? (await listPatternRecords(db, pack.id)).map((r) => r.pattern) : [];
    const diff = diffPatterns(oldPatterns, pack.patterns);
    const base: ImportPreview = {
      ok: true,
      errors: [],
      packId: pack.id,
      name: pack.name,
      version: pack.version,
      replacesVersion: installed?.version ?? null,
      patternsAdded: diff.added,
      patternsRemoved: diff.removed,
      patternsChanged: diff.changed,
      patternNames: diff.names,
      contexts: pack.contexts.length,
      warnings,
    };
    if (installed && comparePackVersions(pack.version, installed.version) < 0) {
      const ui = lang ?? (await readUiLang(this.env));
      const message = t(ui, 'import_err_older', { got: pack.version, have: installed.version });
      // Not a mistake to fix in the file: no place, and a code so that the page can say so in its own words.
      return { ...base, ok: false, errors: [{ path: '', message, lang: ui, code: 'older_version', params: { got: pack.version, have: installed.version } }] };
    }
    return base;
  }

  /** Validates the whole file, checks its signature when one is given, and installs it in one transaction. */
  async import(data: ImportOptions): Promise<ImportPreview> {
    const file = await this.readFile(data);
    if (!('text' in file)) return file;
    const { text, parsed } = file;
    if (!parsed.ok) return fail(parsed.errors);
    const pack = parsed.pack;
    const lang = await readUiLang(this.env);
    const check = await this.checkSigner(pack, text, data.signature, lang);
    if ('refused' in check) return check.refused;
    if (pack.id === CUSTOM_PACK_ID) {
      // A "My patterns" file: its phrases join the user's own, never replacing them.
      const { preview, add } = await this.customMerge(pack, parsed.warnings, lang);
      try {
        await addCustomPatterns(await this.env.db(), add, this.env.now());
      } catch (err) {
        return fail(importFailure(lang, err), { packId: pack.id, name: pack.name, version: pack.version });
      }
      this.letGo(data);
      await this.onChange();
      return preview;
    }
    this.hooks?.importing(pack);
    const signedBy = check.signer?.id ?? null;
    const preview = await this.describe(pack, parsed.warnings, lang);
    if (!preview.ok) return preview;
    try {
      const { record } = await installPack(await this.env.db(), pack, text, {
        signedBy,
        source: boundedSource(data.source) ?? 'file',
        custom: pack.id === CUSTOM_PACK_ID,
        now: this.env.now(),
      });
      this.hooks?.installed(pack, record);
    } catch (err) {
      return fail(importFailure(lang, err), {
        packId: pack.id,
        name: pack.name,
        version: pack.version,
      });
    }
    this.letGo(data);
    await this.onChange();
    return preview;
  }

  /**
   * The text of a pack file: as sent, or read from where the page staged it. A staged file that is gone (swept, or
   * taken by an import in another window) answers with the code `staged_missing`, on which the page sends the text.
   */
  private async fileText(data: PackFileRef | undefined): Promise<string | ImportPreview> {
    if (typeof data?.staged !== 'string') return typeof data?.text === 'string' ? data.text : '';
    let text: string | null = null;
    try {
      text = await readStaged(data.staged, this.env.staging);
    } catch (err) {
      this.env.logError('import: staged file', err);
    }
    if (text !== null) return text;
    const lang = await readUiLang(this.env);
    return { ok: false, errors: [{ path: '', message: t(lang, 'import_err_staged_missing'), lang, code: 'staged_missing' }] };
  }

  /** An installed file's staged copy is not needed any more (the page keeps the text for a second look). */
  private letGo(data: PackFileRef): void {
    if (this.lastRead && this.sameFile(this.lastRead, data)) this.forgetRead();
    if (typeof data?.staged !== 'string') return;
    dropStaged(data.staged, this.env.staging).catch((err: unknown) => this.env.logError('import: staged file', err));
  }

  /** A refusal worded in the interface language (the options page shows the error's message as it is). */
  private async said(key: 'pack_err_not_installed' | 'pack_err_default_remove' | 'pack_err_custom_remove'): Promise<Error> {
    return new Error(t(await readUiLang(this.env), key));
  }

  /** The pack file: as imported, or generated for "My patterns". */
  async export(id: string): Promise<string> {
    const db = await this.env.db();
    const rec = await getPackRecord(db, id);
    if (!rec) throw await this.said('pack_err_not_installed');
    if (rec.raw !== null && !rec.custom) return rec.raw;
    const pack = await readPack(db, id);
    if (!pack) throw await this.said('pack_err_not_installed');
    if (rec.custom) {
      const header = { ...customPackHeader(rec.version, new Date(rec.updatedAt)), ...(rec.header.description ? { description: rec.header.description } : {}) };
      // Each phrase's note goes with it (the pattern's `note`), so that the file brings them back.
      const patterns = (await listPatternRecords(db, id)).map((r) => {
        const note = cleanNote(r.note);
        return note ? { ...r, pattern: { ...r.pattern, note } } : r;
      });
      return JSON.stringify(assemblePack(header, patterns, await listContextRecords(db, id)), null, 2) + '\n';
    }
    return JSON.stringify(pack, null, 2) + '\n';
  }

  async setEnabled(data: { id: string; enabled: boolean }): Promise<void> {
    const rec = await getPackRecord(await this.env.db(), data?.id);
    if (!rec) throw await this.said('pack_err_not_installed');
    if (rec.enabled === (data.enabled === true)) return;
    await setPackEnabled(await this.env.db(), data.id, data.enabled === true);
    await this.onChange();
  }

  async remove(id: string): Promise<void> {
    const db = await this.env.db();
    const rec = await getPackRecord(db, id);
    if (!rec) return;
    if (rec.builtIn || id === DEFAULT_PACK_ID) throw await this.said('pack_err_default_remove');
    if (rec.custom || id === CUSTOM_PACK_ID) throw await this.said('pack_err_custom_remove');
    await deletePack(db, id);
    if (rec.enabled) await this.onChange();
  }
}

/** The "version" field of a pack file, without validating the rest; null when unreadable. */
function peekVersion(text: string): string | null {
  try {
    const v = (JSON.parse(text) as { version?: unknown }).version;
    return typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
}

/** True when `candidate` is a pack version newer than `installed` (an unreadable one counts as newer: validate it). */
function isNewerVersion(candidate: string | null, installed: string): boolean {
  if (candidate === null) return true;
  try {
    return comparePackVersions(candidate, installed) > 0;
  } catch {
    return true;
  }
}

function boundedSource(s: unknown): string | null {
  return typeof s === 'string' && s.trim() !== '' ? s.trim().slice(0, 2048) : null;
}

/**
 * What the preview says of a pack's site profiles (selectors for reading X or Facebook, lib/background/snapshot.ts
 * mergeSiteProfiles): signed by a trusted key, they change how the sites are read; unsigned, they are ignored.
 */
function profileNote(pack: Pack, signed: boolean, lang: Lang): string[] {
  const sites = (['x', 'facebook'] as const).filter((site) => pack.siteProfiles?.[site]).map((site) => (site === 'x' ? 'X' : 'Facebook'));
  if (sites.length === 0) return [];
  return [t(lang, signed ? 'import_site_profile_signed' : 'import_site_profile_unsigned', { sites: sites.join(', ') })];
}
