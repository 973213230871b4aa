// A pack's name and publisher as one line of plain text: tags removed with their text kept (an <svg> publisher keeps
// its text too), character references decoded, scripts and comments dropped, nothing ever parsed as HTML.
import { describe, expect, it } from 'vitest';
import { plainLabel } from '../../lib/ui/plain-text';
import { packName, packPublisher } from '../../components/options/labels';

describe('plainLabel', () => {
  const CASES: [string, string][] = [
    [`<img src=x onerror="document.title='PWNED'"><b>Bold</b> pack`, 'Bold pack'],
    ['<svg onload=alert(1)>pub', 'pub'],
    ['<svg><text>pub</text></svg>', 'pub'],
    ['<a href="https://x.example/" title="a > b">Link</a> pack', 'Link pack'],
    ['Tools <script>alert(1)</script>for all', 'Tools for all'],
    ['<style>b{}</style>Styled', 'Styled'],
    ['A <!-- hidden --> B', 'A B'],
    ['AT&amp;T &lt;b&gt; &#233;t&#xE9;', 'AT&T <b> été'],
    ['&#0; &#x110000; &bogus;', '&#0; &#x110000; &bogus;'],
    ['one<br>two<p>three</p>', 'one two three'],
    ['  spaced \t out  ', 'spaced out'],
    ['x < y and y > z', 'x < y and y > z'],
    ['Pack <unclosed', 'Pack <unclosed'],
    ['حزمة <b>عربية</b>', 'حزمة عربية'],
    ['', ''],
  ];
  for (const [input, expected] of CASES) {
    it(JSON.stringify(input), () => expect(plainLabel(input)).toBe(expected));
  }

  it('is not fooled into building a tag out of decoded text', () => {
    expect(plainLabel('&lt;img src=x onerror=alert(1)&gt;')).toBe('<img src=x onerror=alert(1)>');
  });

  it('no direction override or isolate comes back through a character reference (the format refuses them written out)', () => {
    expect(plainLabel('&#x202E;kcap &#8294;x&#x2069;')).toBe('kcap x');
  });

  it('anything but a string is no text', () => {
    expect(plainLabel(undefined)).toBe('');
    expect(plainLabel(42)).toBe('');
  });
});

describe('packName and packPublisher', () => {
  const pack = { id: 'org.example.p', custom: false, name: '<b>Bold</b> pack', publisher: '<svg onload=alert(1)>pub' };
  it('are the plain text, the same in every language', () => {
    for (const lang of ['en', 'fr', 'ar'] as const) {
      expect(packName(lang, pack)).toBe('Bold pack');
      expect(packPublisher(lang, pack)).toBe('pub');
    }
  });
  it('a name that holds no text is shown as the pack’s id', () => {
    expect(packName('en', { ...pack, name: '<img src=x>' })).toBe('org.example.p');
  });
});
