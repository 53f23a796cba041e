import { z } from 'zod';

/**
 * The trainer's phone remote and the console it drives, through the live-session server: the
 * console says where it is (`consoleState`), the remote sends commands (`remoteCommand`). Both
 * travel inside the live protocol (src/domain/live/protocol.ts) and are checked there on arrival.
 */
export const REMOTE_COMMANDS = ['next', 'prev', 'first', 'last', 'black', 'white', 'reveal', 'timer'] as const;
export type RemoteCommand = (typeof REMOTE_COMMANDS)[number];

const id = z.string().min(1).max(64);
const source = z.string().regex(/^[a-z0-9-]{1,40}$/);
const ms = z.number().int().min(0).max(1e10);

/** Where a console stands, as its remote and its screens on other machines need it. */
export const consoleStateSchema = z.object({
  /** The console's id (kept by its tab); a remote or a screen follows one console. */
  source,
  moduleId: id,
  slideId: id,
  black: z.boolean(),
  white: z.boolean(),
  reveal: z.number().int().min(0).max(100),
  /** The stopwatch at the moment this was sent, whether it runs, and its reading when the slide came up. */
  elapsed: ms,
  running: z.boolean(),
  slideStartedAt: ms,
});
export type ConsoleState = z.infer<typeof consoleStateSchema>;

export const remoteCommandSchema = z.object({ command: z.enum(REMOTE_COMMANDS), to: source });
export type RemoteCommandMessage = z.infer<typeof remoteCommandSchema>;

/** The stopwatch reading a remote shows `sinceReceived` ms after a console state arrived. */
export const remoteElapsed = (state: Pick<ConsoleState, 'elapsed' | 'running'>, sinceReceived: number) => state.elapsed + (state.running ? Math.max(0, sinceReceived) : 0);

/** A console state kept `since` ms, as the console would send it now: a running stopwatch has gone on (the slide's start stays where it was). */
export const consoleStateAfter = (state: ConsoleState, since: number): ConsoleState => ({ ...state, elapsed: Math.round(remoteElapsed(state, since)) });

/** What the phone remote's address carries after `#` (never sent to a server): the session, the trainer's key, the console. */
export interface RemoteLink {
  code: string;
  key: string;
  console: string;
}

export const remoteLinkHash = (link: RemoteLink) => `#${new URLSearchParams({ code: link.code, key: link.key, console: link.console }).toString()}`;

/** Reads a remote's `#code=…&key=…&console=…`, or undefined when it is not a whole, well-formed link. */
export function readRemoteLink(hash: string): RemoteLink | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const code = params.get('code') ?? '';
  const key = params.get('key') ?? '';
  const console = params.get('console') ?? '';
  if (!/^\d{6}$/.test(code) || !/^[A-Za-z0-9_-]{10,100}$/.test(key) || !source.safeParse(console).success) return undefined;
  return { code, key, console };
}

/** What a console hands the live session for its phone remote and its screens on other machines. */
export interface ConsoleRemoteInput extends Omit<ConsoleState, 'elapsed' | 'running'> {
  /** The stopwatch: the remote is sent its reading and whether it runs. */
  timer: { startedAt: number | null; banked: number };
}

/** The live session a console runs, when it runs one: what its phone remote joins with. */
export interface ConsoleRemoteLink {
  code: string;
  key: string;
}

/** What the phone remote page gets from the live session (the live feature's hook gives it). */
export interface RemoteSession {
  /** `refused`: the code or the key is not (or no longer) a session's. */
  status: 'connecting' | 'open' | 'reconnecting' | 'closed' | 'refused';
  /** Where the console stands, once it has said so, and when that arrived (ms since epoch, this device's clock). */
  console?: ConsoleState;
  receivedAt: number;
  /** The live question on the phones, while it waits for its reveal. */
  question?: { answered: number; people: number };
  command: (command: RemoteCommand) => void;
  /** Shows the live question's answer on every phone. */
  revealAnswer: () => void;
}
