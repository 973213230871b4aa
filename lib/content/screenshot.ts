// Renders one post to a PNG for the evidence bundle, inside the page, without any extra permission:
// a tab capture would need <all_urls>/activeTab-style access, so the post's DOM is drawn to a canvas instead.
import { domToPng } from 'modern-screenshot';

const CAPTURE_TIMEOUT_MS = 2500;

/** PNG bytes of the element as rendered, or null when the browser refuses (tainted canvas, timeout). */
export async function capturePostPng(el: Element): Promise<Uint8Array | null> {
  try {
    const dataUrl = await Promise.race([
      domToPng(el, {
        scale: 1,
        backgroundColor: getComputedStyle(document.body).backgroundColor || '#ffffff',
        // Firebreak's own badge is not part of the evidence.
        filter: (node) => !(node instanceof Element && /^FIREBREAK-/.test(node.nodeName)),
        timeout: CAPTURE_TIMEOUT_MS,
      }),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), CAPTURE_TIMEOUT_MS)),
    ]);
    if (!dataUrl || !dataUrl.startsWith('data:image/png;base64,')) return null;
    const bin = atob(dataUrl.slice('data:image/png;base64,'.length));
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}
