import { Block, List, ListItem, Section, type AbstractBlock } from '@asciidoctor/core';
import { cleanText, inlineMarkdown, readInlineHtml } from './html';

/**
 * How upstream entries ask for help. There is no markup for it in AsciiDoc, only conventions:
 * a `==== Open tasks` / `==== Help wanted` / `==== TODO` subsection holding a list, or a one-line
 * label paragraph ("Open tasks:", "TODO", "Open or queued tasks:", "Here are a few specific
 * tasks looking for help:") directly followed by a list. "Work in progress tasks", "Important
 * completed tasks", "Next steps" and "Future work" describe the author's own plans, not open
 * tasks, and are left in the body.
 */
const TASK_LABEL_RXS = [
  /\bopen (?:or queued )?(?:tasks?|items?)\b/i,
  /\bhelp (?:wanted|needed)\b/i,
  /\bis help needed\b/i,
  /\bcall for help\b/i,
  /^to ?dos?\b/i,
  /\bremaining tasks\b/i,
  /\btasks looking for help\b/i,
];

/**
 * Label lines that only name the list ("TODO:", "Help wanted:"), as a heading would: they are the
 * author's heading over the tasks. A longer line ("But there's a list of remaining tasks:") is a
 * sentence leading into them, kept as written.
 */
const HEADING_LABELS = new Set(['open tasks', 'open task', 'open items', 'tasks', 'todo', 'todos', 'to do', 'to-do', 'help wanted', 'help needed']);

/**
 * A heading is the author's: it replaces the page's "Open tasks" heading, so only that same
 * heading (in any case) says nothing of its own.
 */
const PLAIN_HEADING = 'open tasks';

/** Whether a heading or a label line introduces open tasks. */
export function isTaskLabel(text: string): boolean {
  const label = cleanText(text).replace(/[:?.]+$/, '');
  return label.length > 0 && label.length <= 60 && TASK_LABEL_RXS.some((rx) => rx.test(label));
}

/** A one-line paragraph that labels the list after it: ends with ':' or is a bare "TODO". */
function isTaskLabelParagraph(block: AbstractBlock): block is Block {
  if (!(block instanceof Block) || block.getContext() !== 'paragraph' || block.lines.length !== 1) return false;
  const line = (block.lines[0] ?? '').trim();
  return (line.endsWith(':') || /^(?:todo|to ?do|open tasks|help wanted|help needed)$/i.test(line)) && isTaskLabel(line);
}

function isList(block: unknown): block is List {
  return block instanceof List && (block.getContext() === 'ulist' || block.getContext() === 'olist');
}

/** One list of open tasks under the words that introduced it. */
interface TaskGroup {
  /** The subsection's heading or the label line, Markdown. */
  label: string;
  /** The same words as plain text, without the label's closing colon: what a heading shows. */
  text: string;
  /** Whether the words name the list (a heading, "TODO:") rather than lead into it with a sentence. */
  heading: boolean;
  tasks: string[];
}

/** An entry's open tasks, and the author's words over them where those say more than "Open tasks". */
export interface EntryTasks {
  tasks: string[];
  /** A label line as written ("But there's a list of remaining tasks:"). */
  intro?: string;
  /** A subsection's heading or a label line naming the list ("Help wanted", "TODO"), plain text, which pages show in place of their own "Open tasks". */
  heading?: string;
}

/**
 * Removes every open-tasks list (and its label) from the tree under `container` and returns its
 * items as one-line Markdown. A task subsection that held nothing but the list goes too; one with
 * more text keeps that text and its heading. The author's heading or label is kept where it says
 * more than "Open tasks" ("Help wanted", "But there's a list of remaining tasks:"). Where the
 * author gave two lists under two such labels ("TODO", then "Help wanted"), each label becomes a
 * task with its list under it, as sub-tasks are kept, so that the split between them stays.
 */
