/**
 * A named step of a long write (`kb import`). Test-only: with `KB_TEST_KILL_AT=<step>` the
 * process kills itself there with SIGKILL, as a crash or an operator would, so that tests can
 * show that every step leaves a content folder that loads as the old one or the new one.
 */
export function checkpoint(step: string): void {
  if (process.env.KB_TEST_KILL_AT === step) process.kill(process.pid, 'SIGKILL');
}
