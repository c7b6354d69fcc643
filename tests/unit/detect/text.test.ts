// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { containerText, tidy } from '../../../lib/detect/text';

function dom(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('containerText', () => {
  it('puts one block per line and joins inline pieces, links and <wbr> as a reader sees them', () => {
    const root = dom(
      '<div>Access denied to <b>ec2:DescribeInstances</b></div>' +
        '<div>User: arn:aws:sts::1111<wbr>2222<wbr>3333:assumed-role/<a href="#">Dev</a>/alice</div>' +
        '<p>second<br>line</p>',
    );
    expect(containerText(root)).toBe(
      'Access denied to ec2:DescribeInstances\nUser: arn:aws:sts::111122223333:assumed-role/Dev/alice\nsecond\nline',
    );
  });

  it('skips script, style, template, textarea, hidden elements and our own cards', () => {
    const root = dom(
      '<div>shown</div><script>var a = "denied";</script><style>.x{}</style><template><div>tpl</div></template>' +
        '<textarea>typed</textarea><div hidden>gone</div><why-denied-card>card text</why-denied-card>',
    );
    expect(containerText(root)).toBe('shown');
  });

  it('drops zero-width and bidi controls and collapses spaces', () => {
    const root = dom('<div>User:\u00a0 arn:aws:iam::1\u200b2\u202e3:user/x\u2066 y</div>');
    expect(containerText(root)).toBe('User: arn:aws:iam::123:user/x y');
  });

  it('caps the text and cuts absurdly long tokens, also on a 1 MB ARN', () => {
    const huge = 'arn:aws:iam::123456789012:role/' + 'A'.repeat(1_000_000);
    const root = dom('');
    const div = document.createElement('div');
    div.textContent = `User: ${huge} is not authorized to perform: s3:GetObject`;
    root.appendChild(div);
    const text = containerText(root, { maxChars: 32_768, maxToken: 4_096 });
    expect(text.length).toBeLessThanOrEqual(32_768);
    expect(text.startsWith('User: arn:aws:iam::123456789012:role/AAA')).toBe(true);
    expect(Math.max(...text.split(/\s/).map((t) => t.length))).toBe(4_096);
  });

  it('survives deep nesting without recursion', () => {
    let html = 'deep text';
    for (let i = 0; i < 5_000; i++) html = `<span>${html}</span>`;
    expect(containerText(dom(html))).toBe('deep text');
  });
});

describe('tidy', () => {
  it('removes blank lines and trims', () => {
    expect(tidy('  a  \n\n   b\t c \n')).toBe('a\nb c');
  });
});

describe('containerText on a 1 MB token inside a sentence', () => {
  it('keeps the rest of the sentence after the cut token', () => {
    const div = document.createElement('div');
    div.textContent = `User: arn:aws:iam::1:user/u is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::${'a'.repeat(1_000_000)} because no identity-based policy allows the s3:GetObject action`;
    const text = containerText(div);
    expect(text.endsWith('because no identity-based policy allows the s3:GetObject action')).toBe(true);
    expect(text.length).toBeLessThan(5_000);
  });
});
