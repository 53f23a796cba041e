import { useSyncExternalStore } from 'react';

const subscribe = (listener: () => void) => {
  addEventListener('online', listener);
  addEventListener('offline', listener);
  return () => {
    removeEventListener('online', listener);
    removeEventListener('offline', listener);
  };
};

/** Whether the device says it has a network: a socket can look open for a while after the network is gone. */
export const useOnline = () => useSyncExternalStore(subscribe, () => navigator.onLine, () => true);
