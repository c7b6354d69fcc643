// The SAM CLI's table of CloudFormation events wraps its last column to a fixed width, cutting words and ARNs
// anywhere (Python's textwrap with long words broken):
//   ResourceStatus     ResourceType       LogicalResourceId      ResourceStatusReason
//   CREATE_FAILED      AWS::IAM::Role     HelloWorldFunctionRole API: iam:CreateRole
//                                                                User: arn:aws:iam::111
//                                                                122223333:user/ci is
//                                                                not authorized to
// Each row's reason is read back as one line.
const HEADER = /^,?[ \t]*ResourceStatus[ \t]+ResourceType[ \t]+LogicalResourceId[ \t]+(ResourceStatusReason)[ \t]*$/m;
const RULE = /^[ \t]*-{10,}[ \t]*$/;
// A row opens with its status (CREATE_FAILED, UPDATE_ROLLBACK_IN_PROGRESS) and the resource type's column.
const STATUS_ROW = /^[ \t]*[A-Z][A-Z_]{2,60}[ \t]{2,}\S/;

export function unwrapSamTable(text: string): string {
  const header = HEADER.exec(text);
  if (!header) return text;
  // The comma a list-printing log puts before some lines shifts them by one: every line is read without it.
  const lines = text.slice(header.index).split('\n').map((l) => (l.charCodeAt(0) === 44 /* , */ ? l.slice(1) : l));
  const col = lines[0]!.indexOf(header[1]!);
  const rows: Array<{ head: string; pieces: string[] }> = [];
  let i = 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (RULE.test(line)) {
      rows.push({ head: line, pieces: [] });
      continue;
    }
    const head = line.slice(0, col);
    const cell = line.slice(col).replace(/[ \t]+$/, '');
    const last = rows[rows.length - 1];
    if (/^[ \t]*$/.test(head)) {
      // Blank up to the column: the row above goes on; the table ends where that does not hold.
      if (cell === '' || !last || last.pieces.length === 0) break;
      last.pieces.push(cell);
    } else if (cell !== '' && STATUS_ROW.test(head)) rows.push({ head, pieces: [cell] });
    else break;
  }
  const width = Math.max(0, ...rows.flatMap((r) => r.pieces.map((p) => p.length)));
  const joined = rows.map((r) => r.head + r.pieces.map((p, k) => (k === 0 || cutInsideWord(r.pieces[k - 1]!, p, width) ? p : ` ${p}`)).join(''));
  return text.slice(0, header.index) + [lines[0]!, ...joined, ...lines.slice(i)].join('\n');
}

/**
 * Whether textwrap cut a word between `prev` and `next`: it breaks only a word longer than the column (the line filled
 * to the width, the word too long to have moved down whole) and a compound word after a hyphen.
 */
function cutInsideWord(prev: string, next: string, width: number): boolean {
  if (/[A-Za-z0-9]-$/.test(prev)) return true;
  if (prev.length !== width) return false;
  const tail = /\S+$/.exec(prev)?.[0] ?? '';
  const head = /^\S+/.exec(next)?.[0] ?? '';
  return tail.length + head.length > width;
}
