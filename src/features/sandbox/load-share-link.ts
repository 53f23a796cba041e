import { useEffect, useState } from 'react';
import type * as ShareLinkModule from './share-link';

type ShareLink = typeof ShareLinkModule;

// The link's codec (fflate's deflate and inflate, a third of the sandbox's code) is needed only to
// make or open a link: it loads beside the page instead of holding its first screen back.
let loaded: ShareLink | undefined;
let loading: Promise<ShareLink> | undefined;

/** The share link's codec, loaded once; a failed load (a network gone for a moment) is tried again on the next call. */
export function loadShareLink(): Promise<ShareLink> {
  return (loading ??= import('./share-link').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}

/** The codec once it is in (at once if it already is); starts loading it. */
export function useShareLink(): ShareLink | undefined {
  const [codec, setCodec] = useState(loaded);
  useEffect(() => {
    if (codec) return;
    let live = true;
    loadShareLink().then(
      (module) => live && setCodec(module),
      () => undefined, // the link field stays away; copying tries again
    );
    return () => {
      live = false;
    };
  }, [codec]);
  return codec;
}
