// CSV as Athena writes query results (RFC 4180: a header row, every value in double quotes, "" for a quote inside,
// NULL as an empty field, values may hold line breaks), read as a stream: rows are handed over as they complete.

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** A row longer than this is not a query result row; it is cut (the reader keeps going). */
export const MAX_FIELD_CHARS = 1024 * 1024;

export class CsvReader {
  private field = '';
  private row: string[] = [];
  private inQuotes = false;
  /** A quote was the last character of a chunk inside a quoted field: `""` or the field's end. */
  private quotePending = false;
  private fieldStarted = false;
  rows = 0;

  constructor(private readonly onRow: (row: string[]) => void) {}

  push(chunk: string): void {
    let i = 0;
    const len = chunk.length;
    if (this.quotePending) {
      this.quotePending = false;
      if (chunk.charCodeAt(0) === QUOTE) {
        this.append('"');
        i = 1;
      } else {
        this.inQuotes = false;
      }
    }
    while (i < len) {
      if (this.inQuotes) {
        const q = chunk.indexOf('"', i);
        if (q < 0) {
          this.append(chunk.slice(i));
          return;
        }
        this.append(chunk.slice(i, q));
        if (q + 1 >= len) {
          this.quotePending = true;
          return;
        }
        if (chunk.charCodeAt(q + 1) === QUOTE) {
          this.append('"');
          i = q + 2;
        } else {
          this.inQuotes = false;
          i = q + 1;
        }
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (c === QUOTE && !this.fieldStarted) {
        this.inQuotes = true;
        this.fieldStarted = true;
      } else if (c === COMMA) {
        this.endField();
      } else if (c === LF) {
        this.endRow();
      } else if (c !== CR) {
        this.fieldStarted = true;
        this.append(chunk[i]!);
      }
      i++;
    }
  }

  end(): void {
    if (this.quotePending) this.inQuotes = false;
    if (this.fieldStarted || this.row.length > 0) this.endRow();
  }

  private append(text: string): void {
    if (this.field.length + text.length <= MAX_FIELD_CHARS) this.field += text;
  }

  private endField(): void {
    this.row.push(this.field);
    this.field = '';
    this.fieldStarted = false;
  }

  private endRow(): void {
    this.endField();
    const row = this.row;
    this.row = [];
    // A blank line is no row.
    if (row.length === 1 && row[0] === '') return;
    this.rows++;
    this.onRow(row);
  }
}
