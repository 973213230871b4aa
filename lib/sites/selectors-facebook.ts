// Selector table for Facebook's desktop site (www.facebook.com, web.facebook.com). Data, not code: a pack's site
// profile may put its own entries in front of these. Each list is ordered from the most stable hook to fallbacks.
// Never hashed atomic classes (x1abc…) and never visible or aria-label text (it follows the UI language).

import type { SelectorTable } from './adapter';

export const FACEBOOK_SELECTORS: SelectorTable = {
  /** Feed unit: each post of a feed sits in one. Used as a boundary, the post container is inside it. */
  unit: [
    // ARIA position in the feed: present on feed units for years (FB-CMF).
    '[aria-posinset]',
    // Where aria-posinset is missing, the unit still points at its header/message ids (FB-CMF).
    'div[aria-describedby]',
  ],
  /**
   * A feed listing posts (a news feed, a group or page timeline, search results): a post in one is not the page's
   * own post, so the page URL (a photo viewer or post dialog opened over the feed) is not its permalink.
   */
  feedList: [
    // ARIA feed role (FB-CMF).
    '[role="feed"]',
    // A position in a feed (FB-CMF).
    '[aria-posinset]',
  ],
  /** Parent of feed units: its children are units even when they carry no aria-posinset / aria-describedby. */
  unitParent: [
    // ARIA feed role (2026 group and page feeds: posts are the feed's direct children).
    '[role="feed"]',
  ],
  /**
   * A layer over the page (the photo viewer, a post opened from a notification): where the feed underneath carries
   * the author hook and the layer does not, the layer's authors are found with the first entry that matches in it.
   */
  layer: [
    // ARIA dialog role of Facebook's modal layers (the adapter's page-URL rule already reads a post in one).
    '[role="dialog"]',
  ],
  /** Never a post or a comment: Messenger's message list (docked chat windows hold ARIA-article bubbles). */
  notPost: [
    // ARIA grid/row structure of Messenger's message list; posts and comments never sit in one.
    '[role="grid"]',
    '[role="row"]',
  ],
  /**
   * A post's action bar: one per post, none on comments (an attachment such as an embedded reel may carry one of its
   * own). In a list of posts outside any feed (FB - Clean My Feeds finds the posts of profile and Page timelines and
   * of Watch's video list structurally, with no [role=feed]), where the walk up from a post without words first
   * meets words beside it, those are another post's when both sides hold an action bar: the walk stops below.
   */
  actionBar: [
    // Ad-rendering role of a story's Like button (MBFC finds each post from it, 2025–26).
    '[data-ad-rendering-role="like_button"]',
    // Ad-rendering role of its Comment button, should the Like one go.
    '[data-ad-rendering-role="comment_button"]',
  ],
  /** The feed list. */
  feed: [
    // ARIA feed role of news feed, group and page timelines.
    '[role="feed"]',
    // Main landmark on single-post pages.
    '[role="main"]',
  ],
  /** Author block of a post (not present in comments). */
  profileName: [
    // Ad-rendering role Facebook tags every feed story header with (MBFC, uBO).
    '[data-ad-rendering-role="profile_name"]',
    // Heading levels FB uses for story headers, holding the author link (MBFC fallback).
    'h2:has(a[role="link"][href])',
    'h3:has(a[role="link"][href])',
    'h4:has(a[role="link"][href])',
    // A shared original's header inside the sharer's post (a public scraper's 2025–26 fixtures).
    'h5:has(a[role="link"][href])',
  ],
  /** Message (the text the author wrote). */
  message: [
    // Ad-rendering role of the message block.
    '[data-ad-rendering-role="story_message"]',
    // Long-standing message preview hooks.
    '[data-ad-preview="message"]',
    '[data-ad-comet-preview="message"]',
  ],
  /**
   * Every element holding post or comment text, for styling (blur). Kept equal to message + commentText: an adapter
   * made with overrides recomputes it unless the overrides set it.
   */
  text: [
    '[data-ad-rendering-role="story_message"]',
    '[data-ad-preview="message"]',
    '[data-ad-comet-preview="message"]',
    'div[dir="auto"][style*="text-align"]',
    // A status on a coloured background: its big letters are styled inline, with no direction and no message marker.
    'div[style*="text-align"][style*="font-size"]',
    'span[lang][dir="auto"]',
  ],
  /**
   * A paragraph block of a post's own words outside its marked message (a shared original rendered without a
   * marker). Not a comment's body span, which carries `lang`.
   */
  paragraph: [
    // Paragraph blocks FB renders with an inline text-align.
    'div[dir="auto"][style*="text-align"]',
    // A status on a coloured background (a shared one too): its big letters, styled inline.
    'div[style*="text-align"][style*="font-size"]',
  ],
  /**
   * The label of a poll's option: the options are the author's words too (as on X), read with the post's message.
   * ARIA roles, not localised; the vote counts and "Add an option" are buttons beside them.
   */
  pollOption: [
    // A poll that takes several answers renders each option as an ARIA checkbox.
    '[role="checkbox"] [dir="auto"]',
    // A poll of one answer, as ARIA radios.
    '[role="radio"] [dir="auto"]',
  ],
  /**
   * A photo of the post, whose automatic description (alt) quotes the words Facebook read in it: an image of text is
   * read through them.
   */
  photoAlt: [
    // Photos link to Facebook's own viewer (/photo/?fbid=, /photo.php, /<page>/photos/…); not a link card's picture.
    'a[href*="facebook.com/photo"] img[alt]',
    'a[href^="/photo"] img[alt]',
    'a[href*="facebook.com/"][href*="/photos/"] img[alt]',
    // Facebook's own marker on media images, linked or not.
    'img[alt][data-visualcompletion="media-vc-image"]',
  ],
  /** The photo of the photo viewer (its own page, or the layer over a feed), beside the post's column. */
  viewerPhoto: [
    // Facebook's pagelet of the viewer's photo.
    '[data-pagelet="MediaViewerPhoto"] img[alt]',
    // Facebook's own marker on media images.
    'img[alt][data-visualcompletion="media-vc-image"]',
  ],
  /**
   * The video of a video's or a reel's own page (/watch/?v=, /<page>/videos/<id>, /reel/<id>), beside or under its
   * caption: there, as in the photo viewer, the author may be a bare link.
   */
  viewerVideo: [
    // Facebook's pagelet of a video's own page (public scripts anchor on it: Hunter-Hadi/ext, scrapers).
    '[data-pagelet="WatchPermalinkVideo"] video',
    // The player carries the video's id; a reel's too.
    '[data-video-id] video',
  ],
  /**
   * A caption's words on a photo's, a video's or a reel's own page, where Facebook marks them neither as a message nor
   * as paragraphs: a bare run of words (a "See more" button may sit inside it). Every label of the page is one too:
   * read only beside a photo or a video, after its author's name, under the adapter's rules (bareCaptionSkip).
   */
  caption: [
    // Comet renders user-written words in a span in the text's own direction (a reel's caption: a public scraper
    // reads it as `[role=complementary] … span[dir="auto"]`).
    'span[dir="auto"]',
  ],
  /** ARIA article: comments always, posts on some layouts (fallback container). */
  article: [
    // ARIA role, not localised.
    '[role="article"]',
  ],
  /** Text blocks inside a comment. */
  commentText: [
    // Paragraph blocks FB renders with an inline text-align (posts and comments alike).
    'div[dir="auto"][style*="text-align"]',
    // Comment body span: FB sets the detected language on it.
    'span[lang][dir="auto"]',
  ],
  /** Links whose href already is a post permalink (shapes FB uses). */
  permalink: [
    // Page and group posts: /<page>/posts/<id>, /groups/<g>/posts/<id>.
    'a[href*="/posts/"]',
    // Group permalinks and legacy story links.
    'a[href*="/permalink/"]',
    'a[href*="story_fbid="]',
    // Photo, video and watch posts.
    'a[href*="/photo/?fbid="]',
    'a[href*="/photo.php?fbid="]',
    'a[href*="/photos/"]',
    'a[href*="/watch/?v="]',
    'a[href*="/videos/"]',
    'a[href*="/reel/"]',
    'a[href*="multi_permalinks="]',
  ],
  /** Timestamp link before hover: FB leaves href="#" or no href until the pointer passes over it. */
  timestampPending: [
    // ARIA link with a placeholder href.
    'a[role="link"][href="#"]',
    // ARIA link with no href yet.
    'a[role="link"]:not([href])',
  ],
  /** Comment permalink (the comment's timestamp link). */
  commentLink: [
    // Comment URLs carry comment_id (and reply_comment_id for replies).
    'a[href*="reply_comment_id="]',
    'a[href*="comment_id="]',
  ],
  /** The post's (or comment's) "…" actions button. */
  menuButton: [
    // ARIA menu button with an expansion state: the story and comment action menus.
    '[aria-haspopup="menu"][aria-expanded]',
    '[aria-haspopup="menu"]',
  ],
  /** The popup menu. */
  menu: [
    // ARIA role of the popup.
    '[role="menu"]',
  ],
  /** Items of that menu. */
  menuItem: [
    // ARIA role of the items.
    '[role="menuitem"]',
  ],
  /** Never read as message text. */
  textExclude: [
    // Our own UI.
    'firebreak-badge',
    'firebreak-panel',
    // Comments inside the post are their own containers.
    '[role="article"]',
    // "See more" and other controls inside the message.
    '[role="button"]',
  ],
  /** Line breaks go before these blocks (one per paragraph). */
  textBlock: [
    // Paragraph and wrapper blocks.
    'div',
    'p',
  ],
  /** Date, when FB exposes a machine-readable one. */
  time: [
    // Legacy abbr with unix time.
    'abbr[data-utime]',
    // HTML time element.
    'time[datetime]',
  ],
};
