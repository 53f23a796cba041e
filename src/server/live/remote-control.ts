import type { ConsoleState, LiveClientMessage, LiveServerBody } from '../../domain';

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
 * whenever it reconnects).
 */
export function remoteControl() {
  const last = new Map<string, Map<string, ConsoleState>>();
  return {
    handles: (m: LiveClientMessage): m is RemoteMessage => m.t === 'remote' || m.t === 'console' || m.t === 'follow',
    handle<P extends Peer>(code: string, peers: Iterable<P>, from: P, m: RemoteMessage, send: (to: P, message: LiveServerBody) => void) {
      const kind = from.role?.kind;
      if (m.t === 'follow') {
        if (kind !== 'trainer' && kind !== 'screen') return send(from, { t: 'error', error: 'not_trainer' });
        const state = last.get(code)?.get(m.console);
        if (state) send(from, { t: 'console', state });
        return;
      }
      if (kind !== 'trainer') return send(from, { t: 'error', error: 'not_trainer' });
      if (m.t === 'remote') {
        for (const p of peers) if (p !== from && p.role?.kind === 'trainer') send(p, { t: 'remote', command: m.command, to: m.to });
        return;
      }
      const room = last.get(code) ?? new Map<string, ConsoleState>();
      room.set(m.state.source, m.state);
      last.set(code, room);
      for (const p of peers) if (p !== from && (p.role?.kind === 'trainer' || p.role?.kind === 'screen')) send(p, { t: 'console', state: m.state });
    },
  };
}
