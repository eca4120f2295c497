import { readFileSync } from 'node:fs';
import { ContentFileError } from '../content/json-file';
import { nearestWords, UsageError } from './args';
import { checkUsage, runCheck } from './commands/check';
import { importUsage, runImport } from './commands/import';
import { projectsUsage, runProjects } from './commands/projects';
import { runSearch, searchUsage } from './commands/search';
import { runShow, showUsage } from './commands/show';
import { runStats, statsUsage } from './commands/stats';
import { runSubjects, subjectsUsage } from './commands/subjects';

const commands: Record<string, { run: (args: string[]) => number | Promise<number>; usage: string }> = {
  import: { run: runImport, usage: importUsage },
  check: { run: runCheck, usage: checkUsage },
  stats: { run: runStats, usage: statsUsage },
  projects: { run: runProjects, usage: projectsUsage },
  subjects: { run: runSubjects, usage: subjectsUsage },
  show: { run: runShow, usage: showUsage },
  search: { run: runSearch, usage: searchUsage },
};

function usage(): string {
  return `usage:\n${Object.values(commands).map((c) => `  ${c.usage}`).join('\n')}\n  kb help <command>\n  kb --version\n`;
}

type Command = (typeof commands)[string];

/** The command of that name; own keys only, or `kb toString` would find Object's method. */
function commandNamed(name: string): Command | undefined {
  return Object.hasOwn(commands, name) ? commands[name] : undefined;
}

/** The version package.json gives, read at run time: the one place it is written. */
function version(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** A command that is not one: says so, offering the nearest command as git and npm do (exit status 2). */
function unknownCommand(name: string): number {
  const [nearest] = nearestWords(name, Object.keys(commands));
  process.stderr.write(`kb: unknown command "${name}"${nearest ? `; did you mean "${nearest}"?\n` : `\n${usage()}`}`);
  return 2;
}

/** Runs the `kb` command line; returns the exit status. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  // Usage asked for goes to stdout; usage for a call that gave nothing is an error's, on stderr (`kb 2>/dev/null` is silent).
  if (!name) {
    process.stderr.write(usage());
    return 2;
  }
  if (name === '--version') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    // `kb help search` is `kb search --help`.
    const [topic] = args;
    const command = topic === undefined ? undefined : commandNamed(topic);
    if (topic !== undefined && !command) return unknownCommand(topic);
    process.stdout.write(command ? `usage: ${command.usage}\n` : usage());
    return 0;
  }
  const command = commandNamed(name);
  if (!command) return unknownCommand(name);
  // Asked of a command, help is its usage (before its own options are checked, which would refuse --help).
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`usage: ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`kb ${name}: ${error.message}\nusage: ${command.usage}\n`);
      return 2;
    }
    if (error instanceof ContentFileError) {
      process.stderr.write(`kb ${name}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

// A reader who has seen enough (`kb projects --json | head`) closes the pipe: that ends the output, not in a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
process.exitCode = await main(process.argv.slice(2));
