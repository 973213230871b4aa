// Selector table for X (x.com, twitter.com, mobile.x.com). Data, not code: a pack's site profile may put
// its own entries in front of these. Each list is ordered from the most stable hook to fallbacks.
// Never hashed atomic classes (css-…, r-…) and never visible or aria-label text (it follows the UI language).

import type { SelectorTable } from './adapter';

export const X_SELECTORS: SelectorTable = {
  /** A post. */
  post: [
    // data-testid is X's own test hook: stable for years, used by every peer (CPFT, Soupcan, NFE).
    'article[data-testid="tweet"]',
    // Same hook on another element type, should X drop <article>.
    '[data-testid="tweet"]',
    // Structural fallback: the ARIA article inside a timeline cell; not a notification row (/notifications lists
    // likes and reposts as ARIA articles of their own, and on a page of them alone this entry is the one that matches).
    '[data-testid="cellInnerDiv"] article[role="article"]:not([data-testid="notification"])',
  ],
  /** Timeline cell wrapping a post (the unit X recycles while scrolling). */
  cell: [
    // Test hook on every virtualised list row.
    '[data-testid="cellInnerDiv"]',
  ],
  /** The timeline list whose children are the cells. */
  timeline: [
    // Test hook of the main column + the ARIA region X renders each timeline in.
    '[data-testid="primaryColumn"] section[role="region"]',
    // Structural fallback from CPFT: heading then the labelled list.
    'section > h1 + div[aria-label]',
    // The main landmark.
    'main[role="main"]',
  ],
  /** Post text, one per post and one per quoted post. */
  text: [
    // Test hook of the rich-text block; carries lang and dir.
    '[data-testid="tweetText"]',
  ],
  /**
   * Long-form X Articles have no tweetText: their title and body blocks, read when the post holds no `text` block.
   */
  longformText: [
    // Test hook of the article's title.
    '[data-testid="twitter-article-title"]',
    // Test hook of the article's body (Draft.js blocks).
    '[data-testid="twitterArticleRichTextView"]',
    // Test hook of the body in some layouts.
    '[data-testid="longformRichTextComponent"]',
  ],
  /** A paragraph of an article's body: a line break before each, so words of two paragraphs stay apart. */
  longformBlock: [
    // Draft.js block marker.
    '[data-block="true"]',
  ],
  /**
   * The credit X puts under a post it shows machine-translated ("Translated from Arabic by Grok", then "Show
   * original"): the text block then holds the translation, not the author's words. A link X writes itself: links in a
   * post's text and cards go through t.co, never straight to these.
   */
  translationCredit: [
    'a[href^="https://x.ai/grok"]',
    'a[href^="https://translate.google."]',
  ],
  /** A poll attached to the post: its options are its author's words too. */
  poll: [
    // Test hook of the poll card.
    '[data-testid="cardPoll"]',
  ],
  /** A poll's options, inside `poll`: radio buttons while it is open, list items with their share once it closed. */
  pollOption: [
    // ARIA radio of an open poll's option.
    '[role="radio"]',
    // ARIA list item of a closed poll's result.
    '[role="listitem"]',
  ],
  /**
   * A photo of the post, whose description (alt) its author may have written: an image of text is read through it.
   * Without one, X puts a one-word label there ("Image", « Image », «صورة»), which the adapter leaves out.
   */
  photoAlt: [
    // Test hook of a post's photo (a quoted post's photos too: the quote is read as part of the post).
    '[data-testid="tweetPhoto"] img[alt]',
  ],
  /** One media block of a post (a photo, a video, a GIF). */
  media: [
    // Test hook of a post's media block, photos and videos alike.
    '[data-testid="tweetPhoto"]',
  ],
  /**
   * A video or a GIF in a post's media: its poster image sits in the same tweetPhoto block, with X's own label as
   * its alt ("Embedded video", « Vidéo intégrée »: two words in most languages), never the author's words.
   */
  videoMedia: [
    // The poster of a video not played yet, with its play button (a saved x.com home page, Nov. 2025).
    '[data-testid="previewInterstitial"]',
    // The player once it has started, and a GIF's.
    '[data-testid="videoPlayer"]',
    '[data-testid="videoComponent"]',
    // The play button itself, where the poster's wrapper carries no test id.
    '[data-testid="playButton"]',
    'video',
  ],
  /** Author block: display name link then @handle link. */
  userName: [
    // Test hook of the name/handle row.
    '[data-testid="User-Name"]',
  ],
  /** Link whose href is the permalink; it holds the <time>. */
  permalink: [
    // Status URLs are X's most stable identifiers; the time element sits inside the permalink.
    'a[href*="/status/"]:has(time)',
  ],
  /** Time of the post (machine-readable datetime attribute). */
  time: [
    // HTML time element with an ISO datetime.
    'time[datetime]',
  ],
  /** A quoted post inside a post: read as part of it, never a container of its own. */
  quote: [
    // The quoted post is a focusable ARIA link block holding its own User-Name (Soupcan's hook).
    'div[role="link"][tabindex="0"]:has([data-testid="User-Name"])',
    // A post embedded in an X Article's body, with its own author, time link and tweetText (X Article extractors
    // prune or read these blocks apart): another author's words, like a quote's.
    '[data-testid="simpleTweet"]',
  ],
  /**
   * Engines without :has() only (every browser Firefox and Chrome builds target has it): the same block, looser.
   * Kept apart from `quote` so that a post without a quote does not run this broader query too, which costs a
   * query per post and could take another focusable link block for a quote.
   */
  quoteNoHas: [
    'div[role="link"][tabindex="0"]',
  ],
  /** The focused post on a status page (replies come after it). */
  focused: [
    // X renders the focused post with tabindex -1 (CPFT's test).
    'article[data-testid="tweet"][tabindex="-1"]',
  ],
  /**
   * A section heading in a timeline cell of its own: on a status page, "Discover more" after the replies (its posts
   * are not replies). Structural: the heading element, whatever its words in the UI language.
   */
  sectionHeading: [
    // X's timeline headings are <h2 role="heading">.
    'h2',
    // Any ARIA heading, should X drop <h2>.
    '[role="heading"]',
  ],
  /** An ad's wrapper: a promoted post placed among a status page's replies is not one of them. */
  promoted: [
    // Test hook X wraps every promoted post in (peer ad blockers for X hide this element).
    '[data-testid="placementTracking"]',
  ],
  /**
   * A timeline that legitimately holds no posts: a protected, suspended or unknown account, no search results, empty
   * bookmarks, "Hmm...this page doesn't exist". The page is then not unreadable.
   */
  emptyState: [
    // Test hook of X's empty timelines.
    '[data-testid="emptyState"]',
    // Test hook of X's error pages and failed timelines.
    '[data-testid="error-detail"]',
  ],
  /** "Show more" control of long posts (expands in place: the fingerprint changes). */
  showMore: [
    // Test hook of the expansion control.
    '[data-testid="tweet-text-show-more-link"]',
  ],
  /** Link preview card. */
  card: [
    // Test hook of the card block.
    '[data-testid="card.wrapper"]',
  ],
  /** "Reposted" / "Pinned" line above a post. */
  socialContext: [
    // Test hook of the context line.
    '[data-testid="socialContext"]',
  ],
  /** The post's "…" menu button. */
  caret: [
    // Test hook of the caret button.
    '[data-testid="caret"]',
    // ARIA fallback: a button that opens a menu.
    'button[aria-haspopup="menu"]',
  ],
  /** The popup menu the caret opens (rendered in #layers). */
  menu: [
    // Test hook of X's dropdowns.
    '#layers [data-testid="Dropdown"]',
    // ARIA role of the menu.
    '#layers [role="menu"]',
    '[role="menu"]',
  ],
  /** The "Report post" item of that menu. */
  reportMenuItem: [
    // Test hook of the report item.
    '[data-testid="report"]',
  ],
  /** Where the badge goes: the name/handle row. */
  badgeAnchor: [
    // Test hook of the author row, next to the name.
    '[data-testid="User-Name"]',
  ],
  /** Never read as text. */
  textExclude: [
    // Our own UI.
    'firebreak-badge',
    'firebreak-panel',
    // The expansion control is UI chrome.
    '[data-testid="tweet-text-show-more-link"]',
  ],
};
