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

/** Each command: how it is run, how it is called, and what it does in a line (for `kb --help`, `kb <command> --help`). */
const commands: Record<string, { run: (args: string[]) => number | Promise<number>; usage: string; about: string }> = {
  import: { run: runImport, usage: importUsage, about: 'read upstream status reports (XML, HTML, AsciiDoc; folders, files or git URLs) and write the content folder' },
  check: { run: runCheck, usage: checkUsage, about: 'validate a content folder: front matter, duplicate ids, internal links, projects.yml, subjects.yml' },
  stats: { run: runStats, usage: statsUsage, about: 'count reports, entries, projects, people and links' },
  projects: { run: runProjects, usage: projectsUsage, about: 'list every project with its entries in time order' },
  subjects: { run: runSubjects, usage: subjectsUsage, about: 'list every subject with its aliases, timeline, mentions and projects' },
  show: { run: runShow, usage: showUsage, about: 'show one entry, report, project, subject or person' },
  search: { run: runSearch, usage: searchUsage, about: 'search every report as the site does' },
};

/** The calls, one a line: what a wrong call is answered with, on stderr. */
function usage(): string {
  return `usage:\n${Object.values(commands).map((c) => `  ${c.usage}`).join('\n')}\n  kb help <command>\n  kb --version\n`;
}

/** What `kb --help` asks for: the calls, then what each command does and what they share. */
function help(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const about = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.about}\n`).join('');
  return (
    `${usage()}\ncommands:\n${about}\n` +
    'Commands that read content take --content DIR (default: $KB_CONTENT_DIR, else content/).\n' +
    'With --json, stdout holds one JSON document and nothing else; messages go to stderr.\n' +
    'Exit status: 0 success; 1 problems found (check, import, a --batch query refused) or nothing to show (show); 2 a wrong call.\n'
  );
}

/** What `kb <command> --help` prints: its call, and what it does. */
const commandHelp = (command: Command): string => `usage: ${command.usage}\n\n${command.about}\n`;

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

/**
 * An option given where the command belongs (`kb --json stats`, `kb --verbose`): named as an
 * option, not as a command, with where options go.
 */
function optionBeforeCommand(option: string): number {
  process.stderr.write(`kb: unknown option "${option}"; options go after the command (kb <command> [options])\n${usage()}`);
  return 2;
}

/** The arguments before `--`: past it every word is an operand (`kb show -- -h` looks up "-h"), as getopt has it. */
function optionPart(args: readonly string[]): readonly string[] {
  const end = args.indexOf('--');
  return end === -1 ? args : args.slice(0, end);
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
    const [topic, extra] = args;
    const command = topic === undefined ? undefined : commandNamed(topic);
    if (topic !== undefined && !command) return unknownCommand(topic);
    if (extra !== undefined) {
      process.stderr.write(`kb help: unexpected argument "${extra}"\nusage: kb help <command>\n`);
      return 2;
    }
    process.stdout.write(command ? commandHelp(command) : help());
    return 0;
  }
  const command = commandNamed(name);
  if (!command) return name.startsWith('-') && name !== '-' ? optionBeforeCommand(name) : unknownCommand(name);
  // Asked of a command, help is its usage (before its own options are checked, which would refuse --help).
  const options = optionPart(args);
  if (options.includes('--help') || options.includes('-h')) {
    process.stdout.write(commandHelp(command));
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
