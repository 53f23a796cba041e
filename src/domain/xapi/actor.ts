/**
 * One key per xAPI actor: its single identifier (an account's home page and name, or an mbox…).
 * The records store indexes by it and trainee tokens are checked against it, so the two can never
 * disagree about who a statement is about.
 */
export function actorKey(actor: unknown): string {
  const a = (actor ?? {}) as Record<string, unknown>;
  if (a.account) {
    const acc = a.account as Record<string, unknown>;
    return `account:${String(acc.homePage)}::${String(acc.name)}`;
  }
  for (const k of ['mbox', 'mbox_sha1sum', 'openid']) if (typeof a[k] === 'string') return `${k}:${String(a[k])}`;
  return 'unknown:';
}

/** The xAPI actor of a trainee known by employee id under the company's home page. */
export function accountActor(name: string, employeeId: string, homePage: string) {
  return { objectType: 'Agent' as const, name, account: { homePage, name: employeeId } };
}

/**
 * How HR's views name a learner who never registered: by the account name their records carry,
 * else by their actor key; and, when that name would not lead back to them (it is not an account
 * under the company's home page, so the employee id of that name is someone else or nobody), by
 * their actor key as well.
 */
export function unregisteredLearner(key: string, accountName: string | null | undefined, homePage: string): { employeeId: string; actorKey?: string } {
  const employeeId = accountName ?? key;
  return actorKey(accountActor('', employeeId, homePage)) === key ? { employeeId } : { employeeId, actorKey: key };
}

/** Whether `id` is an actor key (as `actorKey` makes them) rather than an employee id. */
export const isActorKey = (id: string) => /^(account|mbox|mbox_sha1sum|openid):/.test(id);
