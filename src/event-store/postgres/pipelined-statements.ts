import pg from 'pg';

/** A prepared statement of a pipeline: its name, text, and parameters (strings, numbers, bigints, nulls). */
export interface PipelinedStatement {
  readonly name: string;
  readonly text: string;
  readonly values: readonly (string | number | bigint | null)[];
}

/** The server-side state pg's client keeps per connection, which the pipeline shares. */
interface ProtocolConnection {
  readonly parsedStatements: Record<string, string>;
  parse(query: { name: string; text: string }): void;
  bind(config: { statement: string; values: readonly (string | null)[] }): void;
  execute(config: { rows: number }): void;
  sync(): void;
  readonly stream: { cork?: () => void; uncork?: () => void };
}

/**
 * Several prepared statements sent in one write and answered in one round trip: the extended
 * protocol's Bind/Execute for each, one Sync at the end. They run in one implicit transaction,
 * each (at READ COMMITTED) with a snapshot of its own; an error ends the pipeline there and
 * rolls the transaction back. Rows come back as text fields, one array of rows per statement.
 *
 * Why: on a machine with more runnable processes than cores, a client's cost is its round trips
 * (a CPU profile of the hot-stream bench's writers: 56 % of the samples in `writev`, the store's
 * own JavaScript under 3 %). A question asked only when the first statement declines still costs
 * a round trip; asked in the same one it costs an index probe.
 *
 * A statement is parsed once per connection under its name, as pg's own named queries are, and
 * recorded in pg's per-connection table of parsed statements. pg learns of a Parse's success
 * only for its own queries, so the pipeline records one when it sends it; `parsedHere` tells
 * the caller to drop the connection if the pipeline then fails, lest the record be wrong.
 */
export class PipelinedStatements implements pg.Submittable {
  readonly result: Promise<string[][][]>;
  /** True when this pipeline sent a Parse: after an error the connection's record may be wrong. */
  parsedHere = false;
  private readonly rows: (string | null)[][][];
  private settle!: { resolve: (rows: string[][][]) => void; reject: (error: unknown) => void };
  private failed = false;

  constructor(private readonly statements: readonly PipelinedStatement[]) {
    this.rows = statements.map(() => []);
    this.result = new Promise((resolve, reject) => {
      this.settle = { resolve, reject };
    });
  }

  submit(connection: pg.Connection): void {
    const protocol = connection as unknown as ProtocolConnection;
    protocol.stream.cork?.();
    try {
      for (const { name, text } of this.statements) {
        if (protocol.parsedStatements[name] !== undefined) continue;
        protocol.parse({ name, text });
        protocol.parsedStatements[name] = text;
        this.parsedHere = true;
      }
      for (const { name, values } of this.statements) {
        protocol.bind({ statement: name, values: values.map((value) => (value === null ? null : String(value))) });
        protocol.execute({ rows: 0 });
      }
      protocol.sync();
    } finally {
      protocol.stream.uncork?.();
    }
  }

  private current = 0;

  handleDataRow(message: { fields: (string | null)[] }): void {
    this.rows[this.current]?.push(message.fields);
  }

  handleCommandComplete(): void {
    this.current++;
  }

  handleError(error: unknown): void {
    this.failed = true;
    this.settle.reject(error);
  }

  handleReadyForQuery(): void {
    if (!this.failed) this.settle.resolve(this.rows as string[][][]);
  }

  // No Describe is sent, so no RowDescription comes; the others cannot come for these statements.
  handleRowDescription(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyInResponse(connection: { sendCopyFail(message: string): void }): void {
    connection.sendCopyFail('no COPY in a pipeline');
  }
  handleCopyData(): void {}
}

/**
 * Runs the statements in one round trip on a connection of the pool. A refusal the server
 * reported keeps the connection (see refusable-query.ts), unless this pipeline parsed a
 * statement on it.
 */
export async function pipelinedQuery(pool: pg.Pool, statements: readonly PipelinedStatement[]): Promise<string[][][]> {
  const client = await pool.connect();
  const pipeline = new PipelinedStatements(statements);
  try {
    client.query(pipeline);
    const rows = await pipeline.result;
    client.release();
    return rows;
  } catch (error) {
    const keep = error instanceof pg.DatabaseError && !pipeline.parsedHere;
    client.release(keep ? undefined : (error as Error));
    throw error;
  }
}
