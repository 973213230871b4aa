// @vitest-environment happy-dom
// A Facebook post whose words arrive after its header: the feed unit, taken for the post while it showed no words,
// gives way to the block that holds the author and the words. One container and one badge per post, however often
// the site re-renders its counters afterwards.
import { afterEach, describe, expect, it } from 'vitest';
import { marksLost, unmarkContainer } from '../../lib/content/marks';
import { ATTR_STATE, Scanner } from '../../lib/content/scanner';
import { facebookAdapter } from '../../lib/sites/facebook';
import { EMPTY_RESULT, type MatchResult } from '../../lib/types';
import { markOutcomes } from './helpers/mark-outcomes';

const flagged: MatchResult = { flagged: true, severity: 'high', patterns: [], categories: ['group-name'], contextIds: [], spans: [] };
const match = (text: string): MatchResult => (/caliphate army/i.test(text) ? flagged : EMPTY_RESULT);

const UNIT = `<div role="main"><div role="feed"><div class="x1lliihq"><div aria-posinset="1" aria-describedby="a b" class="unit">
 <div class="card"><div class="body">
  <div class="header"><div data-ad-rendering-role="profile_name"><h2><span><a href="https://www.facebook.com/karim.b" role="link"><strong><span>Karim B</span></strong></a></span></h2></div>
   <span><a href="#" role="link"><span>2h</span></a></span></div>
  <div class="msgslot"></div>
 </div>
 <div class="footer"><span class="count">3</span><div data-ad-rendering-role="like_button"><div role="button">Like</div></div></div>
 </div></div></div></div></div>`;

const MESSAGE =
  '<div data-ad-rendering-role="story_message"><div data-ad-preview="message"><span dir="auto"><div><div dir="auto" style="text-align: start;">' +
  'Sons of the Caliphate Army: for every account you close we take ten</div></div></span></div></div>';

function scanner(forgotten: string[]): Scanner {
  return new Scanner({
    adapter: facebookAdapter,
    match,
    apply: (outcomes) => markOutcomes(outcomes, facebookAdapter),
    unmark: (gone) => {
      for (const { el, lastId } of gone) {
        unmarkContainer(el);
        if (lastId !== null) forgotten.push(lastId);
      }
    },
    marksLost: (el, lastId) => marksLost(el, lastId !== null, () => false),
    root: document.body,
    schedule: (cb) => setTimeout(() => cb({ timeRemaining: () => 50, didTimeout: false }), 0) as unknown as number,
    cancel: (h: number) => clearTimeout(h),
  });
}

async function settle(s: Scanner): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  for (let i = 0; i < 50 && s.busy; i++) await new Promise((r) => setTimeout(r, 5));
}

afterEach(() => document.body.replaceChildren());

describe('Facebook: words that arrive after the header', () => {
  it('marks the post once, where its words are, and keeps one badge while the site re-renders its counters', async () => {
    document.body.innerHTML = UNIT;
    const forgotten: string[] = [];
    const s = scanner(forgotten);
    s.start();
    await settle(s);
    const unit = document.querySelector('.unit')!;
    expect(unit.getAttribute(ATTR_STATE), 'no words yet: the unit is read as the post').toBe('clear');

    document.querySelector('.msgslot')!.innerHTML = MESSAGE;
    await settle(s);
    const marked = () => Array.from(document.querySelectorAll(`[${ATTR_STATE}]`));
    expect(marked().map((el) => el.className)).toEqual(['body']);
    expect(document.querySelector('.body')!.getAttribute(ATTR_STATE)).toBe('flagged');
    expect(unit.hasAttribute(ATTR_STATE), 'the unit is not a second post around it').toBe(false);
    expect(document.querySelectorAll('firebreak-badge')).toHaveLength(1);

    for (let n = 4; n < 9; n++) {
      document.querySelector('.count')!.textContent = String(n);
      await settle(s);
    }
    s.requestFullPass();
    await settle(s);
    expect(marked().map((el) => el.className)).toEqual(['body']);
    expect(document.querySelectorAll('firebreak-badge')).toHaveLength(1);
    expect(forgotten, 'the unit was clear: no flagged id to drop').toEqual([]);
    s.stop();
  });
});
