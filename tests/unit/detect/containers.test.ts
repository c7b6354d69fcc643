// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findContainer } from '../../../lib/detect/containers';

function mount(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

function at(selector: string): Element {
  const el = document.querySelector(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
}

describe('findContainer', () => {
  it('finds the Cloudscape flash item by its analytics attribute and hashed class', () => {
    mount(
      '<ul><li><div data-analytics-flashbar="error" class="awsui_flash_1q84n_x awsui_flash-type-error_1q84n_y">' +
        '<div class="awsui_flash-header_1q84n_z">Access denied</div><div class="awsui_flash-content_1q84n_w"><span id="t">User: …</span></div>' +
        '</div></li></ul>',
    );
    const c = findContainer(at('#t'));
    expect(c?.kind).toBe('flash');
    expect(c?.strength).toBe('strong');
    expect(c?.el).toBe(at('[data-analytics-flashbar]'));
    expect(c?.placement).toBe('after');
  });

  it('anchors an alert at its analytics root, not the inner hashed div', () => {
    mount(
      '<div data-analytics-alert="error" id="root"><div class="awsui-context-alert"><div class="awsui_alert_abc awsui_type-error_abc">' +
        '<div class="awsui_content_abc"><div id="t">text</div></div></div></div></div>',
    );
    const c = findContainer(at('#t'));
    expect(c?.kind).toBe('alert');
    expect(c?.anchor.id).toBe('root');
  });

  it('treats info banners as weak and success banners as no message at all', () => {
    mount(
      '<div data-analytics-flashbar="info"><span id="info">Public access is denied</span></div>' +
        '<div data-analytics-flashbar="success"><span id="ok">Created permissions-bucket</span></div>' +
        '<div class="awsui-flash awsui-flash-type-error"><div class="awsui-flash-content" id="legacy">API: x</div></div>',
    );
    expect(findContainer(at('#info'))?.strength).toBe('weak');
    expect(findContainer(at('#ok'))).toBeNull();
    expect(findContainer(at('#legacy'))?.kind).toBe('flash');
  });

  it('reads table empty states as strong, plain cells and status labels as weak', () => {
    mount(
      '<table><tr><td id="cell"><div class="awsui_body-cell-content_x"><span id="c">API: iam:CreateRole …</span></div></td>' +
        '<td><div class="awsui_empty_c6tup_1"><b id="e">You don\'t have permissions to list buckets</b></div></td></tr></table>' +
        '<span class="awsui_status-error_1cbgc_x"><span id="s">Access denied</span></span>',
    );
    expect(findContainer(at('#c'))).toMatchObject({ kind: 'cell', strength: 'weak', placement: 'append' });
    expect(findContainer(at('#c'))?.el.id).toBe('cell');
    expect(findContainer(at('#e'))).toMatchObject({ kind: 'empty', strength: 'strong' });
    expect(findContainer(at('#s'))).toMatchObject({ kind: 'status', strength: 'weak' });
  });

  it('anchors a modal card under the paragraph that says no', () => {
    mount('<div role="dialog"><h2>Delete bucket</h2><div class="body"><p id="p"><span id="t">not authorized</span></p></div></div>');
    const c = findContainer(at('#t'));
    expect(c?.kind).toBe('dialog');
    expect(c?.anchor.id).toBe('p');
  });

  it('ignores help panels, code samples, policy editors, editable text and our own card', () => {
    mount(
      '<div class="awsui_help-panel_1x"><p id="help">User: x is not authorized to perform: y</p></div>' +
        '<pre><span id="pre">"errorCode": "AccessDenied"</span></pre>' +
        '<div class="ace_editor"><div id="ace">"Effect": "Deny"</div></div>' +
        '<div contenteditable="true"><span id="edit">denied</span></div>' +
        '<p><code id="code">AccessDenied</code></p>' +
        '<why-denied-card><span id="own">denied</span></why-denied-card>',
    );
    for (const id of ['help', 'pre', 'ace', 'edit', 'code', 'own']) expect(findContainer(at(`#${id}`)), id).toBeNull();
  });

  it('keeps <code> inside a message (the console diagnostic block uses it)', () => {
    mount('<div data-analytics-alert="error"><code><div id="t">User: arn</div></code></div>');
    expect(findContainer(at('#t'))?.kind).toBe('alert');
  });

  it('falls back to the nearest modest block for text outside known containers', () => {
    mount('<main><section><p id="p">Some <b id="t">denied</b> text</p></section></main>');
    expect(findContainer(at('#t'))).toMatchObject({ kind: 'block', strength: 'weak' });
    expect(findContainer(at('#t'))?.el.id).toBe('p');
  });
});

describe('findContainer inside banners', () => {
  it('gives a form error or empty state inside an alert to the alert', () => {
    document.body.innerHTML =
      '<div data-analytics-alert="error" id="root"><div class="awsui_alert_x awsui_type-error_x"><div class="awsui_content_x">' +
      '<div class="awsui_error_14mhv_1" id="t">User: …</div></div></div></div><div class="awsui_error_14mhv_1" id="alone">x</div>';
    expect(findContainer(document.getElementById('t')!)).toMatchObject({ kind: 'alert' });
    expect(findContainer(document.getElementById('t')!)?.anchor.id).toBe('root');
    expect(findContainer(document.getElementById('alone')!)).toMatchObject({ kind: 'form-error' });
  });
});
