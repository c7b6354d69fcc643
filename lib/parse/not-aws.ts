// Errors that share AWS's code names but come from elsewhere: Java's own and frameworks' exception classes
// (`java.nio.file.AccessDeniedException: /tmp/x`, `org.springframework.security.access.AccessDeniedException:
// Access is denied`) and other clouds' tools (gsutil's `AccessDeniedException: 403 … does not have
// storage.objects.list access to the Google Cloud Storage bucket`). A code read at `at` is not AWS's when its
// class is qualified by a package that is not AWS's, or when the rest of its line names another cloud and no AWS.

// The dotted package right before the class name (`org.springframework.security.access.`).
const PACKAGE_BEFORE = /(?:[A-Za-z_$][\w$]{0,60}\.){1,15}$/;
const AWS_PACKAGE = /amazon|aws/i;
// Another cloud's words: its product names, its tools, its dotted permissions ("does not have x.y.z access").
const OTHER_CLOUD =
  /Google Cloud|\bgs:\/\/|\bgsutil\b|\bgcloud\b|\bdoes not have [a-z]{2,40}(?:\.[A-Za-z]{2,40}){2} (?:access|permission)|\bPermission '[a-z]{2,40}(?:\.[A-Za-z]{2,40}){2}' denied|\bAzure\b|\bMicrosoft\.[A-Z]/;
const AWS_WORDS = /arn:aws|amazonaws|\bAWS\b|\bAmazon\b/;

/** Whether the code at `at`…`end` of `text` belongs to something other than AWS. */
export function notAwsCode(text: string, at: number, end: number): boolean {
  if (at > 0 && text.charCodeAt(at - 1) === 46 /* . */) {
    const pkg = PACKAGE_BEFORE.exec(text.slice(Math.max(0, at - 400), at));
    if (pkg && !AWS_PACKAGE.test(pkg[0])) return true;
  }
  const nl = text.indexOf('\n', end);
  const line = text.slice(end, nl < 0 ? Math.min(text.length, end + 600) : Math.min(nl, end + 600));
  return OTHER_CLOUD.test(line) && !AWS_WORDS.test(line);
}
