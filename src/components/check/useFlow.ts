import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { createActor } from 'xstate';
import { checkMachine, type CheckInput } from '../../flows/check.machine';

/**
 * The check machine as React state. @xstate/react's useActor does the same but brings a selector shim
 * (~0.7 KB gzip) that the check page's 110 KB budget cannot carry; React 19 subscribes natively.
 */
export function useFlow(input: CheckInput) {
  const [actor] = useState(() => createActor(checkMachine, { input }).start());
  useEffect(() => () => { actor.stop(); }, [actor]);
  const subscribe = useCallback((onChange: () => void) => actor.subscribe(onChange).unsubscribe, [actor]);
  const read = useCallback(() => actor.getSnapshot(), [actor]);
  const snapshot = useSyncExternalStore(subscribe, read, read);
  const send = useCallback((event: Parameters<typeof actor.send>[0]) => actor.send(event), [actor]);
  return [snapshot, send] as const;
}
