// @vitest-environment happy-dom
// One look per severity everywhere: the badge on the page draws the panels' shape for the same severity (a triangle
// meant "high" on the page and "medium" in the panel), and every stylesheet uses the same colours; the posts'
// outlines take the dark colours on a dark page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { SeverityIcon } from '../../components/icons';
import { applyMark } from '../../lib/content/marks';
import { pageCss } from '../../lib/content/page-style';
import { SEVERITIES } from '../../lib/types';
import { SEVERITY_COLOURS, SEVERITY_SHAPES } from '../../lib/ui/severity-look';

const root = path.resolve(import.meta.dirname, '../..');
const css = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe('severity look', () => {
  it.each(SEVERITIES)('%s: the badge on the page and the panel draw the same shape', (severity) => {
    const post = document.createElement('article');
    document.body.append(post);
    applyMark(post, 'p1', severity, { dismissed: false, blur: false, lang: 'en', anchor: () => post, handlers: { onActivate: () => {} } });
    const badgePath = post.querySelector('firebreak-badge')!.shadowRoot!.querySelector('svg path')!.getAttribute('d');
    const holder = document.createElement('div');
    render(SeverityIcon({ severity }), holder);
    const panelPaths = Array.from(holder.querySelectorAll('path'), (p) => p.getAttribute('d'));
    expect(panelPaths).toEqual([SEVERITY_SHAPES[severity].outer, SEVERITY_SHAPES[severity].mark]);
    expect(badgePath).toBe(SEVERITY_SHAPES[severity].outer + SEVERITY_SHAPES[severity].mark);
    // The three shapes differ.
    expect(new Set(SEVERITIES.map((s) => SEVERITY_SHAPES[s].outer)).size).toBe(3);
    post.remove();
  });

  it('the panels and the options page use the same colours as the badge and the outlines', () => {
    const panel = css('components/DetailView.css');
    const options = css('components/options/options.css');
    for (const s of SEVERITIES) {
      expect(panel, `panel light ${s}`).toContain(`--fb-${s}: ${SEVERITY_COLOURS.light[s]};`);
      expect(panel, `panel dark ${s}`).toContain(`--fb-${s}: ${SEVERITY_COLOURS.dark[s]};`);
      expect(options, `options light ${s}`).toContain(`--sev-${s}: ${SEVERITY_COLOURS.light[s]};`);
      expect(options, `options dark ${s}`).toContain(`--sev-${s}: ${SEVERITY_COLOURS.dark[s]};`);
    }
  });

  it("outlines flagged posts in the dark colours on a dark page (the light ones read under 3:1 on X's Dim)", () => {
    expect(pageCss([], 'light')).toContain(`--firebreak-mark: ${SEVERITY_COLOURS.light.low}`);
    expect(pageCss([], 'dark')).toContain(`--firebreak-mark: ${SEVERITY_COLOURS.dark.low}`);
    expect(pageCss([], 'dark')).toContain(`var(--firebreak-mark, ${SEVERITY_COLOURS.dark.high})`);
  });
});
