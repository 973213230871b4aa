// A pack file chosen on the options page, on its way to the background for a preview and then an import. A large
// one is staged once in IndexedDB (lib/store/staging.ts) and named by its id in both messages, instead of crossing
// Chromium's messaging twice (380 ms each for a 2.7 MB file); a small one, or one the page could not stage, is sent
// as text. When the background finds the staged copy gone, the same request is made again with the text.
import type { ImportPreview, PackFileRef } from '../../lib/messages';
import { dropStaged, stageText } from '../../lib/store/staging';

/**
 * Files from this many characters on are staged. Below it, messaging costs less than opening the staging database
 * on both sides (a 200,000-character file takes about 28 ms to send).
 */
export const STAGE_FROM_CHARS = 200_000;

export interface StagingApi {
  stage(text: string): Promise<string>;
  drop(id: string): Promise<void>;
}

const realStaging: StagingApi = { stage: (text) => stageText(text), drop: (id) => dropStaged(id) };

export class PackFile {
  private staged: Promise<string | null> | null = null;

  constructor(
    readonly text: string,
    private readonly staging: StagingApi = realStaging,
  ) {}

  /** How the background is handed this file: the staged copy's id, or the text. */
  private async ref(): Promise<PackFileRef> {
    if (this.text.length < STAGE_FROM_CHARS) return { text: this.text };
    // A failed write (storage full, a private window that refuses it) leaves the text to go by message.
    this.staged ??= this.staging.stage(this.text).catch(() => null);
    const id = await this.staged;
    return id === null ? { text: this.text } : { staged: id };
  }

  /** Runs `ask` with this file; asks again with the text when the background no longer has the staged copy. */
  async send(ask: (file: PackFileRef) => Promise<ImportPreview>): Promise<ImportPreview> {
    const file = await this.ref();
    const res = await ask(file);
    if (file.staged === undefined || res.ok || !res.errors.some((e) => e.code === 'staged_missing')) return res;
    this.staged = null;
    return ask({ text: this.text });
  }

  /** The staged copy is not needed any more (another file was chosen, the import was cancelled or done). */
  release(): void {
    const staged = this.staged;
    this.staged = null;
    void staged?.then((id) => (id === null ? undefined : this.staging.drop(id))).catch(() => undefined);
  }
}
