// @vitest-environment happy-dom
// Driving the sites' own report menus: X's caret menu and Facebook's actions menu, in realistic markup.
import { afterEach, describe, expect, it } from 'vitest';
import { findMenuButton, openPlatformReport, reportLabelScore } from '../../lib/report/platform-flow';

/** Appends markup to a parent (DOMParser: no innerHTML in this code base) and returns the first element. */
function add(parent: Element, markup: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  const nodes = Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true));
  parent.append(...nodes);
  return nodes.find((n): n is HTMLElement => n.nodeType === 1) as HTMLElement;
}

const later = (ms: number, fn: () => void) => setTimeout(fn, ms);

afterEach(() => {
  document.body.replaceChildren();
});

// ---- X ----------------------------------------------------------------------------------------------------

function xPage(): { article: HTMLElement; layers: HTMLElement } {
  const root = add(document.body, '<div id="react-root"><main><section></section></main></div>');
  const layers = add(document.body, '<div id="layers"></div>');
  const article = add(
    root.querySelector('section')!,
    `<article data-testid="tweet" role="article" tabindex="0">
       <div data-testid="User-Name"><a href="/somebody"><span>Some Body</span></a><span>@somebody</span></div>
       <button aria-label="More" role="button" aria-haspopup="menu" aria-expanded="false" data-testid="caret"><svg></svg></button>
       <div data-testid="tweetText" lang="en"><span>some text</span></div>
       <div role="link" tabindex="0"><div data-testid="tweetText"><span>quoted post</span></div></div>
     </article>`,
  );
  return { article, layers };
}

type Item = { label: string; testid?: string };

function xMenu(layers: HTMLElement, items: Item[], clicked: string[]): void {
  const menu = add(
    layers,
    `<div class="css-175oi2r"><div role="menu" data-testid="Dropdown" class="css-175oi2r"></div></div>`,
  ).querySelector('[role="menu"]')!;
  for (const { label, testid } of items) {
    const item = add(
      menu,
      `<div role="menuitem" tabindex="0"${testid ? ` data-testid="${testid}"` : ''}><div><svg></svg></div><div><div dir="ltr"><span>${label}</span></div></div></div>`,
    );
    item.addEventListener('click', () => clicked.push(label));
  }
}

const X_ITEMS_EN: Item[] = [
  { label: 'Not interested in this post' },
  { label: 'Follow @somebody' },
  { label: 'Add/remove @somebody from Lists' },
  { label: 'Mute @somebody' },
  { label: 'Block @somebody', testid: 'block' },
  { label: 'Embed post' },
  { label: 'Report post', testid: 'report' },
  { label: 'Request Community Note' },
];

