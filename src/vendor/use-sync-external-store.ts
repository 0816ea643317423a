// React 19 has useSyncExternalStore built in; @xstate/react still imports the React 17 shim, which would
// add ~1.5 KB to the check page for nothing (astro.config.mjs aliases the shim to this file).
export { useSyncExternalStore } from 'react';
