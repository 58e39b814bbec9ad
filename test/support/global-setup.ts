import pg from "pg";
import { TEST_DATABASE_URL } from "./postgres.js";

/** Says once, visibly, whether the PostgreSQL suites run or are skipped. */
export default async function setup(): Promise<void> {
  const safe = TEST_DATABASE_URL.replace(/\/\/([^:@/]+):[^@]*@/, "//$1:***@");
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    console.log(
      `\n[dari] PostgreSQL reachable at ${safe}: PostgreSQL suites run, each in a throwaway database.\n`,
    );
  } catch {
    console.log(
      `\n[dari] NOTICE: PostgreSQL not reachable at ${safe}: PostgreSQL suites are SKIPPED. Set TEST_DATABASE_URL to run them.\n`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
