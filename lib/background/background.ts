// Composition of the background: builds every service over one environment, runs the first-run setup
// (default pack, "My patterns") once per worker before the first database use, and reacts to browser events.
// State is rebuilt lazily: the worker can be stopped at any time and started again by any event.
import type { FirebreakDB } from '../store/db';
import { SETTINGS_KEY } from '../settings';
import { SOCIAL_HOST_PATTERNS } from '../sites/hosts';
import type { BackgroundEnv } from './env';
import { FeedbackService } from './feedback-service';
import { KeysService } from './keys-service';
import { CustomPatternsService } from './custom-service';
import { PacksService } from './packs-service';
import { ReportsService } from './reports-service';
import { syncUpdateSchedule, UPDATE_ALARM } from './schedule';
import { configureSidePanel, syncSidePanelForOpenTabs, syncSidePanelForTab } from './side-panel';
import { SnapshotService, type ImportHooks } from './snapshot';
import { SubscriptionsService } from './subscriptions';
import { STAGED_MAX_AGE_MS, sweepStaged } from '../store/staging';
import { TabStateService } from './tabs';

export interface Background {
  /** The environment the services use: its db() runs the first-run setup first. */
  env: BackgroundEnv;
  snapshot: SnapshotService;
  tabs: TabStateService;
  packs: PacksService;
  custom: CustomPatternsService;
  feedback: FeedbackService;
  reports: ReportsService;
  keys: KeysService;
  subscriptions: SubscriptionsService;
  /** Resolves once the default and custom packs are in place (runs at most once per worker). */
  ready(): Promise<void>;
  /** runtime.onInstalled / onStartup: setup, side panel behaviour, schedule. */
  onStartup(): Promise<void>;
  /** tabs.onUpdated */
  onTabUpdated(tabId: number, changeInfo: { url?: string; status?: string }, tab: { url?: string }): Promise<void>;
  /** storage.onChanged */
  onStorageChanged(changes: Record<string, unknown>, area: string): Promise<void>;
  /** alarms.onAlarm */
  onAlarm(alarm: { name: string }): Promise<void>;
}

export function createBackground(base: BackgroundEnv): Background {
  let setup: Promise<void> | null = null;

  const ready = (): Promise<void> => {
    setup ??= packs.setup(base.db()).then(
      () => undefined,
      (err: unknown) => {
        // Not fatal: the user's packs still work. Tried again by the next worker.
        base.logError('setup: default pack', err);
      },
    );
    return setup;
  };

  const env: BackgroundEnv = {
    ...base,
    async db(): Promise<FirebreakDB> {
      await ready();
      return base.db();
    },
  };

  const keys = new KeysService(env);
  const snapshot = new SnapshotService(env);
  const rebuild = async () => {
    await snapshot.rebuildAndBroadcast();
  };
  // A previewed file is compiled while the user reads its preview; its import uses that compile.
  const compileAhead: ImportHooks = {
    previewed: (candidate) => void snapshot.prepare(candidate),
    importing: (candidate) => snapshot.importing(candidate),
    installed: (candidate, record) => snapshot.installed(candidate, record),
  };
  const packs = new PacksService(base, keys, rebuild);
  // The services other than setup see the gated env.
  const packsGated = new PacksService(env, keys, rebuild, compileAhead);
  const custom = new CustomPatternsService(env, rebuild);
  // "Not a threat" and its undo answer once the open tabs have applied them (a quick reread of the dismissed list);
  // pack changes answer once the tabs are told, before each loads the new snapshot.
  const feedback = new FeedbackService(env, async () => {
    await snapshot.broadcast({ waitForTabs: true });
  });
  const reports = new ReportsService(env);
  const subscriptions = new SubscriptionsService(env, keys, rebuild);
  const tabs = new TabStateService(env);

  return {
    env,
    snapshot,
    tabs,
    packs: packsGated,
    custom,
    feedback,
    reports,
    keys,
    subscriptions,
    ready,
    async onStartup() {
      await ready();
      await Promise.all([
        configureSidePanel(env).then(() => syncSidePanelForOpenTabs(env, SOCIAL_HOST_PATTERNS)),
        syncUpdateSchedule(env),
        // A newer shipped default pack may have been installed: make sure the cache matches.
        snapshot.get().then(
          () => undefined,
          (err: unknown) => env.logError('startup: snapshot', err),
        ),
        // Pack files an options page staged and never imported (its tab closed).
        sweepStaged(STAGED_MAX_AGE_MS, env.staging).then(
          () => undefined,
          (err: unknown) => env.logError('startup: staged files', err),
        ),
      ]);
    },
    async onTabUpdated(tabId, changeInfo, tab) {
      const tasks: Promise<unknown>[] = [tabs.onUpdated(tabId, changeInfo, tab)];
      if (changeInfo.url !== undefined || changeInfo.status === 'loading') tasks.push(syncSidePanelForTab(env, tabId, changeInfo.url ?? tab.url));
      await Promise.all(tasks);
    },
    async onStorageChanged(changes, area) {
      if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
      await Promise.all([syncUpdateSchedule(env), tabs.refreshBadges()]);
    },
    async onAlarm(alarm) {
      if (alarm.name !== UPDATE_ALARM) return;
      await subscriptions.updateAll();
    },
  };
}
