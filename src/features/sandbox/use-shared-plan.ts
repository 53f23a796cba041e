import { useEffect, useState } from 'react';
import type { SandboxState } from '../../stores/sandbox-schema';
import { useSandboxStore } from '../../stores/sandbox-store';
import { loadShareLink } from './load-share-link';
import { PLAN_HASH } from './plan-hash';

// Opened from a link: its codec is asked for as the page's code runs, not after the page is drawn.
if (window.location.hash.startsWith(PLAN_HASH)) loadShareLink().catch(() => undefined);

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
  // The trainee's own plan as the page opened: the page saves a first visit's starting plan while
  // the link's codec loads, and that is not a plan of their own to protect.
  const [ownAtOpen] = useState(() => useSandboxStore.getState().sandbox);
  useEffect(() => {
    const hash = window.location.hash;
    if (!hash.startsWith(PLAN_HASH)) return;
    let live = true;
    loadShareLink().then(
      ({ decodePlan }) => {
        if (!live || window.location.hash !== hash) return;
        const plan = decodePlan(hash.slice(PLAN_HASH.length));
        if (!plan) setBad(true);
        else if (!ownAtOpen || same(ownAtOpen, plan)) useSandboxStore.getState().set(plan);
        else return setOffer(plan);
        dropHash();
      },
      // The codec did not load (offline before it was kept): the link stays in the address for a reload.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [ownAtOpen]);
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
