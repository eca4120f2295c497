import { useEffect, type RefObject } from 'react';

/** For `aria-keyshortcuts`: the keys that focus the search box from anywhere on the page. */
export const SEARCH_SHORTCUTS = '/ Control+K Meta+K';

/** Fields where `/` is a character being typed rather than a shortcut. */
const TYPING_TARGET = 'input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]):not([type=reset]), textarea, select, [contenteditable]:not([contenteditable=false])';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(TYPING_TARGET) !== null;
}

/** `/` (outside a text field) and Ctrl-K or Cmd-K (anywhere) focus the given box and select its text. */
export function useSearchShortcut(input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || !input.current) return;
      const commandK = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
      if (!commandK && !slash) return;
      event.preventDefault();
      input.current.focus();
      input.current.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [input]);
}
