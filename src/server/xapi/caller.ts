import type { TraineeIdentity } from '../trainees';

/** Who is calling the LRS: the full-access credential, or one trainee's token (which reaches only that trainee's records). */
export type Caller = { kind: 'full' } | { kind: 'trainee'; trainee: TraineeIdentity };
