import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';

export type Db = Database.Database;

/** Schema changes, applied in order once each; a database remembers how far it has come. */
const MIGRATIONS: string[] = [
  `CREATE TABLE statements (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     id TEXT NOT NULL UNIQUE,
     stored TEXT NOT NULL,
     actor_key TEXT NOT NULL,
     verb_id TEXT NOT NULL,
     object_id TEXT NOT NULL,
     registration TEXT,
     voided INTEGER NOT NULL DEFAULT 0,
     body TEXT NOT NULL
   );
   CREATE INDEX statements_actor ON statements (actor_key, seq);
   CREATE INDEX statements_verb ON statements (verb_id, seq);
   CREATE INDEX statements_object ON statements (object_id, seq);
   CREATE INDEX statements_registration ON statements (registration, seq);`,
  `CREATE TABLE trainees (
     employee_id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     department TEXT NOT NULL,
     registered TEXT NOT NULL,
     updated TEXT NOT NULL
   );
   CREATE TABLE trainee_tokens (
     token_hash TEXT PRIMARY KEY,
     employee_id TEXT NOT NULL REFERENCES trainees (employee_id),
     created TEXT NOT NULL
   );`,
  // Kept current on every statement write (and rebuilt after voiding) so HR's matrix is one read.
  `CREATE TABLE progress (
     actor_key TEXT NOT NULL,
     module_id TEXT NOT NULL,
     employee_id TEXT,
     actor_name TEXT NOT NULL DEFAULT '',
     read INTEGER NOT NULL,
     passed INTEGER NOT NULL,
     best_score REAL,
     attempts INTEGER NOT NULL,
     time_spent_ms INTEGER NOT NULL,
     first_activity TEXT NOT NULL,
     last_activity TEXT NOT NULL,
     PRIMARY KEY (actor_key, module_id)
   );
   CREATE INDEX progress_employee ON progress (employee_id);
   CREATE TABLE hr_sessions (
     token_hash TEXT PRIMARY KEY,
     user TEXT NOT NULL,
     csrf TEXT NOT NULL,
     expires INTEGER NOT NULL
   );`,
  // Certificates: one per trainee per name and department, found by its verification code.
  `CREATE TABLE certificates (
     code TEXT PRIMARY KEY,
     employee_id TEXT NOT NULL REFERENCES trainees (employee_id),
     name TEXT NOT NULL,
     department TEXT NOT NULL,
     final_score REAL NOT NULL,
     completed_at TEXT NOT NULL,
     issued_at TEXT NOT NULL
   );
   CREATE UNIQUE INDEX certificates_holder ON certificates (employee_id, name, department);`,
  // The xAPI State resource (cmi5's LMS.LaunchData, and a packaged course's resume state).
  `CREATE TABLE state_documents (
     activity_id TEXT NOT NULL,
     agent_key TEXT NOT NULL,
     registration TEXT NOT NULL DEFAULT '',
     state_id TEXT NOT NULL,
     content_type TEXT NOT NULL,
     body BLOB NOT NULL,
     updated TEXT NOT NULL,
     PRIMARY KEY (activity_id, agent_key, registration, state_id)
   );`,
  // Live sessions: each session's state as JSON, so a restart finds it where it was.
  `CREATE TABLE live_sessions (
     code TEXT PRIMARY KEY,
     trainer_key_hash TEXT NOT NULL,
     state TEXT NOT NULL,
     created TEXT NOT NULL,
     updated TEXT NOT NULL
   );`,
  // Rate-limit hits (per address, per address and user…), shared by every limit and kept across restarts.
  `CREATE TABLE rate_hits (
     key TEXT NOT NULL,
     at INTEGER NOT NULL
   );
   CREATE INDEX rate_hits_key ON rate_hits (key, at);
   CREATE INDEX rate_hits_at ON rate_hits (at);`,
  // Each live answer as it is acknowledged, written with its statement in one transaction; a room's
  // saved state is replayed forward from these, so a crash never forgets an acknowledged answer.
  `CREATE TABLE live_answers (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     code TEXT NOT NULL,
     qid TEXT NOT NULL,
     pid TEXT NOT NULL,
     answer TEXT NOT NULL,
     statement_id TEXT NOT NULL,
     UNIQUE (code, qid, pid)
   );`,
  // The rest of the xAPI 1.0.3 LRS: every agent and activity a statement names (for the agent,
  // activity and related_* filters), the canonical definition of each activity, attachments by
  // hash, the Agent and Activity Profile documents, and ETags on the State documents.
  `CREATE TABLE statement_agents (seq INTEGER NOT NULL, agent_key TEXT NOT NULL, broad INTEGER NOT NULL);
   CREATE INDEX statement_agents_key ON statement_agents (agent_key, broad, seq);
   CREATE TABLE statement_activities (seq INTEGER NOT NULL, activity_id TEXT NOT NULL, broad INTEGER NOT NULL);
   CREATE INDEX statement_activities_id ON statement_activities (activity_id, broad, seq);
   CREATE TABLE activities (activity_id TEXT PRIMARY KEY, definition TEXT NOT NULL);
   CREATE TABLE attachments (sha2 TEXT PRIMARY KEY, content_type TEXT NOT NULL, body BLOB NOT NULL);
   CREATE TABLE profile_documents (
     kind TEXT NOT NULL,
     owner TEXT NOT NULL,
     profile_id TEXT NOT NULL,
     content_type TEXT NOT NULL,
     body BLOB NOT NULL,
     updated TEXT NOT NULL,
     PRIMARY KEY (kind, owner, profile_id)
   );
   ALTER TABLE statements ADD COLUMN ref_id TEXT;
   CREATE INDEX statements_ref ON statements (ref_id) WHERE ref_id IS NOT NULL;
   UPDATE statements SET ref_id = lower(object_id) WHERE json_extract(body, '$.object.objectType') = 'StatementRef';
   INSERT INTO statement_agents (seq, agent_key, broad) SELECT seq, actor_key, 0 FROM statements;
   INSERT INTO statement_activities (seq, activity_id, broad) SELECT seq, object_id, 0 FROM statements;`,
  // A scoped HR session (a manager's) sees one department only; NULL is the whole company.
  `ALTER TABLE hr_sessions ADD COLUMN department TEXT;`,
  // HR's saved views (filters and sort as the dashboard's query), per HR user.
  `CREATE TABLE hr_views (
     user TEXT NOT NULL,
     name TEXT NOT NULL,
     query TEXT NOT NULL,
     updated TEXT NOT NULL,
     PRIMARY KEY (user, name)
   );`,
  // The day by which each department's trainees should have completed the course.
  `CREATE TABLE hr_due_dates (
     department TEXT PRIMARY KEY,
     due TEXT NOT NULL,
     updated TEXT NOT NULL
   );`,
  // Live question sets a trainer prepares per module and reuses from session to session.
  `CREATE TABLE live_question_sets (
     id TEXT PRIMARY KEY,
     module_id TEXT NOT NULL,
     title TEXT NOT NULL,
     questions TEXT NOT NULL,
     updated TEXT NOT NULL
   );`,
];

/**
 * Opens (or creates) the records database under `dataDir`: WAL for safe concurrent reads, migrated.
 * The file is created readable by the owner only (SQLite gives its WAL and shared-memory files the
 * same mode), and an older file is narrowed to that.
 */
export function openDb(dataDir: string | ':memory:'): Db {
  let db: Db;
  if (dataDir === ':memory:') db = new Database(':memory:');
  else {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const file = join(dataDir, 'records.sqlite');
    if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
    for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
    db = new Database(file);
    db.pragma('journal_mode = WAL');
  }
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

function migrate(db: Db) {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
  const current = row?.version ?? 0;
  if (!row) db.prepare('INSERT INTO schema_version (version) VALUES (0)').run();
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.prepare('UPDATE schema_version SET version = ?').run(v + 1);
    })();
  }
}
