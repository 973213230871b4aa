// Renders one post to a PNG for the evidence bundle, without any extra permission and without loading anything.
// A tab capture (tabs.captureVisibleTab) needs <all_urls> or activeTab in both browsers, which Firebreak does not
// ask for; copying the post's DOM into an SVG would fetch the page's images and re-insert page markup. So the
// post is drawn from what the adapter read (author, handle, time, text, link) onto a canvas, with a footer that
// says it is a rendering.
import type { PostData } from '../types';

const WIDTH = 640;
const PAD = 20;
const LINE = 22;
const MAX_LINES = 80;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "DejaVu Sans", sans-serif';
const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LTR_CHAR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;

export interface RenderOptions {
  theme: 'light' | 'dark';
  /** Footer line, already localised ("Rendered by Firebreak from the page at …"). */
  footer: string;
}

/** Direction of a line from its first strong character. */
function lineDir(s: string): 'rtl' | 'ltr' {
  for (const ch of s) {
    if (RTL_CHAR.test(ch)) return 'rtl';
    if (LTR_CHAR.test(ch)) return 'ltr';
  }
  return 'ltr';
}

/**
 * Splits text into lines that fit `width`, keeping the post's own line breaks; stops once `maxLines` are full (a
 * 1 MB post was wrapped whole, 0.4–0.8 s of measuring, for the 80 lines drawn).
 */
export function wrapText(text: string, width: number, measure: (s: string) => number, maxLines = Number.POSITIVE_INFINITY): string[] {
  const out: string[] = [];
  // (split's limit is a uint32: Infinity would read as 0.)
  for (const para of Number.isFinite(maxLines) ? text.split(/\n/, maxLines + 1) : text.split(/\n/)) {
    if (out.length > maxLines) break;
    const words = para.split(/\s+/).filter(Boolean);
    let line = '';
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line) out.push(line);
      line = '';
      if (out.length > maxLines) return out;
      // A single word wider than the line is cut where it overflows.
      for (const ch of word) {
        if (line && measure(line + ch) > width) {
          out.push(line);
          line = '';
          if (out.length > maxLines) return out;
        }
        line += ch;
      }
    }
    out.push(line);
  }
  return out;
}

/** PNG bytes of the rendered post, or null when the canvas is unavailable. */
export async function renderPostPng(post: PostData, opts: RenderOptions): Promise<Uint8Array | null> {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const inner = WIDTH - 2 * PAD;
  ctx.font = `15px ${FONT}`;
  let lines = wrapText(post.text, inner, (s) => ctx.measureText(s).width, MAX_LINES);
  if (lines.length > MAX_LINES) lines = [...lines.slice(0, MAX_LINES - 1), '…'];
  const header = [post.author.name, post.author.handle ? `@${post.author.handle}` : ''].filter(Boolean).join('  ');
  const meta = [post.time ?? post.timeShown ?? '', post.url ?? post.author.profileUrl ?? ''].filter(Boolean).join('  ·  ');
  const height = PAD * 2 + LINE * 2 + 8 + lines.length * LINE + 16 + LINE;
  canvas.width = WIDTH;
  canvas.height = height;
  const dark = opts.theme === 'dark';
  ctx.fillStyle = dark ? '#15181c' : '#ffffff';
  ctx.fillRect(0, 0, WIDTH, height);
  ctx.strokeStyle = dark ? '#38444d' : '#d0d7de';
  ctx.strokeRect(0.5, 0.5, WIDTH - 1, height - 1);
  ctx.textBaseline = 'top';
  const draw = (s: string, y: number, font: string, color: string) => {
    ctx.font = font;
    ctx.fillStyle = color;
    const dir = lineDir(s);
    ctx.direction = dir;
    ctx.textAlign = dir === 'rtl' ? 'right' : 'left';
    ctx.fillText(s, dir === 'rtl' ? WIDTH - PAD : PAD, y, inner);
  };
  const fg = dark ? '#e7e9ea' : '#1f2328';
  const muted = dark ? '#8b98a5' : '#59636e';
  let y = PAD;
  draw(header, y, `600 15px ${FONT}`, fg);
  y += LINE;
  draw(meta, y, `12px ${FONT}`, muted);
  y += LINE + 8;
  for (const line of lines) {
    draw(line, y, `15px ${FONT}`, fg);
    y += LINE;
  }
  y += 16;
  draw(opts.footer, y, `italic 11px ${FONT}`, muted);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  return blob ? new Uint8Array(await blob.arrayBuffer()) : null;
}
