/** `npm run import -- <page.txt> [--out file.json] [--merge existing.json]`; see `--help`. */
import { runImport } from './lib/import/run-import';

process.exitCode = await runImport(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
