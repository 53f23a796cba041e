/**
 * The presenter's keys, as PowerPoint and the common clickers have them. Pure: the caller brings
 * the key (`KeyboardEvent.key`, Shift) and the digits typed so far, and gets back what to do and
 * the digits to keep, so "12 Enter" can jump to slide 12 as it does in PowerPoint.
 */
export type PresentKey = 'next' | 'prev' | 'first' | 'last' | 'black' | 'white' | 'fullscreen' | 'goto' | 'help';

export interface PresentKeyPress {
  key: string;
  shiftKey: boolean;
}

export interface PresentKeyRead {
  /** The shortcut pressed, if the key is one. */
  key?: PresentKey;
  /** A slide number typed and confirmed with Enter (1-based, as typed; the console checks the range). */
  jump?: number;
  /** Digits typed so far, waiting for Enter. */
  typed: string;
  /** Whether the key was taken (the page should not also do its own thing with it). */
  handled: boolean;
}

const MAX_TYPED = 4;

/**
 * Reads one key press: → ↓ Space PageDown N Enter-less next; ← ↑ Shift+Space PageUp P Backspace back;
 * Home/End the ends; B or `.` black, W or `,` white; F full screen; G go to; ? help; digits then
 * Enter jump. Any other key forgets the digits typed.
 */
export function readPresentKey(press: PresentKeyPress, typed: string): PresentKeyRead {
  const { key, shiftKey } = press;
  if (/^[0-9]$/.test(key)) return { typed: (typed + key).slice(-MAX_TYPED), handled: true };
  if (key === 'Enter') return typed ? { jump: Number(typed), typed: '', handled: true } : { typed: '', handled: false };
  const found = shortcut(key, shiftKey);
  return found ? { key: found, typed: '', handled: true } : { typed: '', handled: false };
}

function shortcut(key: string, shiftKey: boolean): PresentKey | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case 'n':
    case 'N':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'p':
    case 'P':
    case 'Backspace':
      return 'prev';
    case ' ':
      return shiftKey ? 'prev' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'b':
    case 'B':
    case '.':
      return 'black';
    case 'w':
    case 'W':
    case ',':
      return 'white';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'g':
    case 'G':
      return 'goto';
    case '?':
      return 'help';
    default:
      return undefined;
  }
}
