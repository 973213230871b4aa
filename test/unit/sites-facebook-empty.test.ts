// @vitest-environment happy-dom
// Facebook pages that are empty by design (a search without results, a group without posts) are not "unreadable";
// a feed still loading, or a page whose feed Firebreak cannot find, is not empty.
import { afterEach, describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../lib/sites/facebook';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Facebook: a page that says it is empty', () => {
  it('an empty feed with the page saying so is empty; a feed with placeholders, or no feed, is not', () => {
    document.body.innerHTML = '<div role="main"><div role="feed"></div><div><span dir="auto">We didn\'t find any results</span></div></div>';
    expect(facebookAdapter.pageIsEmpty!(document)).toBe(true);
    document.body.innerHTML = '<div role="main"><div role="feed"><div aria-busy="true" role="progressbar"></div></div><span>Chargement…</span></div>';
    expect(facebookAdapter.pageIsEmpty!(document)).toBe(false);
    document.body.innerHTML = '<div role="main"><div><span dir="auto">لا توجد منشورات بعد</span></div></div>';
    expect(facebookAdapter.pageIsEmpty!(document)).toBe(false);
    document.body.innerHTML = '<div role="main"><div role="feed"></div></div>';
    expect(facebookAdapter.pageIsEmpty!(document)).toBe(false);
  });
});
