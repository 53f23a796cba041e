import { randomBytes, randomUUID } from 'node:crypto';
import {
  answerInPlace,
  answerProblem,
  askQuestion,
  end,
  liveAnswerStatement,
  markAnswered,
  objectionAnswer,
  openAnswer,
  planningDay,
  push,
  removeParticipant,
  reveal,
  sameAnswer,
  seatOrder,
  showStage,
  smartAnswer,
  toggleVote,
  type LiveAnswer,
  type LiveClientMessage,
  type LiveQuestion,
  type LiveSession,
} from '../../domain';
import { everyone, send, sendView, soon, type Client, type Room } from './live-room';
import type { RoomStore } from './room-store';
import type { QuestionSetStore } from './question-set-store';

export interface MessageContext {
  store: RoomStore;
  sets: QuestionSetStore;
  homePage: string;
  courseIri: string;
  now: () => number;
  persist: (r: Room) => Promise<void>;
  persistSoon: (r: Room) => void;
}

type PhoneMessage = Extract<LiveClientMessage, { t: 'answer' | 'ask' | 'vote' }>;
type TrainerMessage = Exclude<LiveClientMessage, { t: 'trainer' | 'join' | 'screen' | 'ping' } | PhoneMessage>;

/** The value a phone's answer stands for, worked out on the server (the phone sends only what it chose or wrote). */
function answerValue(s: LiveSession, pid: string, m: Extract<LiveClientMessage, { t: 'answer' }>, at: number): LiveAnswer {
  const q = s.questions.find((x) => x.id === m.qid);
  const lang = s.participants[pid]?.lang;
  // A goal for a company is judged by that company's calendar (its plan's first day); without one, by the server's date (UTC).
  if (q?.kind === 'smart') return smartAnswer(m.text ?? '', at, q, lang, q.scenario ? planningDay(q.scenario.year) : new Date(at).toISOString().slice(0, 10));
  if (q?.kind === 'objection') return objectionAnswer(m.text ?? '', at, q.objection);
  if (q?.kind === 'open') return openAnswer(m.text ?? '', at, lang);
  if (q?.kind === 'rating') return { rating: m.rating ?? 0, at };
  const optionIds = [...new Set(m.optionIds ?? [])];
  // The order this seat was shown, kept with the answer: the record says what the phone saw.
  return q?.kind === 'quiz' ? { optionIds, at, order: seatOrder(q.id, pid, q.options.map((o) => o.id)) } : { optionIds, at };
}

/**
 * A seat that has an answer sends one again: the same (sent anew after a lost acknowledgement) is
 * in; another (from a second screen of the seat) is refused by name, since the first one counts.
 */
function answeredBefore(r: Room, c: Client, pid: string, qid: string, value: LiveAnswer, at: number) {
  const stored = r.state.answers[qid]?.[pid];
  send(c, stored && sameAnswer(stored, value) ? { t: 'received', qid } : { t: 'error', error: 'already_answered', qid });
  sendView(r, c, at);
}

