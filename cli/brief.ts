// Entry point of the `brief` command: runs the CLI on the process's arguments and streams.
import { runCli } from './main';

void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
