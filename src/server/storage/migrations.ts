/**
 * One schema change: its SQL in the portable subset both databases run, and where PostgreSQL
 * needs other words, a rewrite of it. Applied once each, in order, remembered by name.
 */
export interface Migration {
  name: string;
  sql: string;
  postgres?: (sql: string) => string;
}

/** The course every row belongs to until there is a second one (its rows then carry another id: no migration). */
export const DEFAULT_COURSE_ID = 'sales-target-academy';

export const MIGRATIONS: readonly Migration[] = [
  {
    name: 'statements',
    sql: `CREATE TABLE statements (
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
  },

  {
    name: 'trainees',
    sql: `CREATE TABLE trainees (
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
  },

  // Kept current on every statement write (and rebuilt after voiding) so HR's matrix is one read.
  {
    name: 'progress-and-hr-sessions',
    sql: `CREATE TABLE progress (
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
     "user" TEXT NOT NULL,
     csrf TEXT NOT NULL,
     expires INTEGER NOT NULL
   );`,
  },

  // Certificates: one per trainee per name and department, found by its verification code.
  {
    name: 'certificates',
    sql: `CREATE TABLE certificates (
     code TEXT PRIMARY KEY,
     employee_id TEXT NOT NULL REFERENCES trainees (employee_id),
     name TEXT NOT NULL,
     department TEXT NOT NULL,
     final_score REAL NOT NULL,
     completed_at TEXT NOT NULL,
     issued_at TEXT NOT NULL
   );
   CREATE UNIQUE INDEX certificates_holder ON certificates (employee_id, name, department);`,
  },

  // The xAPI State resource (cmi5's LMS.LaunchData, and a packaged course's resume state).
  {
    name: 'state-documents',
    sql: `CREATE TABLE state_documents (
     activity_id TEXT NOT NULL,
     agent_key TEXT NOT NULL,
     registration TEXT NOT NULL DEFAULT '',
     state_id TEXT NOT NULL,
     content_type TEXT NOT NULL,
     body BLOB NOT NULL,
     updated TEXT NOT NULL,
     PRIMARY KEY (activity_id, agent_key, registration, state_id)
   );`,
  },

  // Live sessions: each session's state as JSON, so a restart finds it where it was.
  {
    name: 'live-sessions',
    sql: `CREATE TABLE live_sessions (
     code TEXT PRIMARY KEY,
     trainer_key_hash TEXT NOT NULL,
     state TEXT NOT NULL,
     created TEXT NOT NULL,
     updated TEXT NOT NULL
   );`,
  },

  // Rate-limit hits (per address, per address and user…), shared by every limit and kept across restarts.
  {
    name: 'rate-hits',
    sql: `CREATE TABLE rate_hits (
     key TEXT NOT NULL,
     at INTEGER NOT NULL
   );
   CREATE INDEX rate_hits_key ON rate_hits (key, at);
   CREATE INDEX rate_hits_at ON rate_hits (at);`,
  },

  // Each live answer as it is acknowledged, written with its statement in one transaction; a room's
  // saved state is replayed forward from these, so a crash never forgets an acknowledged answer.
  {
    name: 'live-answers',
    sql: `CREATE TABLE live_answers (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     code TEXT NOT NULL,
     qid TEXT NOT NULL,
     pid TEXT NOT NULL,
     answer TEXT NOT NULL,
     statement_id TEXT NOT NULL,
     UNIQUE (code, qid, pid)
   );`,
  },

  // The rest of the xAPI 1.0.3 LRS: every agent and activity a statement names (for the agent,
  // activity and related_* filters), the canonical definition of each activity, attachments by
  // hash, the Agent and Activity Profile documents, and ETags on the State documents.
  {
    name: 'lrs-resources',
    sql: `CREATE TABLE statement_agents (seq INTEGER NOT NULL, agent_key TEXT NOT NULL, broad INTEGER NOT NULL);
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
    postgres: (sql) => sql.replace("json_extract(body, '$.object.objectType')", "(body::jsonb)->'object'->>'objectType'"),
  },

  // A scoped HR session (a manager's) sees one department only; NULL is the whole company.
  {
    name: 'hr-session-department',
    sql: `ALTER TABLE hr_sessions ADD COLUMN department TEXT;`,
  },

  // HR's saved views (filters and sort as the dashboard's query), per HR user.
  {
    name: 'hr-views',
    sql: `CREATE TABLE hr_views (
     "user" TEXT NOT NULL,
     name TEXT NOT NULL,
     query TEXT NOT NULL,
     updated TEXT NOT NULL,
     PRIMARY KEY ("user", name)
   );`,
  },

  // The day by which each department's trainees should have completed the course.
  {
    name: 'hr-due-dates',
    sql: `CREATE TABLE hr_due_dates (
     department TEXT PRIMARY KEY,
     due TEXT NOT NULL,
     updated TEXT NOT NULL
   );`,
  },
  // Settings every instance shares (the generated LRS and HR credentials when the environment gives none).
  {
    name: 'shared-settings',
    sql: `CREATE TABLE settings (
     key TEXT PRIMARY KEY,
     value TEXT NOT NULL,
     updated TEXT NOT NULL
   );`,
  },
  // Live rooms across instances: a version for compare-and-set saves, and relayed messages too large for a notification.
  {
    name: 'live-rooms-shared',
    sql: `ALTER TABLE live_sessions ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
   CREATE TABLE live_relay (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     body TEXT NOT NULL,
     at INTEGER NOT NULL
   );`,
  },
  // What belongs to one course carries its id: progress, certificates, live rooms and due dates.
  {
    name: 'course-scoped-keys',
    sql: `CREATE TABLE progress_by_course (
     course_id TEXT NOT NULL,
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
     PRIMARY KEY (course_id, actor_key, module_id)
   );
   INSERT INTO progress_by_course SELECT '${DEFAULT_COURSE_ID}', actor_key, module_id, employee_id, actor_name, read, passed, best_score, attempts, time_spent_ms, first_activity, last_activity FROM progress;
   DROP TABLE progress;
   ALTER TABLE progress_by_course RENAME TO progress;
   CREATE INDEX progress_employee ON progress (course_id, employee_id);
   ALTER TABLE certificates ADD COLUMN course_id TEXT NOT NULL DEFAULT '${DEFAULT_COURSE_ID}';
   DROP INDEX certificates_holder;
   CREATE UNIQUE INDEX certificates_holder ON certificates (course_id, employee_id, name, department);
   ALTER TABLE live_sessions ADD COLUMN course_id TEXT NOT NULL DEFAULT '${DEFAULT_COURSE_ID}';
   CREATE TABLE due_dates_by_course (
     course_id TEXT NOT NULL,
     department TEXT NOT NULL,
     due TEXT NOT NULL,
     updated TEXT NOT NULL,
     PRIMARY KEY (course_id, department)
   );
   INSERT INTO due_dates_by_course SELECT '${DEFAULT_COURSE_ID}', department, due, updated FROM hr_due_dates;
   DROP TABLE hr_due_dates;
   ALTER TABLE due_dates_by_course RENAME TO hr_due_dates;`,
  },
  // Quiz attempts the server scores: the seed it issued (or, offline, the page's own), and once
  // scored the answers and the result, so an attempt is scored once and its result can be told again.
  {
    name: 'quiz-attempts',
    sql: `CREATE TABLE quiz_attempts (
     id TEXT PRIMARY KEY,
     actor_key TEXT NOT NULL,
     employee_id TEXT NOT NULL,
     quiz_id TEXT NOT NULL,
     seed TEXT NOT NULL,
     seed_source TEXT NOT NULL,
     issued_at TEXT NOT NULL,
     expires_at TEXT NOT NULL,
     started_at TEXT,
     ended_at TEXT,
     scored_at TEXT,
     score REAL,
     passed INTEGER,
     answers TEXT,
     result TEXT
   );
   CREATE INDEX quiz_attempts_actor ON quiz_attempts (actor_key, quiz_id, issued_at);
   CREATE INDEX quiz_attempts_open ON quiz_attempts (scored_at, expires_at);`,
  },
  // Cohorts: HR names a rollout wave and lists its employee ids (one cohort per trainee), and may
  // give each cohort a due day of its own.
  {
    name: 'hr-cohorts',
    sql: `CREATE TABLE hr_cohort_members (
     employee_id TEXT PRIMARY KEY,
     cohort TEXT NOT NULL,
     updated TEXT NOT NULL
   );
   CREATE INDEX hr_cohort_members_cohort ON hr_cohort_members (cohort);
   CREATE TABLE hr_cohort_due_dates (
     cohort TEXT PRIMARY KEY,
     due TEXT NOT NULL,
     updated TEXT NOT NULL
   );`,
  },
  // Company sign-in: browser sessions of signed-in users (idle and absolute expiry), logins on their
  // way through the provider (keyed by state), role grants an admin adds to the provider's, and
  // which trainees' identities the company's sign-in vouched for (0: self-declared).
  {
    name: 'company-sign-in',
    sql: `CREATE TABLE user_sessions (
     token_hash TEXT PRIMARY KEY,
     subject TEXT NOT NULL,
     employee_id TEXT NOT NULL,
     name TEXT NOT NULL,
     department TEXT NOT NULL,
     roles TEXT NOT NULL,
     csrf TEXT NOT NULL,
     created INTEGER NOT NULL,
     last_seen INTEGER NOT NULL
   );
   CREATE INDEX user_sessions_created ON user_sessions (created);
   CREATE TABLE oidc_logins (
     state TEXT PRIMARY KEY,
     nonce TEXT NOT NULL,
     code_verifier TEXT NOT NULL,
     next TEXT NOT NULL,
     created INTEGER NOT NULL
   );
   CREATE TABLE role_grants (
     employee_id TEXT NOT NULL,
     role TEXT NOT NULL,
     granted_by TEXT NOT NULL,
     updated TEXT NOT NULL,
     PRIMARY KEY (employee_id, role)
   );
   ALTER TABLE trainees ADD COLUMN verified INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE trainees ADD COLUMN subject TEXT;`,
  },
  // Live question sets prepared per module before a session, reusable in every later one.
  {
    name: 'live-question-sets',
    sql: `CREATE TABLE live_question_sets (
     id TEXT PRIMARY KEY,
     module_id TEXT NOT NULL,
     title TEXT NOT NULL,
     questions TEXT NOT NULL,
     updated TEXT NOT NULL
   );`,
  },
  // A retake draws around the previous attempt's items; the list is part of what an attempt was drawn from.
  {
    name: 'quiz-attempt-avoid',
    sql: `ALTER TABLE quiz_attempts ADD COLUMN avoid TEXT;`,
  },
  // Signing out also ends the session at the company's provider, which asks for the ID token it
  // issued at sign-in (\`id_token_hint\`); a session opened before this has none (NULL).
  {
    name: 'user-session-id-token',
    sql: `ALTER TABLE user_sessions ADD COLUMN id_token TEXT;`,
  },
  // A statement token given to a signed-in page ends with that sign-in (the session's token hash;
  // NULL for a self-declared trainee's token, which has no sign-in to end).
  {
    name: 'trainee-token-session',
    sql: `ALTER TABLE trainee_tokens ADD COLUMN session_hash TEXT;
   CREATE INDEX trainee_tokens_session ON trainee_tokens (session_hash);`,
  },
  // HR's review report keeps a summary per trainee (their deck's due dates, their retention
  // answers), made again only once their quiz and review statements change (stale, with version
  // counting the changes). Every actor who already has such statements starts stale.
  {
    name: 'review-summaries',
    sql: `CREATE TABLE review_summaries (
     course_id TEXT NOT NULL,
     actor_key TEXT NOT NULL,
     version INTEGER NOT NULL,
     stale INTEGER NOT NULL,
     summary TEXT,
     PRIMARY KEY (course_id, actor_key)
   );
   CREATE INDEX review_summaries_stale ON review_summaries (course_id, actor_key) WHERE stale = 1;
   INSERT INTO review_summaries (course_id, actor_key, version, stale)
     SELECT DISTINCT '${DEFAULT_COURSE_ID}', actor_key, 1, 1 FROM statements
     WHERE verb_id IN ('http://adlnet.gov/expapi/verbs/answered', 'http://adlnet.gov/expapi/verbs/passed');`,
  },
  {
    // Beside each review summary, the practice summary HR's item analysis adds up: every row is
    // made again, and learners with only finished role-plays get one.
    name: 'practice-summaries',
    sql: `ALTER TABLE review_summaries ADD COLUMN practice TEXT;
   UPDATE review_summaries SET stale = 1, version = version + 1;
   INSERT INTO review_summaries (course_id, actor_key, version, stale)
     SELECT DISTINCT '${DEFAULT_COURSE_ID}', actor_key, 1, 1 FROM statements
     WHERE verb_id = 'http://adlnet.gov/expapi/verbs/completed' AND object_id LIKE '%/practice/roleplays/%'
     ON CONFLICT (course_id, actor_key) DO NOTHING;`,
  },
];
