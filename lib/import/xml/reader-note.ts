/** A problem found inside one report file, before the file's path is attached. */
export interface ReaderNote {
  severity: 'error' | 'warning';
  line: number;
  message: string;
}
