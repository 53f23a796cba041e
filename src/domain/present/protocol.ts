/**
 * What the presenter console and the audience screen say to each other. The console
 * is the one writer: it sends the position on every change and whenever a screen says hello; a
 * screen only asks (hello) or relays a key pressed on it (command). Every message is checked on
 * the way in, since anything on the same origin can post to the channel.
 */
// 2: a position says how many of the slide's hidden parts the room has seen (`reveal`).
export const PRESENT_PROTOCOL = 2;

/** One channel per module, so two modules presented side by side never cross. */
export const presentChannelName = (moduleId: string) => `sta-present:${moduleId}`;

export type PresentCommand = 'next' | 'prev' | 'first' | 'last' | 'black' | 'white';

export type PresentMessage =
  | {
      v: typeof PRESENT_PROTOCOL;
      type: 'position';
      moduleId: string;
      slideId: string;
      black: boolean;
      /** The audience screen is white (W); an older console leaves it out, which reads as false. */
      white: boolean;
      /** How many of the slide's hidden parts (a case's result, a grid's figures) are shown. */
      reveal: number;
      /** Counts up with each position one console sends; with `source` it orders the updates. */
      seq: number;
      /** The sending console's id, kept by its tab across reloads; a screen follows one console only. */
      source: string;
    }
  /** A screen (re)loads; `console` names the one it follows, and only that one answers. */
  | { v: typeof PRESENT_PROTOCOL; type: 'hello'; moduleId: string; console?: string }
  /** A key pressed on a screen, for the console it follows (`to`), or for any when the screen follows none yet. */
  | { v: typeof PRESENT_PROTOCOL; type: 'command'; moduleId: string; action: PresentCommand; to?: string }
  /**
   * The console `source` has gone on to another module in its tab (`to`), where it is the console
   * `console`: its screens go there with it, so the projector never stays behind on the last module.
   */
  | { v: typeof PRESENT_PROTOCOL; type: 'move'; moduleId: string; source: string; to: string; console: string };

export type PresentPositionMessage = Extract<PresentMessage, { type: 'position' }>;

/** Why a message was not taken. */
export type PresentRejection = 'notObject' | 'versionMismatch' | 'otherModule' | 'malformed';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_ID = 100;
const isId = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_ID && ID.test(v);
const isSeq = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const MAX_REVEAL = 100;
const isReveal = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_REVEAL;
const isSource = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID;
const commands: readonly string[] = ['next', 'prev', 'first', 'last', 'black', 'white'] satisfies PresentCommand[];
const optionalSource = (v: unknown) => (isSource(v) ? { ok: true, value: v } : v === undefined ? { ok: true, value: undefined } : { ok: false, value: undefined });

/**
 * Checks a message received for `moduleId`: the protocol version, the module, and the exact
 * shape of its kind. Extra fields are dropped, so what comes out is only what is typed.
 */
export function readPresentMessage(data: unknown, moduleId: string): { ok: true; message: PresentMessage } | { ok: false; reason: PresentRejection } {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, reason: 'notObject' };
  const m = data as Record<string, unknown>;
  if (m.v !== PRESENT_PROTOCOL) return { ok: false, reason: 'versionMismatch' };
  if (!isId(m.moduleId)) return { ok: false, reason: 'malformed' };
  if (m.moduleId !== moduleId) return { ok: false, reason: 'otherModule' };
  const base = { v: PRESENT_PROTOCOL, moduleId } as const;
  switch (m.type) {
    case 'hello': {
      const follow = optionalSource(m.console);
      if (!follow.ok) return { ok: false, reason: 'malformed' };
      return { ok: true, message: { ...base, type: 'hello', ...(follow.value ? { console: follow.value } : {}) } };
    }
    case 'command': {
      const to = optionalSource(m.to);
      return typeof m.action === 'string' && commands.includes(m.action) && to.ok
        ? { ok: true, message: { ...base, type: 'command', action: m.action as PresentCommand, ...(to.value ? { to: to.value } : {}) } }
        : { ok: false, reason: 'malformed' };
    }
    case 'position':
      return isId(m.slideId) && typeof m.black === 'boolean' && (m.white === undefined || typeof m.white === 'boolean') && isReveal(m.reveal) && isSeq(m.seq) && isSource(m.source)
        ? { ok: true, message: { ...base, type: 'position', slideId: m.slideId, black: m.black, white: m.white === true, reveal: m.reveal, seq: m.seq, source: m.source } }
        : { ok: false, reason: 'malformed' };
    case 'move':
      return isSource(m.source) && isId(m.to) && m.to !== moduleId && isSource(m.console)
        ? { ok: true, message: { ...base, type: 'move', source: m.source, to: m.to, console: m.console } }
        : { ok: false, reason: 'malformed' };
    default:
      return { ok: false, reason: 'malformed' };
  }
}

/** The last position a screen took: who sent it and its number. */
export interface PresentPositionStamp {
  source: string;
  seq: number;
}

/**
 * Whether a screen should follow `message`, given the last one it followed: anything from a
 * console it has not heard before (a reloaded console starts counting again), else only what
 * is newer, so a late or repeated message never sends the screen back.
 */
export function isNewerPresentPosition(last: PresentPositionStamp | undefined, message: PresentPositionStamp): boolean {
  return !last || last.source !== message.source || message.seq > last.seq;
}
