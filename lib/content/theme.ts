// Reads the site's light or dark theme, so Firebreak's in-page UI follows it.

/** 'dark' when the page paints a dark background (X's dim/lights-out, Facebook's dark mode). */
export function pageTheme(doc: Document): 'light' | 'dark' {
  const html = doc.documentElement;
  if (html.classList.contains('__fb-dark-mode')) return 'dark';
  if (html.classList.contains('__fb-light-mode')) return 'light';
  for (const el of [doc.body, html]) {
    if (!el) continue;
    const rgb = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(getComputedStyle(el).backgroundColor);
    if (rgb && (rgb[4] === undefined || Number(rgb[4]) > 0.5)) {
      const [r, g, b] = [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
    }
  }
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
