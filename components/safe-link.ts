// Links shown by the extension must be https:// AWS console or documentation URLs. Explanations compose them, but
// values from page text flow into them, so every URL is checked again right before it becomes a link.
const AWS_DOMAINS = ['aws.amazon.com', 'amazonaws.cn', 'amazonaws-us-gov.com'];

export function safeAwsUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return null;
  const host = url.hostname.toLowerCase();
  return AWS_DOMAINS.some((d) => host === d || host.endsWith('.' + d)) ? url.href : null;
}
