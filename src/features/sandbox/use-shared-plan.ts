import { useEffect, useState } from 'react';
import type { SandboxState } from '../../stores/sandbox-schema';
import { useSandboxStore } from '../../stores/sandbox-store';
import { decodePlan, PLAN_HASH } from './share-link';

const dropHash = () => history.replaceState(null, '', window.location.pathname + window.location.search);
/** The same JSON whatever the order of keys (a link's plan comes back in the schema's order). */
const canonical = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(canonical).join(',')}]`
    : v !== null && typeof v === 'object'
      ? `{${Object.keys(v)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
          .join(',')}}`
      : JSON.stringify(v);
const same = (a: SandboxState, b: SandboxState) => canonical(a) === canonical(b);

export interface SharedPlan {
  /** The link's plan could not be read. */
  bad: boolean;
  /** A shared plan shown for the trainee to look at, while their own plan stays saved as it is. */
  offer: SandboxState | undefined;
  /** The trainee's own plan, kept aside after they replaced it with a shared one, to bring back. */
  replaced: SandboxState | undefined;
  keep: () => void;
  replace: () => void;
  undo: () => void;
}

/**
 * Reads a plan shared as a link once. With no plan of their own (or the same one) the trainee
 * simply gets it; otherwise it is offered, and their own saved plan is only replaced when they
 * say so, and can be brought back. The link stays in the address until they choose, so a reload
 * offers it again. A link that cannot be trusted is refused and said so.
 */
export function useSharedPlan(): SharedPlan {
  const [bad, setBad] = useState(false);
  const [offer, setOffer] = useState<SandboxState>();
  const [replaced, setReplaced] = useState<SandboxState>();
  useEffect(() => {
    const hash = window.location.hash;
    if (!hash.startsWith(PLAN_HASH)) return;
    const plan = decodePlan(hash.slice(PLAN_HASH.length));
    const own = useSandboxStore.getState().sandbox;
    if (!plan) setBad(true);
    else if (!own || same(own, plan)) useSandboxStore.getState().set(plan);
    else return setOffer(plan);
    dropHash();
  }, []);
  return {
    bad,
    offer,
    replaced,
    keep: () => {
      setOffer(undefined);
      dropHash();
    },
    replace: () => {
      if (!offer) return;
      setReplaced(useSandboxStore.getState().sandbox ?? undefined);
      useSandboxStore.getState().set(offer);
      setOffer(undefined);
      dropHash();
    },
    undo: () => {
      if (replaced) useSandboxStore.getState().set(replaced);
      setReplaced(undefined);
    },
  };
}
