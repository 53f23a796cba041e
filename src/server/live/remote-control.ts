import { consoleStateAfter, type ConsoleState, type LiveClientMessage, type LiveServerBody } from '../../domain';

type RemoteMessage = Extract<LiveClientMessage, { t: 'remote' | 'console' | 'follow' }>;
interface Peer {
  role?: { kind: string };
}

/**
 * The trainer's phone remote, relayed through a live session: a remote (a socket that said hello
 * with the trainer's key) sends a command for one console; a console says where it stands, which
 * its remotes and its screens on other machines follow; a screen or a remote that (re)connects
 * asks for the last state of the console it follows. Only the trainer's sockets may command or
 * speak for a console; the last state of each console is kept in memory (a console resends it
 * whenever it reconnects). A console speaks only when something changes, so the state a follower
 * gets later is aged by the time since it arrived: its clocks read what the console's read now.
 */
export function remoteControl(now: () => number = Date.now) {
  const last = new Map<string, Map<string, { state: ConsoleState; at: number }>>();
  return {
    handles: (m: LiveClientMessage): m is RemoteMessage => m.t === 'remote' || m.t === 'console' || m.t === 'follow',
    handle<P extends Peer>(code: string, peers: Iterable<P>, from: P, m: RemoteMessage, send: (to: P, message: LiveServerBody) => void) {
      const kind = from.role?.kind;
      if (m.t === 'follow') {
        if (kind !== 'trainer' && kind !== 'screen') return send(from, { t: 'error', error: 'not_trainer' });
        const kept = last.get(code)?.get(m.console);
        if (kept) send(from, { t: 'console', state: consoleStateAfter(kept.state, now() - kept.at) });
        return;
      }
      if (kind !== 'trainer') return send(from, { t: 'error', error: 'not_trainer' });
      if (m.t === 'remote') {
        for (const p of peers) if (p !== from && p.role?.kind === 'trainer') send(p, { t: 'remote', command: m.command, to: m.to });
        return;
      }
      const room = last.get(code) ?? new Map<string, { state: ConsoleState; at: number }>();
      room.set(m.state.source, { state: m.state, at: now() });
      last.set(code, room);
      for (const p of peers) if (p !== from && (p.role?.kind === 'trainer' || p.role?.kind === 'screen')) send(p, { t: 'console', state: m.state });
    },
  };
}
