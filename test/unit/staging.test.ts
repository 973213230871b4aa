// Pack files staged by the options page for the background (lib/store/staging.ts) and the page's side of it
// (components/options/pack-file.ts): a large file is written once and named by id in the preview and the import;
// a small one, one that could not be staged, or one whose staged copy is gone goes as text.
import { describe, expect, it, vi } from 'vitest';
import { PackFile, STAGE_FROM_CHARS, type StagingApi } from '../../components/options/pack-file';
import type { ImportPreview, PackFileRef } from '../../lib/messages';
import { dropStaged, readStaged, stageText, STAGED_MAX_AGE_MS, sweepStaged } from '../../lib/store/staging';

let seq = 0;
const fresh = (now = () => Date.now()) => ({ name: `staging-test-${++seq}`, now });

describe('the staging database', () => {
  it('keeps a file under its id until it is dropped', async () => {
    const opts = fresh();
    const text = '{"schemaVersion": 1, "name": "Pack de recherche — تجربة"}';
    const id = await stageText(text, opts);
    expect(await readStaged(id, opts)).toBe(text);
    expect(await readStaged(id, opts)).toBe(text);
    await dropStaged(id, opts);
    expect(await readStaged(id, opts)).toBeNull();
    await dropStaged(id, opts); // gone already: nothing happens
    expect(await readStaged('', opts)).toBeNull();
  });

  it('sweeps the files left behind, not the ones a page is still looking at', async () => {
    let now = Date.parse('2026-12-02T08:00:00Z');
    const opts = fresh(() => now);
    const old = await stageText('old', opts);
    now += STAGED_MAX_AGE_MS - 1000;
    const recent = await stageText('recent', opts);
    now += 2000;
    expect(await sweepStaged(STAGED_MAX_AGE_MS, opts)).toBe(1);
    expect(await readStaged(old, opts)).toBeNull();
    expect(await readStaged(recent, opts)).toBe('recent');
  });
});

/** A staging API over an in-memory map, counting writes. */
function memoryStaging(fail = false): StagingApi & { files: Map<string, string>; writes: number } {
  const files = new Map<string, string>();
  const api = {
    files,
    writes: 0,
    async stage(text: string) {
      api.writes++;
      if (fail) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      const id = `f${api.writes}`;
      files.set(id, text);
      return id;
    },
    async drop(id: string) {
      files.delete(id);
    },
  };
  return api;
}

const OK: ImportPreview = { ok: true, errors: [] };
const bigText = (n = STAGE_FROM_CHARS) => `{"patterns": "${'x'.repeat(n)}"}`;

describe('a pack file on the options page', () => {
  it('sends a small file as text, never staging it', async () => {
    const staging = memoryStaging();
    const file = new PackFile('{"id": "small"}', staging);
    const ask = vi.fn(async (_f: PackFileRef) => OK);
    await file.send(ask);
    expect(ask).toHaveBeenCalledWith({ text: '{"id": "small"}' });
    expect(staging.writes).toBe(0);
  });

  it('stages a large file once for the preview and the import, and lets it go', async () => {
    const staging = memoryStaging();
    const text = bigText();
    const file = new PackFile(text, staging);
    const sent: PackFileRef[] = [];
    const ask = async (f: PackFileRef) => (sent.push(f), OK);
    await file.send(ask);
    await file.send(ask);
    expect(sent).toEqual([{ staged: 'f1' }, { staged: 'f1' }]);
    expect(staging.writes).toBe(1);
    expect(staging.files.get('f1')).toBe(text);
    file.release();
    await vi.waitFor(() => expect(staging.files.size).toBe(0));
  });

  it('sends the text when the staged copy is gone, or when it could not be staged', async () => {
    const staging = memoryStaging();
    const text = bigText();
    const gone: ImportPreview = { ok: false, errors: [{ path: '', message: 'gone', code: 'staged_missing' }] };
    const sent: PackFileRef[] = [];
    const res = await new PackFile(text, staging).send(async (f) => (sent.push(f), f.staged ? gone : OK));
    expect(res).toBe(OK);
    expect(sent).toEqual([{ staged: 'f1' }, { text }]);
    // Another refusal of a staged file is the answer (no second request).
    const invalid: ImportPreview = { ok: false, errors: [{ path: '/patterns/0/severity', message: 'bad severity' }] };
    const ask = vi.fn(async () => invalid);
    expect(await new PackFile(text, staging).send(ask)).toBe(invalid);
    expect(ask).toHaveBeenCalledTimes(1);
    // Storage refused the write: the text goes by message.
    const full = vi.fn(async (_f: PackFileRef) => OK);
    await new PackFile(text, memoryStaging(true)).send(full);
    expect(full).toHaveBeenCalledWith({ text });
  });

  it('stages through the real database by default', async () => {
    const text = bigText();
    let id = '';
    await new PackFile(text).send(async (f) => ((id = f.staged ?? ''), OK));
    expect(await readStaged(id)).toBe(text);
    await dropStaged(id);
  });
});