describe('openPlatformReport on X', () => {
  it('opens the caret menu and clicks the Report item by its data-testid', async () => {
    const { article, layers } = xPage();
    const clicked: string[] = [];
    const caret = article.querySelector<HTMLElement>('[data-testid="caret"]')!;
    caret.addEventListener('click', () => later(20, () => xMenu(layers, X_ITEMS_EN, clicked)));
    const res = await openPlatformReport(article, 'x', null, document);
    expect(res).toEqual({ ok: true, step: 'report-clicked' });
    expect(clicked).toEqual(['Report post']);
  });

  it('falls back to the localised label when the item has no data-testid (French)', async () => {
    const { article, layers } = xPage();
    const clicked: string[] = [];
    const items: Item[] = [
      { label: 'Pas intéressé par ce post' },
      { label: 'Bloquer @somebody', testid: 'block' },
      { label: 'Intégrer le post' },
      { label: 'Signaler le post' },
    ];
    article
      .querySelector('[data-testid="caret"]')!
      .addEventListener('click', () => later(10, () => xMenu(layers, items, clicked)));
    const res = await openPlatformReport(article, 'x', null, document);
    expect(res).toEqual({ ok: true, step: 'report-clicked' });
    expect(clicked).toEqual(['Signaler le post']);
  });

  it('uses the adapter’s menu button when given', async () => {
    const { article, layers } = xPage();
    const clicked: string[] = [];
    const other = add(article, '<button aria-label="More" aria-haspopup="menu">…</button>');
    other.addEventListener('click', () => later(5, () => xMenu(layers, X_ITEMS_EN, clicked)));
    const res = await openPlatformReport(article, 'x', other, document);
    expect(res).toEqual({ ok: true, step: 'report-clicked' });
    expect(clicked).toEqual(['Report post']);
  });

  it('ignores a menu that was already open before the click', async () => {
    const { article, layers } = xPage();
    const stale: string[] = [];
    xMenu(layers, X_ITEMS_EN, stale);
    const res = await openPlatformReport(article, 'x', null, document, 80);
    expect(res).toEqual({ ok: false, reason: 'menu-did-not-open' });
    expect(stale).toEqual([]);
  });

  // Giving up at its own timeout (150 ms here) is what lets this test end before vitest's (3 s).
  it('returns ok:false after its timeout when no menu opens', async () => {
    const { article } = xPage();
    const res = await openPlatformReport(article, 'x', null, document, 150);
    expect(res).toEqual({ ok: false, reason: 'menu-did-not-open' });
  }, 3000);

  it("clicks only a control that opens a menu: a site profile's selector pointing at the Like button is passed over for the post's own caret", async () => {
    const { article, layers } = xPage();
    const like = add(article, '<button aria-label="Like" role="button" data-testid="like" type="button"><svg></svg></button>');
    let liked = 0;
    like.addEventListener('click', () => liked++);
    const clicked: string[] = [];
    article
      .querySelector('[data-testid="caret"]')!
      .addEventListener('click', () => later(5, () => xMenu(layers, X_ITEMS_EN, clicked)));
    const res = await openPlatformReport(article, 'x', like, document, 500);
    expect(res).toEqual({ ok: true, step: 'report-clicked' });
    expect(liked).toBe(0);
    expect(clicked).toEqual(['Report post']);
    // With no caret left, nothing is clicked at all.
    article.querySelector('[data-testid="caret"]')!.remove();
    expect(await openPlatformReport(article, 'x', like, document, 50)).toEqual({ ok: false, reason: 'menu-button-not-found' });
    expect(liked).toBe(0);
  });

  it('returns ok:false when the post has no menu button', async () => {
    const { article } = xPage();
    article.querySelector('[data-testid="caret"]')!.remove();
    expect(await openPlatformReport(article, 'x', null, document, 50)).toEqual({
      ok: false,
      reason: 'menu-button-not-found',
    });
  });

  it('leaves the menu open (menu-opened) when no Report item is recognised', async () => {
    const { article, layers } = xPage();
    const clicked: string[] = [];
    const items: Item[] = [{ label: 'Stummschalten' }, { label: 'Blockieren', testid: 'block' }, { label: 'Einbetten' }];
    article
      .querySelector('[data-testid="caret"]')!
      .addEventListener('click', () => later(5, () => xMenu(layers, items, clicked)));
    const res = await openPlatformReport(article, 'x', null, document, 120);
    expect(res).toEqual({ ok: true, step: 'menu-opened' });
    expect(clicked).toEqual([]);
    expect(layers.querySelector('[role="menu"]')).not.toBeNull();
  });
});

// ---- Facebook -----------------------------------------------------------------------------------------------

function fbPage(actionsLabel: string): { post: HTMLElement; button: HTMLElement } {
  const feed = add(document.body, '<div role="main"><div role="feed"></div></div>').querySelector('[role="feed"]')!;
  const unit = add(feed, '<div aria-posinset="1" aria-setsize="10" role="article" aria-labelledby="h1"></div>');
  const post = add(
    unit,
    `<div class="x1yztbdb">
       <div><h3 id="h1"><span data-ad-rendering-role="profile_name"><a href="https://www.facebook.com/page">A Page</a></span></h3>
         <div aria-haspopup="menu" aria-expanded="false" aria-label="${actionsLabel}" role="button" tabindex="0"><svg></svg></div></div>
       <div data-ad-rendering-role="story_message"><div dir="auto">post text</div></div>
       <div role="article" aria-label="Comment by Someone">
         <span>comment text</span>
         <div aria-haspopup="menu" aria-label="Edit or delete this" role="button" tabindex="0"></div>
       </div>
     </div>`,
  );
  const button = post.querySelector<HTMLElement>(`[aria-label="${actionsLabel}"]`)!;
  return { post, button };
}