/** What a phone says once seated: an answer, a question for the Q&A, a vote. */
export async function handlePhone(ctx: MessageContext, r: Room, c: Client, pid: string, m: PhoneMessage) {
  const at = ctx.now();
  if (m.t === 'answer') {
    const value = answerValue(r.state, pid, m, at);
    const problem = answerProblem(r.state, pid, m.qid, value);
    const q = r.state.questions.find((x) => x.id === m.qid);
    if (problem === 'duplicate') return answeredBefore(r, c, pid, m.qid, value, at);
    if (problem || !q) return send(c, { t: 'error', error: problem ?? 'unknown_question', qid: m.qid });
    const statement = liveAnswerStatement({ id: randomUUID(), session: r.state, pid, question: q, answer: value, homePage: ctx.homePage, courseIri: ctx.courseIri }) as unknown as Record<string, unknown>;
    try {
      // Durable before acknowledged: the answer and its statement are on disk before the phone hears it is in.
      await ctx.store.journalAnswer(r.state.code, m.qid, pid, value, statement);
    } catch (e) {
      // Another screen of the same seat wrote first (the journal takes one answer per seat).
      if (r.state.answers[m.qid]?.[pid]) return answeredBefore(r, c, pid, m.qid, value, at);
      throw e;
    }
    // Into the room as it is now (other messages were handled while the journal wrote); a second copy already there changes nothing.
    if (!r.state.answers[m.qid]?.[pid]) answerInPlace(r.state, pid, m.qid, value);
    ctx.persistSoon(r);
    send(c, { t: 'received', qid: m.qid });
    sendView(r, c, at);
    // An answer that was on its way when the trainer revealed or ended counts: every phone's standing is redrawn with it.
    const settled = r.state.ended || r.state.revealed.includes(m.qid);
    return soon(r, settled ? ['trainer', 'screen', 'participant'] : ['trainer', 'screen'], ctx.now);
  }
  const next = m.t === 'ask' ? askQuestion(r.state, pid, `qa-${randomBytes(4).toString('hex')}`, m.text, at) : toggleVote(r.state, pid, m.entryId);
  if (typeof next === 'string') return send(c, { t: 'error', error: next });
  r.state = next;
  ctx.persistSoon(r);
  sendView(r, c, at);
  soon(r, ['trainer', 'screen', 'participant'], ctx.now);
}

/** Tells the room's consoles the module's question sets. */
export async function sendSets(ctx: MessageContext, r: Room, only?: Client) {
  const sets = await ctx.sets.list(r.state.moduleId);
  for (const c of only ? [only] : r.clients) if (c.role?.kind === 'trainer') send(c, { t: 'sets', sets });
}

/** What the trainer's console says: push, reveal, the projector's stage, a seat's removal, the Q&A, question sets, the end. */
export async function handleTrainer(ctx: MessageContext, r: Room, c: Client, m: TrainerMessage) {
  const all = ['participant', 'trainer', 'screen'] as const;
  if (m.t === 'slide') {
    r.state = { ...r.state, slide: { moduleId: m.moduleId, slideId: m.slideId, black: m.black } };
    everyone(r, ['screen'], ctx.now);
    return ctx.persistSoon(r);
  }
  if (m.t === 'save_set' || m.t === 'delete_set') {
    if (m.t === 'delete_set') await ctx.sets.remove(r.state.moduleId, m.id);
    else if (!(await ctx.sets.save(r.state.moduleId, { ...m.set, id: m.set.id ?? `set-${randomBytes(6).toString('hex')}` }, new Date(ctx.now()).toISOString()))) return send(c, { t: 'error', error: 'full' });
    return sendSets(ctx, r);
  }
  if (m.t === 'push') {
    const qid = `q${r.state.questions.length + 1}-${randomBytes(3).toString('hex')}`;
    r.state = push(r.state, { ...m.question, id: qid, pushedAt: ctx.now() } as LiveQuestion);
  } else if (m.t === 'reveal') {
    if (r.state.currentId) r.state = reveal(r.state, r.state.currentId);
  } else if (m.t === 'end') r.state = end(r.state);
  else if (m.t === 'stage') r.state = showStage(r.state, m.stage);
  else if (m.t === 'qa_answered') r.state = markAnswered(r.state, m.entryId, m.answered);
  else if (m.t === 'remove') {
    r.state = removeParticipant(r.state, m.pid);
    for (const other of [...r.clients])
      if (other.role?.kind === 'participant' && other.role.pid === m.pid) {
        send(other, { t: 'error', error: 'removed' });
        r.clients.delete(other);
        other.role = undefined;
        other.ws.close?.(1000, 'removed');
      }
  }
  everyone(r, all, ctx.now);
  // A pushed question is written at once: answers journaled to it must find it after a crash.
  await ctx.persist(r);
}