export async function extractTasks(container: AbstractBlock, baseUrl: string, repairedUrls: string[] = []): Promise<EntryTasks> {
  const groups: TaskGroup[] = [];
  await collectTaskGroups(container, baseUrl, repairedUrls, groups);
  const filled = groups.filter((g) => g.tasks.length > 0);
  const saying = filled.filter(saysMore);
  if (filled.length > 1 && saying.length > 0) return { tasks: filled.map((g) => withSubTasks(g.label, g.tasks)) };
  const tasks = filled.flatMap((g) => g.tasks);
  const said = saying[0];
  if (!said) return { tasks };
  return said.heading ? { tasks, heading: said.text } : { tasks, intro: said.label };
}

function saysMore(group: TaskGroup): boolean {
  return group.text.replace(/[:?.!]+$/, '').trim().toLowerCase() !== PLAIN_HEADING;
}

/** A label line's words as a heading shows them: plain text, without the colon that led into the list. */
const labelText = (text: string): string => cleanText(text).replace(/\s*:$/, '').trim();

async function collectTaskGroups(container: AbstractBlock, baseUrl: string, repairedUrls: string[], groups: TaskGroup[]): Promise<void> {
  const label = (html: string): string => inlineMarkdown(html, baseUrl, repairedUrls);
  const blocks = container.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block) continue;
    if (block instanceof Section) {
      if (isTaskLabel((block.getTitle() ?? '').replace(/<[^>]*>/g, ''))) {
        const listIndex = block.blocks.findIndex((b) => isList(b));
        const list = block.blocks[listIndex];
        if (isList(list)) {
          // A heading is shown as text, as every heading of a page: its words, not its markup.
          const text = cleanText(readInlineHtml(block.getTitle() ?? '', baseUrl).text);
          groups.push({ label: text, text, heading: true, tasks: await listTasks(list, baseUrl, repairedUrls) });
          block.blocks.splice(listIndex, 1);
        }
        if (block.blocks.length === 0) {
          blocks.splice(i, 1);
          i--;
          continue;
        }
      }
      await collectTaskGroups(block, baseUrl, repairedUrls, groups);
    } else if (isTaskLabelParagraph(block)) {
      const next = blocks[i + 1];
      if (isList(next)) {
        const html = String((await block.getContent()) ?? '');
        const text = labelText(readInlineHtml(html, baseUrl).text);
        groups.push({ label: label(html), text, heading: HEADING_LABELS.has(text.toLowerCase()), tasks: await listTasks(next, baseUrl, repairedUrls) });
        blocks.splice(i, 2);
        i--;
      }
    }
  }
}

/** A task with its sub-tasks as a Markdown list under it, indented. */
function withSubTasks(head: string, subTasks: string[]): string {
  const nested = subTasks.filter((t) => t !== '').map((t) => `- ${t}`.replace(/\n/g, '\n  '));
  return nested.length > 0 ? `${head}\n${nested.map((line) => `  ${line}`).join('\n')}` : head;
}

async function listTasks(list: List, baseUrl: string, repairedUrls: string[]): Promise<string[]> {
  const tasks: string[] = [];
  for (const item of list.getItems()) {
    const task = await itemTask(item, baseUrl, repairedUrls);
    if (task) tasks.push(task);
  }
  return tasks;
}

/**
 * An item's own text, with a paragraph under it in parentheses; the items of a list under it
 * stay a list under it (Markdown, indented), so that sub-tasks still read as sub-tasks.
 */
async function itemTask(item: ListItem, baseUrl: string, repairedUrls: string[]): Promise<string> {
  const main = inlineMarkdown(item.getText() ?? '', baseUrl, repairedUrls);
  const notes: string[] = [];
  const subTasks: string[] = [];
  for (const child of item.blocks) {
    if (isList(child)) {
      for (const sub of child.getItems()) subTasks.push(await itemTask(sub, baseUrl, repairedUrls));
    } else {
      notes.push(inlineMarkdown(await child.convert(), baseUrl, repairedUrls));
    }
  }
  const said = notes.filter((n) => n !== '');
  return withSubTasks(said.length > 0 ? `${main} (${said.join('; ')})` : main, subTasks);
}
