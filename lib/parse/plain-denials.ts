// Denials that are a bare phrase rather than a sentence with fields: S3's "Access Denied", SQS's "Access to the
// resource … is denied", Bedrock's "You don't have access to the model", API Gateway's "not authorized to
// access this resource", EC2's "not authorized to use launch template: lt-…". These are weak cores: a non-auth
// error code around them (ValidationException, InvalidParameterException…) overrules them.
import { gatedAlternation } from './gated';
import { foreignProductBefore, foreignRequestBefore, notAwsCode, registryNotEcr } from './not-aws';
import { P, makeCore, setField, type Scan } from './types';
import { S3_PATH, inCodeLiteral, lineAfter, lineBefore } from './text';

const r = String.raw;
const PHRASES = gatedAlternation(
  [
    // A Kafka client's SASL failure against MSK's IAM authentication ("SaslAuthenticationFailedError: Access denied").
    { source: r`\bSasl[A-Za-z]{0,30}(?:Error|Exception):\s{0,3}(?:\[[^\]\n]{0,80}\]\s{0,3})?Access\s{1,3}denied\b`, needs: ['denied'] },
    // WP Offload Media's notice when its test write to the bucket was refused: "Access Denied to Bucket".
    { source: r`\bAccess\s{1,3}Denied\s{1,3}to\s{1,3}Bucket\b`, needs: ['denied'] },
    { source: r`\bAccess\s{1,3}Denied\b`, needs: ['denied'] },
    { source: r`\bAccess\s{1,3}denied\b`, needs: ['denied'] },
    // A client library's own sentence (Amplify Storage: "S3 access denied when making the API call.").
    { source: r`\baccess\s{1,3}denied\s{1,3}when\s{1,3}(?:making|calling|accessing)\b`, needs: ['denied'] },
    // The resource may be a writer's placeholder with spaces (`<url to SQS>`), glued to what follows (`<SQS QUEUE>is`).
    { source: r`Access\s{1,5}to\s{1,5}the\s{1,5}resource\s{1,5}(?:<[^<>\n]{1,80}>\s{0,5}|\S{1,300}\s{1,5})is\s{1,5}denied`, needs: ['denied'] },
    { source: r`You\s{1,5}don[’']t\s{1,5}have\s{1,5}access\s{1,5}to\s{1,5}the\s{1,5}model`, needs: ['model'] },
    { source: r`Caller\s{1,5}does\s{1,5}not\s{1,5}have\s{1,5}permissions?`, needs: ['permission'] },
    {
      source: r`does\s{1,5}not\s{1,5}have\s{1,5}(?:the\s{1,5})?(?:required\s{1,5}|necessary\s{1,5}|sufficient\s{1,5})?permissions?\s{1,5}to\s{1,5}(?:perform|access\s{1,5}[A-Z])`,
      needs: ['permission'],
    },
    // EC2's AuthFailure for an AMI the account may not launch (not shared with it, a Marketplace image not subscribed).
    { source: r`Not\s{1,5}authori[sz]ed\s{1,5}for\s{1,5}images\b`, needs: ['authori'] },
    // CloudFront deploying a Lambda@Edge function without lambda:EnableReplication* on it.
    {
      source: r`cannot\s{1,5}enable\s{1,5}replication\s{1,5}for\s{1,5}the\s{1,5}specified\s{1,5}Lambda\s{1,5}function\.\s{1,5}Update\s{1,5}the\s{1,5}IAM\s{1,5}policy\s{1,5}to\s{1,5}add\s{1,5}permission`,
      needs: ['permission'],
    },
    // EventBridge Pipes: "Pipes does not have enough permission to process your event source."
    // Amazon Q Developer: "Amazon Q doesn't have sufficient permissions to access the provided S3 bucket."
    { source: r`(?:does\s{1,5}not|doesn[’']t)\s{1,5}have\s{1,5}(?:enough|sufficient)\s{1,5}permissions?\s{1,5}to\s{1,5}[a-z]`, needs: ['permission'] },
    // AppSync capitalises it: "Not Authorized to access createUser on type User".
    { source: r`[Nn]ot\s{1,5}(?:authori[sz]ed|Authori[sz]ed)\s{1,5}to\s{1,5}access\b`, needs: ['authori'] },
    // Bedrock, Translate: "Your account is not authorized to invoke this API operation" — under ValidationException too.
    { source: r`[Yy]our\s{1,5}account\s{1,5}is\s{1,5}not\s{1,5}authori[sz]ed\s{1,5}to\s{1,5}(?:invoke|make|perform|call|use|access)\b`, needs: ['authori'] },
    // Translate, Comprehend: "(NotAuthorizedException) … Your account is not authorized to make this call."
    { source: r`not\s{1,5}authori[sz]ed\s{1,5}to\s{1,5}make\s{1,5}this\s{1,5}call`, needs: ['authori'] },
    // FSx for Lustre linking a data repository its caller's role cannot read or write (BadRequest): "Amazon FSx is unable
    // to validate access to the S3 bucket. Ensure the IAM role or user you are using has s3:Get*, s3:List* and …".
    { source: r`FSx\s{1,5}is\s{1,5}unable\s{1,5}to\s{1,5}validate\s{1,5}access\s{1,5}to\s{1,5}the\s{1,5}S3\s{1,5}bucket`, needs: ['validate'] },
    // Cognito's SetIdentityPoolRoles when the caller may not pass the role (NotAuthorizedException): "Access to Role
    // 'Name' is forbidden." (Its "Access to Identity … is forbidden" is a login's, read by credentials.ts.)
    { source: r`Access\s{1,5}to\s{1,5}Role\s{1,5}['"][^'"\n]{1,128}['"]\s{1,5}is\s{1,5}forbidden`, needs: ['forbidden'] },
    { source: r`requested\s{1,5}access\s{1,5}to\s{1,5}the\s{1,5}resource\s{1,5}is\s{1,5}denied`, needs: ['denied'] },
    // Amazon's Selling Partner API (SigV4-signed by an IAM role): "Access to requested resource is denied."
    { source: r`Access\s{1,5}to\s{1,5}[Rr]equested\s{1,5}[Rr]esource\s{1,5}is\s{1,5}[Dd]enied`, needs: ['denied'] },
    // AWS Backup's AccessDeniedException without its code: "Insufficient privileges to create a backup vault. Creating a
    // backup vault requires backup-storage and KMS permissions."
    { source: r`Insufficient\s{1,5}privileges\s{1,5}to\s{1,5}create\s{1,5}a\s{1,5}backup\s{1,5}vault\.\s{1,5}Creating\s{1,5}a\s{1,5}backup\s{1,5}vault\s{1,5}requires\s{1,5}backup-storage\s{1,5}and\s{1,5}KMS\s{1,5}permissions`, needs: ['permission'] },
    // Docker refused by a private ECR repository it could not pull from ("pull access denied for
    // 111122223333.dkr.ecr.us-east-1.amazonaws.com/app, repository does not exist or may require 'docker login'"), also
    // with the registry's account masked in words (`*censored id number here*.dkr.ecr.…`, its italics gone once
    // unmarked, `<account>.dkr.ecr.…`).
    {
      source: r`pull\s{1,5}access\s{1,5}denied\s{1,5}for\s{1,5}(?:[\w.-]{1,100}|[\w\s.*-]{1,60}?|<[^<>\n]{1,60}>|\[[^\]\n]{1,60}\]|\{[^{}\n]{1,60}\})\.dkr\.ecr\.`,
      needs: ['denied', 'dkr.ecr.'],
    },
    // Lambda to an invoke of a container-image function whose role can no longer read its ECR image.
    { source: r`function\s{1,5}does\s{1,5}not\s{1,5}have\s{1,5}permission\s{1,5}to\s{1,5}access\s{1,5}the\s{1,5}specified\s{1,5}image`, needs: ['permission', 'image'] },
    // The EC2 console's dashboard panels, one per resource type it could not list ("You are not authorized to describe
    // Running Instances").
    { source: r`You\s{1,5}are\s{1,5}not\s{1,5}authorized\s{1,5}to\s{1,5}describe\s{1,5}[A-Z][a-z]{2,20}`, needs: ['authori', 'describe'] },
    // Pacu's modules report a refused call in their own words ("FAILURE: MISSING REQUIRED AWS PERMISSIONS").
    { source: r`MISSING\s{1,5}REQUIRED\s{1,5}AWS\s{1,5}PERMISSIONS`, needs: ['permission', 'required'] },
    // A Lambda function URL refusing the request (AWS_IAM auth unsigned or not allowed, or its resource policy): "Forbidden.
    // For troubleshooting Function URL authorization issues, see: …".
    { source: r`For\s{1,5}troubleshooting\s{1,5}Function\s{1,5}URL\s{1,5}authorization\s{1,5}issues`, needs: ['authori', 'troubleshooting'] },
    { source: r`Your\s{1,5}access\s{1,5}has\s{1,5}been\s{1,5}denied\s{1,5}by`, needs: ['denied'] },
    { source: r`Model\s{1,5}access\s{1,5}is\s{1,5}denied`, needs: ['model', 'denied'] },
    // S3 validating an event notification's destination whose policy does not admit S3 (an InvalidArgument, still a
    // refusal: "Unable to validate the following destination configurations … Permissions on the destination queue do
    // not allow S3 to publish notifications").
    {
      source: r`Permissions\s{1,5}on\s{1,5}the\s{1,5}destination\s{1,5}(?:queue|topic|function)\s{1,5}do\s{1,5}not\s{1,5}allow\s{1,5}S3\s{1,5}to\s{1,5}publish\s{1,5}notifications`,
      needs: ['permission'],
    },
    // DataZone (and its CloudFormation handlers): "User is not permitted to perform operation: CreateProjectMembership".
    { source: r`\bUser\s{1,5}is\s{1,5}not\s{1,5}permitted\s{1,5}to\s{1,5}perform\s{1,5}operation:`, needs: ['operation'] },
    // CodePipeline's action execution message: "Unable to use Connection: arn:… The provided role does not have
    // sufficient permissions." (the pipeline's service role); Data Lifecycle Manager's policy in its error state: "Role
    // provided does not have sufficient permissions".
    { source: r`(?:The\s{1,5}provided\s{1,5}role|\bRole\s{1,5}provided)\s{1,5}does\s{1,5}not\s{1,5}have\s{1,5}sufficient\s{1,5}permissions`, needs: ['permission'] },
    // CodeDeploy's IAM_ROLE_PERMISSIONS retold without the role it names.
    {
      source: r`does\s{1,5}not\s{1,5}give\s{1,5}you\s{1,5}permission\s{1,5}to\s{1,5}perform\s{1,5}operations\s{1,5}in\s{1,5}the\s{1,5}following\s{1,5}AWS\s{1,5}service`,
      needs: ['permission'],
    },
    // S3's AllAccessDisabled without its code (.NET prints only the message).
    {
      source: r`All\s{1,5}access\s{1,5}to\s{1,5}this\s{1,5}(?:object|bucket|(?:Amazon\s{1,5}S3\s{1,5})?resource)\s{1,5}has\s{1,5}been\s{1,5}disabled`,
      needs: ['disabled'],
    },
    // S3's "Access Denied" machine-translated into Japanese.
    { source: r`アクセスが拒否されました|アクセス拒否`, needs: ['拒否'] },
    // S3 to a request without a signature (a URL that lost its query, a client without credentials): the caller is
    // the anonymous principal.
    { source: r`Anonymous\s{1,5}users\s{1,5}cannot\s{1,5}invoke\s{1,5}this\s{1,5}API`, needs: ['api'] },
    // Services creating their service-linked role for the caller (Service Quotas, …).
    { source: r`[Ss]ervice[- ]linked\s{1,5}role\s{1,5}creation\s{1,5}access\s{1,5}denied`, needs: ['denied'] },
    // An EC2 declarative policy's default refusal ("This action is denied due to an organizational policy in effect").
    { source: r`denied\s{1,5}due\s{1,5}to\s{1,5}an\s{1,5}organi[sz]ational\s{1,5}policy`, needs: ['denied'] },
    // Amazon Q Business's web experience: "Permissions needed. Please check your permissions. 403 Forbidden".
    { source: r`Permissions\s{1,5}needed\.\s{1,5}Please\s{1,5}check\s{1,5}your\s{1,5}permissions`, needs: ['permission'] },
    // The console's Switch Role form when the role's trust (or the caller's policy) refused it.
    { source: r`Invalid\s{1,5}information\s{1,5}in\s{1,5}one\s{1,5}or\s{1,5}more\s{1,5}fields\.\s{1,5}Check\b`, needs: ['fields'] },
    // KMS's CreateKey with tags the caller may not add (kms:TagResource): "Unauthorized tagging operation".
    { source: r`Unauthorized\s{1,5}tagging\s{1,5}operation`, needs: ['authori'] },
    // API Gateway's execution and access logs when the Lambda function's resource policy does not let it invoke the function.
    { source: r`does\s{1,5}not\s{1,5}have\s{1,5}permission\s{1,5}to\s{1,5}invoke\s{1,5}the\s{1,5}Lambda\s{1,5}function`, needs: ['permission'] },
    { source: r`Invalid\s{1,5}permissions\s{1,5}on\s{1,5}Lambda\s{1,5}function`, needs: ['permission'] },
    // …and an HTTP API's integrationError when its integration's role may not call the integration.
    {
      source: r`IAM\s{1,5}role\s{1,5}configured\s{1,5}on\s{1,5}the\s{1,5}integration\s{1,5}or\s{1,5}API\s{1,5}Gateway\s{1,5}doesn['’]t\s{1,5}have\s{1,5}permissions`,
      needs: ['permission'],
    },
    // Amplify's Pinpoint provider when PutEvents was refused: "Please ensure you have updated your Pinpoint IAM Policy with
    // the Action: \"mobiletargeting:PutEvents\" in order to continue using AWS Pinpoint Service".
    { source: r`Please\s{1,5}ensure\s{1,5}you\s{1,5}have\s{1,5}updated\s{1,5}your?\s{1,5}Pinpoint\s{1,5}IAM\s{0,5}Policy`, needs: ['pinpoint'] },
    // Comprehend's failed job when its data access role may not read the input or write the output:
    // "NO_READ_ACCESS_TO_INPUT: The provided data access role does not have proper access to the input data."
    { source: r`The\s{1,5}provided\s{1,5}data\s{1,5}access\s{1,5}role\s{1,5}does\s{1,5}not\s{1,5}have\s{1,5}proper\s{1,5}access`, needs: ['proper'] },
    // App Runner when its access role cannot pull the image from ECR (its trust, or its ECR permissions; its event log
    // indents the continuation under the message): "Failed to pull your application image. Reason: Invalid Access Role
    // in AuthenticationConfiguration."
    { source: r`Invalid\s{1,12}Access\s{1,12}Role\s{1,12}in\s{1,12}AuthenticationConfiguration`, needs: ['authenticationconfiguration'] },
    // Amplify DataStore's subscription that AppSync refused for the signed-in user ("Unauthorized failure:ON_UPDATE User").
    { source: r`\bUnauthorized\s{1,5}failure:\s{0,3}ON_(?:CREATE|UPDATE|DELETE)\b`, needs: ['authori'] },
    // EventBridge Pipes' state reason for a source or target its role may not use: "The provided customer role does not
    // have permissions to call ReceiveMessage on SQS"; Amplify Studio's "The user does not have permissions to call
    // lambda createFunction."
    { source: r`(?:customer\s{1,5}role|\buser)\s{1,5}does\s{1,5}not\s{1,5}have\s{1,5}permissions?\s{1,5}to\s{1,5}call\b`, needs: ['permission'] },
    // Step Functions creating the EventBridge rule a .sync integration needs: "'arn:…:role/x' is not authorized to
    // create managed-rule."
    // (Retold without the ARN or the hyphen: "not authorized to create managed rule".)
    { source: r`(?:\bis\s{1,5})?\bnot\s{1,5}authori[sz]ed\s{1,5}to\s{1,5}cr[a-z\s]{4,12}managed[- ]rule`, needs: ['authori'] },
    // QuickSight's embedded dashboard page for a user or a domain it does not admit: "We can't display this page
    // (Insufficient permissions)"; MediaConvert's job error when its role may not write the output ("Failed to write
    // data (access denied)").
    { source: r`We\s{1,5}can['’]t\s{1,5}display\s{1,5}this\s{1,5}page\s{1,5}\(Insufficient\s{1,5}permissions\)`, needs: ['permission'] },
    { source: r`Failed\s{1,5}to\s{1,5}(?:write|read)\s{1,5}data\s{1,5}\(access\s{1,5}denied\)`, needs: ['denied'] },
    // A Cognito identity pool whose role does not trust it (InvalidIdentityPoolConfigurationException's message, also
    // quoted alone).
    { source: r`Invalid\s{1,5}identity\s{1,5}pool\s{1,5}configuration\.\s{0,5}Check\s{1,5}assigned\s{1,5}IAM\s{1,5}roles`, needs: ['configuration'] },
    // STS to the root user calling AssumeRole (also relayed by CloudFormation: "API: ec2:AcceptVpcPeeringConnection …").
    { source: r`Roles\s{1,5}may\s{1,5}not\s{1,5}be\s{1,5}assumed\s{1,5}by\s{1,5}root\s{1,5}accounts`, needs: ['assum'] },
    // boto 2's service errors carry only the status line when the body is not shown: "EC2ResponseError: 403 Forbidden".
    { source: r`\b(?:S3Response|EC2Response|SDBResponse|EmrResponse|JSONResponse|BotoServer)Error:\s{0,3}403\s{1,3}Forbidden\b`, needs: ['forbidden'] },
    // EFS through CloudFormation: "User is not authorized to perform that action on the specified resource".
    { source: r`not\s{1,5}authori[sz]ed\s{1,5}to\s{1,5}perform\s{1,5}that\s{0,5}action\b`, needs: ['authori'] },
    // S3 refusing a browser upload whose POST policy failed or expired (under AccessDenied): "Invalid according to Policy:
    // Policy expired", "… Policy Condition failed: [\"eq\", \"$acl\", \"public-read\"]".
    { source: r`Invalid\s{1,5}according\s{1,5}to\s{1,5}[Pp]olicy:\s{0,5}[Pp]olicy\s{1,5}(?:expired|[Cc]ondition\s{1,5}failed)`, needs: ['according'] },
    // STS's AccessDenied messages quoted without their code: a wrong MFA code ("MultiFactorAuthentication failed with
    // invalid MFA one time pass code"), and GetSessionToken called with temporary credentials.
    { source: r`MultiFactorAuthentication\s{1,5}failed`, needs: ['failed'] },
    { source: r`Cannot\s{1,5}call\s{1,5}GetSessionToken\s{1,5}with\s{1,5}session\s{1,5}credentials`, needs: ['credential'] },
    // A writer's short form with the action before it ("Error: iam:TagRole permission denied"); kept only after one.
    { source: r`permission\s{1,3}denied\b`, needs: ['permission', 'denied'] },
    // The only alternative with groups: the resource type and the resource.
    { source: r`not\s{1,5}authori[sz]ed\s{1,5}to\s{1,5}use\s{1,5}([a-z][a-z\s]{1,40}?):\s{0,5}([A-Za-z0-9:/._-]{1,300})`, needs: ['authori'] },
  ],
  (kept) => new RegExp(kept.map((a) => a.source).join('|'), 'g'),
);

