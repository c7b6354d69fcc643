// Calls whose resource types the Service Authorization Reference lists as all optional, though the call names some of
// them: when the message prints no resource, these decide the fix's Resource instead of the first type in the list
// (StartSession granted on a document alone, a REST API's Invoke on a custom domain name: neither works). The first
// type is the fix's resource, the others sit beside it.
// (Not "*" for a call that may name none, TranslateText without a terminology: REVIEW.md keeps "*" for actions
// without resource types, and the advice lint holds fixes to it.)
export const UNNAMED_CALL_TYPES: Readonly<Record<string, readonly string[]>> = {
  // Session Manager checks the instance and the session document (AWS's own example policies grant both).
  'ssm:startsession': ['instance', 'document'],
  // A REST or HTTP API's method; the domain name form is for private APIs' custom domains only.
  'execute-api:invoke': ['execute-api-general'],
};
