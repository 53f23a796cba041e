import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal dialog, shown while mounted: the browser's own <dialog> (focus kept inside, the page
 * behind inert), closed with Escape or its buttons; focus goes back where it was.
 */
export function PresentDialog({ title, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Where focus was, read while drawing: by the time an effect runs, a field inside with autoFocus
  // has already taken it, and focus would go nowhere when the dialog closes.
  const [before] = useState(() => document.activeElement);
  useLayoutEffect(() => {
    const dialog = ref.current!;
    // jsdom has no showModal; the open attribute is the same dialog without the top layer.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    return () => {
      // A modal dialog makes the page behind it inert, and the dialog is still in the page while
      // this runs: closed first, or the focus sent back would go nowhere.
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, [before]);
  return (
    <dialog
      ref={ref}
      className="present-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="present-dialog__title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
