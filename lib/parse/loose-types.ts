// The values the forgiving reader (loose-json.ts) gives, each with its span in the normalized text.
export type Loose = LooseObject | LooseArray | LooseString | LooseBare;

export interface Span {
  start: number;
  end: number;
}

export interface LooseObject extends Span {
  t: 'o';
  keys: string[];
  vals: Loose[];
}

export interface LooseArray extends Span {
  t: 'a';
  items: Loose[];
}

export interface LooseString extends Span {
  t: 's';
  v: string;
}

/** Numbers, true/false/null/None/True/False, and other bare words. */
export interface LooseBare extends Span {
  t: 'b';
  v: string;
  /** A variable of code (`"bucketName": bucket`): it names no value the text holds. */
  expr?: true;
}
