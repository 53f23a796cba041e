import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { allRows, eachRow, firstRow } from './sqlite-rows';

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function table() {
  const db = new Database(':memory:');
  open.push(db);
  db.exec("CREATE TABLE t (k TEXT, n INTEGER, x REAL, b BLOB); INSERT INTO t VALUES ('a', 1, 0.5, x'0102'), ('b', NULL, NULL, NULL)");
  return db;
}

test('rows are the objects better-sqlite3 itself would make: every column, NULLs, blobs, and a repeated name keeps its last value', () => {
  const db = table();
  for (const text of ['SELECT * FROM t ORDER BY k', 'SELECT k, n AS k, x, b FROM t ORDER BY k', 'SELECT k FROM t WHERE k = ?']) {
    const params = text.includes('?') ? ['b'] : [];
    const own = db.prepare(text).all(...params);
    const statement = db.prepare(text);
    expect(allRows(statement, params)).toEqual(own);
    // The same statement again, now in raw mode, and one row or row by row.
    expect(allRows(statement, params)).toEqual(own);
    expect(firstRow(statement, params)).toEqual(own[0]);
    expect([...eachRow(statement, params)]).toEqual(own);
  }
  expect(firstRow(db.prepare('SELECT * FROM t WHERE k = ?'), ['none'])).toBeUndefined();
});

test('a statement read again after its table gained a column names the new column too', () => {
  const db = table();
  const statement = db.prepare("SELECT * FROM t WHERE k = 'a'");
  expect(Object.keys(firstRow<object>(statement, [])!)).toEqual(['k', 'n', 'x', 'b']);
  db.exec("ALTER TABLE t ADD COLUMN extra TEXT DEFAULT 'e'");
  expect(firstRow(statement, [])).toEqual(db.prepare("SELECT * FROM t WHERE k = 'a'").get());
  expect(allRows(statement, [])).toEqual(db.prepare("SELECT * FROM t WHERE k = 'a'").all());
});

test('a statement that returns no data is refused as better-sqlite3 refuses it', () => {
  const db = table();
  expect(() => allRows(db.prepare("UPDATE t SET n = 2 WHERE k = 'a'"), [])).toThrow(/does not return data/);
  expect(() => firstRow(db.prepare("UPDATE t SET n = 2 WHERE k = 'a'"), [])).toThrow(/does not return data/);
});
