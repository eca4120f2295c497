import type { Link } from '../model';

/** Words, as opposed to a stray `.` or `,` between links, which carries nothing. */
export const HAS_WORDS = /[\p{L}\p{N}]/u;

/** Words written in a links field outside any link, and the line they start on. */
export interface LooseText {
  text: string;
  line?: number;
}

export interface LooseTextNote {
  line?: number;
  message: string;
}

/**
 * Gives the words written between the links of a links field (`<links>` in XML, the `Links:`
 * line in AsciiDoc) to a link, so that nothing the author wrote there is lost. `pieces` is the
 * field in source order: each link as the object the entry keeps, and the words between links.
 * A note after a link ("maintained by the docs team") joins the end of that link's text, words
 * before the first link the start of the first link's text. Words with no link at all come back in
 * `unlinked` for the caller to keep in the body. Every one is a note naming its line.
 * `field` names the field in the notes. Link texts are changed in place.
 */
export function joinLooseText<T extends LooseText>(pieces: readonly ({ link: Link } | T)[], field: string): { unlinked: T[]; notes: LooseTextNote[] } {
  const notes: LooseTextNote[] = [];
  const note = (loose: LooseText, message: string): void => {
    notes.push(loose.line === undefined ? { message } : { line: loose.line, message });
  };
  let waiting: T[] = [];
  let last: Link | undefined;
  for (const piece of pieces) {
    if ('link' in piece) {
      const link = piece.link;
      if (waiting.length > 0) link.text = [...waiting.map((loose) => loose.text), link.text || link.url].join(' ');
      for (const loose of waiting) note(loose, `text "${loose.text}" before a link in ${field}; put at the start of that link's text`);
      waiting = [];
      last = link;
    } else if (last) {
      last.text = [last.text || last.url, piece.text].join(' ');
      note(piece, `text "${piece.text}" after a link in ${field}; added to the end of that link's text`);
    } else {
      waiting.push(piece);
    }
  }
  for (const loose of waiting) note(loose, `text "${loose.text}" in ${field} holds no link; kept in the body`);
  return { unlinked: waiting, notes };
}
