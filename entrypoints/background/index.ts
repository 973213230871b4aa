// Background entry: owns the database, the matcher snapshot, per-tab flagged lists and reporting.
export default defineBackground(() => {
  // wired in entrypoints/background/main.ts
});
