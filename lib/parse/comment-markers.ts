// Comment markers before every line of a message kept in a file's comments: a heading's `###` run (a Terraform file's
// notes), a Lisp's `;;` and a block comment's ` * ` (with or without the `/**` that opened it); and a diff's `+` before
// every added line. Each line's marker would otherwise sit between the words a wrap split.

// A block commented out with a heading's marker (`### ERROR unable to get role …` ⏎ `### is not authorized …`, a
// Terraform file's notes): three lines in a row or more carry it; a markdown heading stands alone.
const HASH_RUN = /(?:^[ \t]{0,8}#{2,6}[ \t][^\n]*(?:\n|$)){3,}/gm;

export function withoutHashRuns(text: string): string {
  return text.indexOf('##') < 0 ? text : text.replace(HASH_RUN, (run: string) => run.replace(/^[ \t]{0,8}#{2,6}[ \t]/gm, ''));
}

// …and with a Lisp's (`;; Not retrying.Status Code: 403, AWS Service: Amazon S3, AWS Request` ⏎ `;; ID: …`, a Clojure
// file's notes): three lines in a row or more.
const SEMICOLON_RUN = /(?:^[ \t]{0,8};{2,4}[ \t][^\n]*(?:\n|$)){3,}/gm;

export function withoutSemicolonRuns(text: string): string {
  return text.indexOf(';;') < 0 ? text : text.replace(SEMICOLON_RUN, (run: string) => run.replace(/^[ \t]{0,8};{2,4}[ \t]/gm, ''));
}

// A message kept in a block comment (`/**` ⏎ ` * {"Message": "User: anonymous is not … resource-based` ⏎ ` * policy
// allows …"}`): each line's ` * ` would sit between the words the wrap split. Only the lines of a block `/*` opens.
const BLOCK_COMMENT = /\/\*\*?[ \t]*\n((?:[ \t]{0,16}\*(?!\/)[^\n]*\n){2,})/g;

// …and such a block pasted without its opening (` * all against it:` ⏎ ` *` ⏎ ` *   not authorized to perform: …`): three
// starred lines or more (their indent already taken off), one of them a bare ` *` (a markdown list has no empty item).
const STAR_RUN = /(?:^[ \t]{0,16}\*(?:[ \t][^\n]*)?(?:\n|$)){3,}/gm;
const BARE_STAR = /^[ \t]{0,16}\*[ \t]*$/m;

export function withoutBlockCommentStars(text: string): string {
  let out = text.indexOf('/*') < 0 ? text : text.replace(BLOCK_COMMENT, (block: string) => block.replace(/^[ \t]{0,16}\*(?!\/)[ \t]?/gm, ''));
  if (out.indexOf('*\n') >= 0) out = out.replace(STAR_RUN, (run: string) => (BARE_STAR.test(run) ? run.replace(/^[ \t]{0,16}\*[ \t]?/gm, '') : run));
  return out;
}

// A pull request's diff of an added file quoted whole (`+**Cannot view ML assets**` ⏎ `+User: … is not authorized to` ⏎
// `+perform: …`): three added lines in a row or more, none of them a diff's `+++` header; a terminal's wrap of one
// (a line without the `+`, nor a diff's removal or hunk mark, also one a tool indented) stays inside the run.
const ADDED_RUN = /(?:^\+(?!\+\+)[^\n]*(?:\n|$)(?:^(?:[^\s+@-]|[ \t]{2,}\S)[^\n]*(?:\n|$))*){3,}/gm;

export function withoutDiffPlus(text: string): string {
  return text.indexOf('\n+') < 0 ? text : text.replace(ADDED_RUN, (run: string) => run.replace(/^\+/gm, ''));
}
