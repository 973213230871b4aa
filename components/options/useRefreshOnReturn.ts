// Lists that another tab can change (packs, trusted keys): read again when the user comes back to this page,
// since the background sends the options page no change notifications.
import { useEffect, useRef } from 'preact/hooks';

/**
 * Calls `refresh` when the page becomes visible again or its window gets focus, while `active` (a hidden section
 * reloads when it is opened). Both events come together on a tab switch: one refresh at a time is enough.
 */
export function useRefreshOnReturn(active: boolean, refresh: () => Promise<void>): void {
  const running = useRef(false);
  useEffect(() => {
    if (!active) return;
    const onReturn = () => {
      if (document.visibilityState !== 'visible' || running.current) return;
      running.current = true;
      void refresh().finally(() => {
        running.current = false;
      });
    };
    document.addEventListener('visibilitychange', onReturn);
    window.addEventListener('focus', onReturn);
    return () => {
      document.removeEventListener('visibilitychange', onReturn);
      window.removeEventListener('focus', onReturn);
    };
  }, [active, refresh]);
}