/** Facebook renders the menu in a portal at the end of the body, sometimes a spinner first, then the items. */
function fbMenu(items: [string, string][], clicked: string[], lazy: boolean): void {
  const portal = add(document.body, '<div class="x1n2onr6 xzkaem6"><div role="menu" aria-label=""></div></div>');
  const menu = portal.querySelector('[role="menu"]')!;
  const fill = () => {
    menu.replaceChildren();
    for (const [label, description] of items) {
      const item = add(
        menu,
        `<div role="menuitem" tabindex="-1"><i></i><div><span dir="auto">${label}</span>${
          description ? `<span dir="auto">${description}</span>` : ''
        }</div></div>`,
      );
      item.addEventListener('click', () => clicked.push(label));
    }
  };
  if (lazy) {
    add(menu, '<div role="progressbar" aria-valuetext="Loading..."></div>');
    later(30, fill);
  } else fill();
}

describe('openPlatformReport on Facebook', () => {
  it('opens the actions menu and clicks "Report post" once the items load', async () => {
    const { post, button } = fbPage('Actions for this post');
    const clicked: string[] = [];
    const items: [string, string][] = [
      ['Interested', 'More of your posts will be like this.'],
      ['Not interested', 'Fewer of your posts will be like this.'],
      ['Save post', 'Add this to your saved items.'],
      ['Hide post', 'See fewer posts like this.'],
      ['Report post', "We won't let A Page know who reported this."],
    ];
    button.addEventListener('click', () => later(15, () => fbMenu(items, clicked, true)));
    const res = await openPlatformReport(post, 'facebook', null, document);
    expect(res).toEqual({ ok: true, step: 'report-clicked' });
    expect(clicked).toEqual(['Report post']);
  });

  it('recognises the older "Find support or report post" and the French and Arabic labels', async () => {
    for (const [label, actions] of [
      ['Find support or report post', 'Actions for this post'],
      ['Obtenir de l’aide ou signaler la publication', 'Actions pour cette publication'],
      ['الإبلاغ عن المنشور', 'إجراءات لهذا المنشور'],
    ] as const) {
      document.body.replaceChildren();
      const { post, button } = fbPage(actions);
      const clicked: string[] = [];
      const items: [string, string][] = [
        ['Save post', ''],
        ['Turn on notifications for this post', ''],
        [label, "I'm concerned about this post."],
        ['Copy link', ''],
      ];
      button.addEventListener('click', () => later(5, () => fbMenu(items, clicked, false)));
      const res = await openPlatformReport(post, 'facebook', null, document);
      expect(res, label).toEqual({ ok: true, step: 'report-clicked' });
      expect(clicked).toEqual([label]);
    }
  });

  it('finds the post’s own button, not a comment’s', () => {
    const { post, button } = fbPage('Actions for this post');
    expect(findMenuButton(post, 'facebook')).toBe(button);
    button.remove();
    expect(findMenuButton(post, 'facebook')).toBeNull();
  });

  it('returns ok:false within the timeout when no menu opens', async () => {
    const { post } = fbPage('Actions for this post');
    const res = await openPlatformReport(post, 'facebook', null, document, 100);
    expect(res).toEqual({ ok: false, reason: 'menu-did-not-open' });
  });
});

describe('reportLabelScore', () => {
  it.each([
    ['Report post', 2],
    ['  Report   post ', 2],
    ['Find support or report post', 2],
    ['Signaler la publication', 2],
    ["Obtenir de l'aide ou signaler la publication", 2],
    ['الإبلاغ عن المنشور', 2],
    ['Beitrag melden', 2],
    ['Reportar publicación', 2],
    ['Report this comment to admins', 1],
    ['Signaler un problème', 1],
    ['إبلاغ المسؤول', 1],
    ['Not interested in this post', 0],
    ['Anmelden', 0],
    ['Block @somebody', 0],
    ['', 0],
  ] as const)('%s → %i', (label, score) => {
    expect(reportLabelScore(label)).toBe(score);
  });
});
