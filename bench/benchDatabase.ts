import pg from 'pg';

export const defaultBenchUrl = 'postgres://postgres@127.0.0.1:5432/trellis_bench';

/**
 * Drops and recreates the benchmark database so every run starts from nothing. Because it drops
 * the database, it only agrees to do so for a database whose name contains "bench".
 */
export async function recreateBenchDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/bench/i.test(name)) {
    throw new Error(
      `The benchmark drops and recreates its database; "${name}" does not look like a benchmark database. ` +
        'Point DATABASE_URL at a database whose name contains "bench".',
    );
  }
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    const quoted = `"${name.replace(/"/g, '""')}"`;
    await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoted}`);
  } finally {
    await client.end();
  }
}

export async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ server_version: string }>('SHOW server_version');
    return result.rows[0]?.server_version ?? 'unknown';
  } finally {
    await client.end();
  }
}
