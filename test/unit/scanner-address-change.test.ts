// @vitest-environment happy-dom
// The photo viewer's "next" (and a reel viewer's swipe): Facebook may put the next caption in place before it changes
// the address, which names the post outside the feed. Once the address has changed, the post is read again under the
// new photo's id (it kept the previous photo's id and link, so a report, a dismissal or the side panel named the
// wrong photo); posts whose reading did not change are not matched again.
import { afterEach, describe, expect, it } from 'vitest';
import { Scanner } from '../../lib/content/scanner';
import { facebookAdapter } from '../../lib/sites/facebook';
import { EMPTY_RESULT, type MatchResult } from '../../lib/types';
import { markOutcomes } from './helpers/mark-outcomes';

const flagged: MatchResult = { flagged: true, severity: 'high', patterns: [], categories: ['group-name'], contextIds: [], spans: [] };

const VIEWER = `<div role="main"><div role="feed"></div></div>
<div role="dialog"><div data-pagelet="MediaViewerPhoto"><img alt="" src="data:,"></div>
 <div class="col"><div data-ad-rendering-role="profile_name"><h2><a href="https://www.facebook.com/ansar.media" role="link"><strong>Ansar Media</strong></a></h2></div>
  <div class="cap"><span dir="auto"><div dir="auto" style="text-align: start;" id="caption">Sons of the Caliphate Army, photo one</div></span></div></div></div>`;

const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);

afterEach(() => document.body.replaceChildren());

describe('an address change', () => {
  it('reads the viewer\'s caption again under the photo the new address names', async () => {
    setUrl('https://www.facebook.com/photo/?fbid=111111111&set=a.9');
    document.body.innerHTML = VIEWER;
    const seen: string[] = [];
    const texts: string[] = [];
    const s = new Scanner({
      adapter: facebookAdapter,
      match: (text) => {
        texts.push(text);
        return /caliphate army/i.test(text) ? flagged : EMPTY_RESULT;
      },
      apply: (outcomes) => {
        for (const o of outcomes) if (o.post) seen.push(`${o.post.id} ${o.post.url}`);
        markOutcomes(outcomes, facebookAdapter);
      },
      root: document.body,
      schedule: (cb) => setTimeout(() => cb({ timeRemaining: () => 50, didTimeout: false }), 0) as unknown as number,
      cancel: (h: number) => clearTimeout(h),
    });
    const settle = async () => {
      await new Promise((r) => setTimeout(r, 0));
      for (let i = 0; i < 50 && s.busy; i++) await new Promise((r) => setTimeout(r, 5));
    };
    s.start();
    await settle();
    expect(seen).toEqual(['111111111 https://www.facebook.com/photo/?fbid=111111111&set=a.9']);
    // "Next": the caption first, then the address.
    document.getElementById('caption')!.textContent = 'Sons of the Caliphate Army, photo two';
    await settle();
    history.pushState({}, '', '/photo/?fbid=222222222&set=a.9');
    s.recheckAll();
    await settle();
    expect(seen.at(-1)).toBe('222222222 https://www.facebook.com/photo/?fbid=222222222&set=a.9');
    // Nothing changed since: another address change reads the caption but matches nothing again.
    const matched = texts.length;
    s.recheckAll();
    await settle();
    expect(texts.length).toBe(matched);
    s.stop();
  });
});
