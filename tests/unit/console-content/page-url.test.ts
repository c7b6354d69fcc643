import { describe, expect, it } from 'vitest';
import { pageUrlReader } from '../../../entrypoints/console.content/page-url';

describe('pageUrlReader', () => {
  it('reads the URL again only after a quarter second', () => {
    let url = 'https://console.aws.amazon.com/s3/a';
    let reads = 0;
    let now = 0;
    const read = () => {
      reads++;
      return url;
    };
    const pageUrl = pageUrlReader(read, () => now);
    expect(pageUrl()).toBe('https://console.aws.amazon.com/s3/a');
    url = 'https://console.aws.amazon.com/s3/b';
    now = 100;
    expect(pageUrl()).toBe('https://console.aws.amazon.com/s3/a');
    now = 400;
    expect(pageUrl()).toBe('https://console.aws.amazon.com/s3/b');
    expect(reads).toBe(3);
  });
});
