/** Where a shared plan rides in a link: the hash, so it never reaches a server. */
export const PLAN_HASH = '#plan=';
