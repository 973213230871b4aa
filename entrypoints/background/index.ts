// Background entry: owns the database, the matcher snapshot, per-tab flagged lists and reporting.
// Every listener is registered synchronously in main() (lib/background/handlers.ts); state is rebuilt lazily.
import { main } from './main';

export default defineBackground(() => {
  main();
});
