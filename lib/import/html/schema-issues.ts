import type { ZodError } from 'zod';

type Issue = ZodError['issues'][number];

/** What one issue asks of the value, in the words an editor mending the page would use. */
function requirement(issue: Issue): string {
  if (issue.code === 'too_small' && issue.origin === 'string') {
    return Number(issue.minimum) <= 1 ? 'must not be empty' : `must have at least ${issue.minimum} characters`;
  }
  if (issue.code === 'too_small' && issue.origin === 'array') return `must have at least ${issue.minimum} items`;
  if (issue.code === 'invalid_type') return `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
  if (issue.code === 'unrecognized_keys') return `has unknown fields ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  // The schema's own messages ("expected a lowercase slug") already read as text.
  return issue.message.replace(/^Invalid input: /, '');
}

/**
 * A schema failure as one line of text (`field "title": must not be empty; field "category":
 * expected a lowercase slug`), never the issues' JSON, which names no line an editor can mend.
 */
export function describeSchemaIssues(error: ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol').join('.');
      return `${path === '' ? 'the front matter' : `field "${path}"`}: ${requirement(issue)}`;
    })
    .join('; ');
}
