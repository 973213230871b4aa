// The default pack shipped in public/packs/default.json: installed on first run, upgraded in place when the
// extension ships a newer version. An upgrade replaces only that pack's patterns and context entries; user
// packs, "My patterns", feedback, reports and the user's enabled/disabled choice for it are left as they are.
import type { Pack } from '../pack/schema';
import { comparePackVersions } from '../pack/signature';
import type { FirebreakDB } from './db';
import { META_KEYS, setMeta } from './meta';
import { DEFAULT_PACK_ID, getPackRecord, installPack, StoreError } from './packs';

export type DefaultPackOutcome = 'installed' | 'upgraded' | 'current';

export async function ensureDefaultPack(db: FirebreakDB, shipped: { pack: Pack; raw: string }, now = new Date()): Promise<DefaultPackOutcome> {
  if (shipped.pack.id !== DEFAULT_PACK_ID) throw new Error(`The shipped default pack has the id "${shipped.pack.id}", expected "${DEFAULT_PACK_ID}".`);
  const installed = await getPackRecord(db, DEFAULT_PACK_ID);
  if (installed && comparePackVersions(shipped.pack.version, installed.version) <= 0) return 'current';
  try {
    await installPack(db, shipped.pack, shipped.raw, { builtIn: true, enabled: true, source: 'builtin', now });
  } catch (err) {
    // A newer version was installed meanwhile (an import or an update): keep it.
    if (err instanceof StoreError && err.code === 'downgrade') return 'current';
    throw err;
  }
  await setMeta(db, META_KEYS.defaultPackVersion, shipped.pack.version);
  return installed ? 'upgraded' : 'installed';
}
