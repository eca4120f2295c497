import { Block, List, ListItem, Section, type AbstractBlock } from '@asciidoctor/core';
import { cleanText, inlineMarkdown } from './html';

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

/** Labels that say no more than the page's own "Open tasks" heading. */
const PLAIN_LABELS = new Set(['open tasks', 'open task', 'open items', 'tasks', 'todo', 'todos', 'to do', 'to-do', 'help wanted', 'help needed']);

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

/**
 * Removes every open-tasks list (and its label) from the tree under `container` and returns its
 * items as one-line Markdown. A task subsection that held nothing but the list goes too; one with
 * more text keeps that text and its heading. Labels that say more than "Open tasks" ("But there's
 * a list of remaining tasks:", "Work in progress and open tasks:") go into `labels`, so that the
 * page can still show them.
 */
export async function extractTasks(container: AbstractBlock, baseUrl: string, repairedUrls: string[] = [], labels: string[] = []): Promise<string[]> {
  const keepLabel = (html: string): void => {
    const label = inlineMarkdown(html, baseUrl, repairedUrls);
    if (!PLAIN_LABELS.has(cleanText(label).replace(/[:?.!]+$/, '').trim().toLowerCase())) labels.push(label);
  };
  const tasks: string[] = [];
  const blocks = container.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (!block) continue;
    if (block instanceof Section) {
      if (isTaskLabel((block.getTitle() ?? '').replace(/<[^>]*>/g, ''))) {
        const listIndex = block.blocks.findIndex((b) => isList(b));
        const list = block.blocks[listIndex];
        if (isList(list)) {
          keepLabel(block.getTitle() ?? '');
          tasks.push(...(await listTasks(list, baseUrl, repairedUrls)));
          block.blocks.splice(listIndex, 1);
        }
        if (block.blocks.length === 0) {
          blocks.splice(i, 1);
          i--;
          continue;
        }
      }
      tasks.push(...(await extractTasks(block, baseUrl, repairedUrls, labels)));
    } else if (isTaskLabelParagraph(block)) {
      const next = blocks[i + 1];
      if (isList(next)) {
        keepLabel(String((await block.getContent()) ?? ''));
        tasks.push(...(await listTasks(next, baseUrl, repairedUrls)));
        blocks.splice(i, 2);
        i--;
      }
    }
  }
  return tasks;
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
  const head = said.length > 0 ? `${main} (${said.join('; ')})` : main;
  const nested = subTasks.filter((t) => t !== '').map((t) => `- ${t}`.replace(/\n/g, '\n  '));
  return nested.length > 0 ? `${head}\n${nested.map((line) => `  ${line}`).join('\n')}` : head;
}
