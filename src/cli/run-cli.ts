/**
 * The frame every CLI command shares: one clear line on failure and a non-zero exit, so a
 * shell script or CI step can trust the exit code.
 */
export async function runCli(
  name: string,
  main: (io: { log: (line: string) => void; args: readonly string[] }) => Promise<void>,
): Promise<void> {
  try {
    await main({ log: (line) => process.stdout.write(`${line}\n`), args: process.argv.slice(2) });
  } catch (error) {
    process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
