import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};
const always = () => true;

/**
 * `check()` once hydrated in the browser, false in the server's HTML and while hydrating: for
 * controls that need JavaScript. Only the component that calls it renders again, not the whole
 * form around it (issue 9: hydration is most of the report page's main-thread work).
 */
export const useBrowserCheck = (check: () => boolean) => useSyncExternalStore(noSubscription, check, () => false);

/** True once hydrated. */
export const useEnhanced = () => useBrowserCheck(always);
