// When the popup and the toolbar say Firebreak cannot read a page (lib/content/readability.ts): a page of posts
// where none is found for a while, or where posts are found without a word of text; never a page that lists no
// posts by design or says it is empty.
import { describe, expect, it } from 'vitest';
import { HOOKLESS_AFTER_POSTS, PageReadability, TEXTLESS_AFTER_POSTS, UNREADABLE_AFTER_MS } from '../../lib/content/readability';

function clock() {
  let t = 1000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}
const notEmpty = () => false;

describe('page readability', () => {
  it('a page of posts where none is found is unreadable once the wait is over, not before', () => {
    const c = clock();
    const r = new PageReadability(c.now);
    c.advance(UNREADABLE_AFTER_MS - 1);
    expect(r.verdict(true, notEmpty)).toBeNull();
    c.advance(2);
    expect(r.verdict(true, notEmpty)).toBe('no-posts');
  });

  it('a page that lists no posts, or says it is empty (a protected account, no results), is never unreadable', () => {
    const c = clock();
    const r = new PageReadability(c.now);
    c.advance(UNREADABLE_AFTER_MS * 2);
    expect(r.verdict(false, notEmpty)).toBeNull();
    expect(r.verdict(true, () => true)).toBeNull();
  });

  it('posts found without a word of text: the text hooks broke', () => {
    const r = new PageReadability(clock().now);
    for (let i = 0; i < TEXTLESS_AFTER_POSTS - 1; i++) r.scanned('');
    expect(r.verdict(true, notEmpty)).toBeNull(); // a few image-only posts in a row are ordinary
    r.scanned('');
    expect(r.verdict(true, notEmpty)).toBe('no-text');
    r.scanned('Bonne journée à tous');
    expect(r.verdict(true, notEmpty)).toBeNull();
  });

  it('a navigation starts the count again', () => {
    const c = clock();
    const r = new PageReadability(c.now);
    for (let i = 0; i < TEXTLESS_AFTER_POSTS; i++) r.scanned('');
    expect(r.verdict(true, notEmpty)).toBe('no-text');
    r.navigated();
    expect(r.verdict(true, notEmpty)).toBeNull();
    r.scanned('Un post lisible');
    c.advance(UNREADABLE_AFTER_MS * 2);
    expect(r.verdict(true, notEmpty)).toBeNull();
  });

  it('words read from photo descriptions or comments, but none of the site\'s text blocks on the page: the text hooks broke', () => {
    const r = new PageReadability(clock().now);
    let hooks = false;
    const page = { textHooks: () => hooks };
    for (let i = 0; i < HOOKLESS_AFTER_POSTS - 1; i++) r.scanned('May be an image of 2 people');
    expect(r.verdict(true, notEmpty, page)).toBeNull();
    r.scanned('Reply by Lina: so true');
    expect(r.verdict(true, notEmpty, page)).toBe('no-text');
    hooks = true;
    expect(r.verdict(true, notEmpty, page)).toBeNull();
  });

  it('the address changed but the page still shows posts scanned before (the site moved it after rendering): readable', () => {
    const c = clock();
    const r = new PageReadability(c.now);
    r.scanned('Un post lisible');
    r.navigated();
    c.advance(UNREADABLE_AFTER_MS * 2);
    expect(r.verdict(true, notEmpty, { marked: () => 5 })).toBeNull();
    expect(r.verdict(true, notEmpty, { marked: () => 0 })).toBe('no-posts');
    // Those posts lost their text hooks since: unreadable, though nothing was scanned again.
    expect(r.verdict(true, notEmpty, { marked: () => HOOKLESS_AFTER_POSTS, textHooks: () => false })).toBe('no-text');
    expect(r.verdict(true, notEmpty, { marked: () => HOOKLESS_AFTER_POSTS, textHooks: () => true })).toBeNull();
  });
});