const EXPIRED_LOGIN_AFTER = /^[^]{0,300}?denied:\s{1,3}Your\s{1,3}authorization\s{1,3}token\s{1,3}has\s{1,3}expired\b/;

const ACTION_BEFORE = /(?<![\w:/-])`?([a-z][a-z0-9-]{1,40}:[A-Z][A-Za-z0-9]{1,100})`?\s{1,3}$/;

const SERVICE_ERROR_BEFORE = /\b(?:S3|KMS|SSM|STS|IAM|ECR|SNS|SQS|Lambda|DynamoDB)\s{1,3}error:\s{0,3}$/;

// "an Access Denied error", "troubleshooting access denied errors" are documentation, not a report.
const PROSE_AFTER = /^["'’”]?\s{0,3}(?:\([^)\n]{0,30}\)\s{0,3})?(?:errors?|messages?|responses?|issues?|exceptions?|problems?|pages?|screens?)\b/i;
const PROSE_BEFORE = /\b(?:an?|the|get|gets|getting|got|receive|receives|receiving|received|troubleshoot|troubleshooting|fix|fixing|resolve|resolving|avoid|avoiding|see|seeing|about)\s{1,3}["'‘“]?$/i;
// The .NET SDK glues the inner exception's text to the message: "Access Denied Exception of type
// 'Amazon.Runtime.Internal.HttpErrorResponseException' was thrown." — a report, not prose about exceptions.
const DOTNET_AFTER = /^\s{0,3}Exception\s{1,3}of\s{1,3}type\s{1,3}'/;
// The message right after its code in brackets (the PHP S3 class: "S3::getBucketLocation(b): [AccessDenied] Access
// Denied⏎error, …") is a report, whatever word the writer's next line starts with.
const BRACKET_CODE_BEFORE = /\[[A-Za-z][A-Za-z.]{1,60}\][ \t]{1,3}$/;
// A mail server's enhanced status code on the same line before the phrase (`550 5.1.8 Access denied, bad outbound
// sender`, `554 5.7.1 …: Client host rejected: Access denied`, a translated `550 5.1.8 アクセス拒否`): its bounce.
const SMTP_STATUS_BEFORE = /\b[45]\d\d[ \t-]{1,3}[45]\.\d{1,3}\.\d{1,3}\b[^\n]{0,100}$/;
// MySQL, Windows and friends say "Access denied" too (other clouds: not-aws.ts); so do web servers' and CDNs' pages
// (Apache's, Akamai's "Access Denied You don't have permission to access "http://…" on this server.").
const FOREIGN_AFTER = /^\s{0,3}(?:for user\b|\(using password|You\s{1,3}don['’]t\s{1,3}have\s{1,3}permission\s{1,3}to\s{1,3}access\b)/i;

// Another product's exception class printing the words ("GitHub.DistributedTask.WebApi.AccessDeniedException: Access
// denied."): its message, not AWS's.
const CLASS_BEFORE = /([A-Za-z_$][\w$]{0,60}(?:\.[A-Za-z_$][\w$]{0,60}){0,15}\.)?([A-Z][A-Za-z0-9]{0,60}(?:Exception|Error)):\s{0,3}$/;

// Python's own class for a refusal by the operating system ("PermissionError: Access denied" from psutil on Windows) is
// S3's only through s3fs, in a text that speaks of S3 or AWS.
const OS_ERROR_CLASS = /^(?:PermissionError|OSError|IOError)$/;
const S3_OR_AWS = /\bs3:\/\/|\bS3\b|\bs3fs\b|\bAWS\b|amazonaws|arn:aws/;

function foreignClassBefore(text: string, start: number, speaksS3: () => boolean): boolean {
  const m = CLASS_BEFORE.exec(text.slice(Math.max(0, start - 300), start));
  if (m && !m[1] && OS_ERROR_CLASS.test(m[2]!)) return !speaksS3();
  if (!m || !m[1]) return false;
  const classStart = start - m[0].length + m[1].length;
  return notAwsCode(text, classStart, classStart + m[2]!.length);
}

// A console's page states the HTTP status after the phrase ("Please check your permissions. 403 Forbidden").
const STATUS_AFTER = /^\.?[ \t]{1,3}(40[13])[ \t]{1,3}(?:Forbidden|Unauthorized)\b/;

// …and the service may say what to grant right after it: "Please add ec2:DescribeSecurityGroups permission to role."
const ADD_PERMISSION_AFTER = /^[^\n]{0,160}?\b[Pp]lease\s{1,3}(?:add|grant)\s{1,3}(?:the\s{1,3})?`?([a-z][a-z0-9-]{1,40}:[A-Z][A-Za-z0-9]{1,100})`?\s{1,3}permissions?\b/;
// CloudFront's phrase ends in its own request: "… to add permission: lambda:EnableReplication* for resource: arn:…".
const ADDED_PERMISSION = /^:\s{0,3}([a-z][a-z0-9-]{1,40}:[A-Z][A-Za-z0-9]{1,100}\*?)(?:\s{1,3}for\s{1,3}resource:\s{0,3}(arn:[^\s"'`]{1,2048}))?/;

// …or names it after the policy to update: "… Pinpoint IAM Policy with the Action: \"mobiletargeting:PutEvents\"".
const POLICY_ACTION_AFTER = /^\s{0,3}with\s{1,3}the\s{1,3}Action:\s{0,3}["'`]?([a-z][a-z0-9-]{1,40}:[A-Z][A-Za-z0-9]{1,100})/;

const GREENGRASS_CODE_AFTER = /^[^\n]{0,60}?\b(AWS_ERROR_NO_PERMISSION)\(\d{1,4}\)/;

// The connection CodePipeline could not use, named in the sentence before.
const PIPELINE_CONNECTION = /\bUnable\s{1,3}to\s{1,3}use\s{1,3}Connection:\s{0,3}(arn:[^\s"'`]{3,2048}?)\.?\s{1,3}$/;

// (At a line's start, or anywhere with the closing quote the cut ARN left: "```  orders-role-7QK2' is not …".)
const MANAGED_RULE_CALLER =
  /(?:(?:^|\n)[ \t]{0,8}(?:[-*•][ \t]{1,3})?['"`‘]?|(?<=[\s`])(?=[A-Za-z][\w+=,.@-]{1,63}[A-Za-z0-9]['’]))([A-Za-z][\w+=,.@-]{1,63}[A-Za-z0-9])['"`’]?[ \t]{1,5}$/;

const KAFKA_OBJECT = /^\s{1,3}(?:this\s{1,3}|the\s{1,3})?(?:topics?|consumer\s{1,3}group|group|transactional\s{1,3}id)\b/i;

const NUMBERED_CODE_AROUND = /["']?error_?[Cc]ode["']?\s{0,3}[:=]\s{0,3}\d{1,6}\b/;
const TRUST_CHECK_AFTER = /^\.\s{1,6}Check\s{1,3}the\s/;
const ENVELOPE_BEFORE = /\boperation(?:\s{1,5}\(reached max retries: \d{1,5}\))?:\s{1,5}$/;

export function scanPlainDenials(scan: Scan): void {
  const phrases = PHRASES(scan);
  if (!phrases) return;
  const { text } = scan;
  // (Asked once per text, not per phrase: a long text with many phrases costs one search.)
  let s3: boolean | undefined;
  const speaksS3 = (): boolean => (s3 ??= S3_OR_AWS.test(text));
  const greengrass = text.indexOf('AWS_ERROR_NO_PERMISSION') >= 0;
  phrases.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = phrases.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    const lacked = m[0].startsWith('permission') ? ACTION_BEFORE.exec(text.slice(Math.max(0, start - 150), start)) : undefined;
    if (lacked === null) continue;
    if (foreignProductBefore(text, start) || inCodeLiteral(text, start)) continue;
    // (Only MSK's IAM mechanism is AWS's: SCRAM and PLAIN refusals are the brokers' own.)
    if (/^Sasl/.test(m[0]) && !/\bMSK\b|\bIAM\b/.test(text)) continue;
    if (SMTP_STATUS_BEFORE.test(text.slice(Math.max(0, start - 120), start))) continue;
    if (/^requested/.test(m[0]) && registryNotEcr(text)) continue;
    // ECR's pull refused for an expired login says so right after ("… may require 'docker login': denied: Your
    // authorization token has expired."): a credentials failure, which the credentials phrases read.
    if (/^pull/.test(m[0]) && EXPIRED_LOGIN_AFTER.test(text.slice(end, end + 400))) continue;
    // Kafka's own authorization (an MSK cluster's ACLs or a client's protocol error): "Not authorized to access topics:
    // [Topic authorization failed]", "The client is not authorized to access this topic" — the broker's, no AWS call.
    if (/access$/i.test(m[0]) && KAFKA_OBJECT.test(text.slice(end, end + 40))) continue;
    // The message of the CLI's envelope ("… when calling the CreateAgentRuntime operation: Access denied while
    // validating ECR URI …") is the service's report under whatever code it chose.
    const envelope = /^Access\s{1,3}[Dd]enied$/.test(m[0]) && ENVELOPE_BEFORE.test(text.slice(Math.max(0, start - 60), start));
    if (/^Access\s{1,3}[Dd]enied$/.test(m[0]) && !envelope) {
      // (A data library's own class around S3's exact words, `RasterioIOError: Access Denied` on an s3:// path, is
      // S3's refusal passed on.)
      if (foreignClassBefore(text, start, speaksS3) && !(m[0] === 'Access Denied' && S3_PATH.test(text))) continue;
      const after = text.slice(end, end + 40);
      const coded = BRACKET_CODE_BEFORE.test(text.slice(Math.max(0, start - 70), start));
      if ((PROSE_AFTER.test(after) && !DOTNET_AFTER.test(after) && !coded) || FOREIGN_AFTER.test(after) || notAwsCode(text, start, end) || foreignRequestBefore(text, start)) continue;
      if (PROSE_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
      // Another API's error object numbers its codes (`{"errorMessage": "Access denied", "errorCode": 5}`): AWS names them.
      if (NUMBERED_CODE_AROUND.test(lineBefore(text, start, 200) + m[0] + lineAfter(text, end, 200))) continue;
      // A git server's own refusal (`remote: Access denied`) is AWS's only from CodeCommit.
      if (/\bremote:[ \t]{1,3}$/.test(text.slice(Math.max(0, start - 12), start)) && !/amazonaws\.com|codecommit/i.test(text)) continue;
      // "Access denied" in sentence case is a report only when it ends the phrase ("Access denied: …",
      // "554 Access denied.", "an `Access denied` message"), not in "Access denied or repository not exported".
      // Bedrock Agent's "Access denied when calling Bedrock." names the call after it; Serverless's "Access denied
      // when accessing … SSM parameter" what it was reading.
      // FSx for Lustre, when it may not read its data repository: "BadRequest: Access denied for import path.".
      if (/denied$/.test(m[0]) && !/^(?:$|[:.!)"'`<\n,;」]|\s\(|\s*-\s|\s{1,3}when\s{1,3}(?:calling|accessing)\b|\s{1,3}for\s{1,3}(?:import|export)\s{1,3}path\b)/.test(after)) continue;
    }
    // "S3 error: Access Denied" names the service that refused, whatever code reports it (CloudFormation's
    // ValidationError when it cannot read the template).
    // The service saying the account may not make the call is its refusal, whatever code carries it (so is the Selling
    // Partner API's, under its code Unauthorized).
    // So is S3's refusal of a notification destination, under its InvalidArgument, FSx's check of a data repository
    // under its BadRequest, and CloudTrail's of a logs role it cannot assume ("InvalidCloudWatchLogsRoleArnException:
    // Access denied. Check the trust relationships for your role.").
    const named = envelope || /^\s{1,3}for\s{1,3}(?:import|export)\s{1,3}path\b/.test(text.slice(end, end + 20)) || /^[Yy]our\s|^Permissions\s{1,5}on\s|^Access\s{1,5}to\s{1,5}requested\s|^FSx\s/.test(m[0]) || (/^Access\s{1,3}Denied$/.test(m[0]) && SERVICE_ERROR_BEFORE.test(text.slice(Math.max(0, start - 24), start))) || TRUST_CHECK_AFTER.test(text.slice(end, end + 40));
    const core = makeCore(start, end, 'access-denied', named);
    if (m[2]) setField(core, 'resource', m[2].replace(/\.$/, ''), P.prefix);
    if (m[0].startsWith('Anonymous')) setField(core, 'principal', 'anonymous', P.prefix);
    if (m[0].startsWith('The provided role')) setField(core, 'resource', PIPELINE_CONNECTION.exec(text.slice(Math.max(0, start - 2200), start))?.[1], P.prefix);
    // The role Step Functions names by itself when the paste lost the ARN's head (`StateMachineRole-1K0Y' is not
    // authorized to create managed-rule.`): the name as printed, its quotes off.
    if (/managed-rule$/.test(m[0])) setField(core, 'principal', MANAGED_RULE_CALLER.exec(text.slice(Math.max(0, start - 100), start))?.[1], P.hint);
    if (/operation:$/.test(m[0])) setField(core, 'operation', /^\s{0,5}([A-Z][A-Za-z0-9]{2,100})\b/.exec(text.slice(end, end + 110))?.[1], P.prefix);
    // (Greengrass IPC prints its error's name after the sentence: "User does not have permission to perform the requested
    // action. AWS_ERROR_NO_PERMISSION(43)".)
    if (greengrass) setField(core, 'errorCode', GREENGRASS_CODE_AFTER.exec(text.slice(end, end + 100))?.[1], P.prefix);
    // (Comprehend puts its reason's code before it.)
    if (/^The\s{1,5}provided\s{1,5}data/.test(m[0])) setField(core, 'errorCode', /\b(NO_[A-Z_]{2,60}):\s{0,3}$/.exec(text.slice(Math.max(0, start - 64), start))?.[1], P.prefix);
    const status = STATUS_AFTER.exec(text.slice(end, end + 24));
    if (status) setField(core, 'errorCode', status[1], P.hint);
    const add = (/permission$/.test(m[0]) ? ADDED_PERMISSION : /Policy$/.test(m[0]) ? POLICY_ACTION_AFTER : ADD_PERMISSION_AFTER).exec(text.slice(end, end + 2400));
    setField(core, 'action', lacked?.[1] ?? add?.[1], P.hint);
    setField(core, 'resource', add?.[2]?.replace(/\.$/, ''), P.hint);
    scan.pieces.push(core);
  }
}
