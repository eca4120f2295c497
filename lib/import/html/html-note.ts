/** A problem found inside one page, before the page's path is attached. */
export interface HtmlNote {
  severity: 'error' | 'warning';
  line?: number;
  message: string;
}
