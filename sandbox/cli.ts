/**
 * `npm run sandbox -- --port 8787`: runs the Leady sandbox until Ctrl+C / SIGTERM.
 * See `npm run sandbox -- --help` for the flags.
 */
import { HELP, parseCliArgs } from './cli/args';
import { resolveOptions } from './options';
import { startSandbox } from './server';

async function main(): Promise<void> {
  let config: ReturnType<typeof parseCliArgs>;
  try {
    config = parseCliArgs(process.argv.slice(2));
    resolveOptions(config.options); // validate ranges before seeding
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\nRun with --help for usage.`);
    process.exitCode = 2;
    return;
  }
  if (config.help) {
    console.log(HELP);
    return;
  }
  const { options } = config;
  if (!config.quiet) {
    options.onRequest = (entry) =>
      console.log(`${entry.method} ${entry.path} → ${entry.status ?? 'dropped'} (${entry.ms} ms)`);
  }
  const started = performance.now();
  const sandbox = await startSandbox(options);
  const { data } = sandbox;
  const rates = Object.entries(options.rates ?? {}).map(([scope, rate]) => `${scope}=${rate}`);
  console.log(`Leady sandbox listening on ${sandbox.url}`);
  console.log(`  login:      ${options.email ?? 'demo@leady.test'} / ${options.password ?? 'leady-demo'}`);
  console.log(`  token:      ${sandbox.token}`);
  console.log(`  demo pages: ${sandbox.origin}/demo/`);
  console.log(`  control:    ${sandbox.origin}/__sandbox/`);
  console.log(
    `  data:       ${data.resources.length} resources, ${data.companies.length} companies, ` +
      `${data.sessions.count} sessions (seed ${data.seed}, generated in ${Math.round(performance.now() - started)} ms)`,
  );
  console.log(`  throttling: ${rates.length > 0 ? rates.join(', ') : 'off'}`);
  const faults = sandbox.faults.list();
  if (faults.length > 0)
    console.log(`  faults:     ${faults.map((f) => JSON.stringify(f)).join('\n              ')}`);
  console.log('Press Ctrl+C to stop.');

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) {
      // A second Ctrl+C means "now".
      process.exit(130);
    }
    stopping = true;
    console.log(`\n${signal}: shutting down…`);
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
