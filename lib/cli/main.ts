import { ContentFileError } from '../content/json-file';
import { UsageError } from './args';
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
  return `usage:\n${Object.values(commands).map((c) => `  ${c.usage}`).join('\n')}\n`;
}

/** Runs the `kb` command line; returns the exit status. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`kb: unknown command "${name}"\n${usage()}`);
    return 2;
  }
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
