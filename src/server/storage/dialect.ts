import type { Sql } from './sql';

/** A number inside a JSON text column, in each database's words (`path` are object keys, trusted). */
export function jsonNumber(sql: Pick<Sql, 'dialect'>, column: string, path: readonly string[]): string {
  if (sql.dialect === 'postgres') return `((${column})::jsonb #>> '{${path.join(',')}}')::double precision`;
  return `json_extract(${column}, '$.${path.join('.')}')`;
}
