// The HTTPS fixture server: certificate for the sites' hosts, routing by Host header, themes, page scripts.

import https from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../fixtures/server';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer({ port: 0 });
});
afterAll(async () => {
  await server.close();
});

/** GET through the server's port with the given Host, verifying the certificate for that host name. */
function get(host: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      { host: '127.0.0.1', port: server.port, path, servername: host, headers: { host, ...headers }, ca: server.certPem, checkServerIdentity: (h, cert) => https.globalAgent.options.checkServerIdentity?.(host, cert) ?? undefined },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('fixture server', () => {
  it('serves X pages at their real paths, for every X host, with a certificate valid for them', async () => {
    for (const host of ['x.com', 'twitter.com', 'mobile.x.com']) {
      const home = await get(host, '/home');
      expect(home.status).toBe(200);
      expect(home.headers['content-type']).toContain('text/html');
      expect(home.body).toContain('data-testid="tweet"');
    }
    expect((await get('x.com', '/ansar_x_0216/status/1993776202834477056')).body).toContain('tabindex="-1"');
    expect((await get('x.com', '/search?q=dabiq&src=typed_query')).body).toContain('<html dir="ltr" lang="fr"');
    expect((await get('x.com', '/camille_rx')).body).toContain('data-testid="UserName"');
    expect((await get('x.com', '/settings/account')).body).not.toContain('data-testid="tweet"');
    const root = await get('x.com', '/');
    expect(root.status).toBe(302);
    expect(root.headers.location).toBe('/home');
  });

  it('serves Facebook pages at their real paths', async () => {
    for (const host of ['www.facebook.com', 'web.facebook.com']) {
      expect((await get(host, '/')).body).toContain('aria-posinset="1"');
    }
    expect((await get('www.facebook.com', '/groups/451236789012345')).body).toContain('Parents de Belleville');
    expect((await get('www.facebook.com', '/CafeDesArtsLyon')).body).toContain('Café des Arts Lyon');
    const post = await get('www.facebook.com', '/franceinfo/posts/pfbid0Fi2Nf4Oo6Pp8Qq1Rr3Ss5Tt7Uu9Vv2Ww4Xx6Yy8Zz1Aa3Bb5Cc7Dd9Ee2Ff4Ggl');
    expect(post.body).toContain('role="article"');
    expect(post.body).not.toContain('aria-posinset');
    expect((await get('www.facebook.com', '/marketplace/')).body).not.toContain('aria-posinset');
    // A video's own page (by its query, or under its Page) and a reel's; Watch's feed without a video is the feed.
    for (const path of ['/watch/?v=1185623498765432', '/decryptages.info/videos/1185623498765432/']) {
      const watch = await get('www.facebook.com', path);
      expect(watch.body, path).toContain('data-pagelet="WatchPermalinkVideo"');
      expect(watch.body, path).not.toContain('aria-posinset');
    }
    expect((await get('www.facebook.com', '/watch/')).body).toContain('aria-posinset="1"');
    const reel = await get('www.facebook.com', '/reel/1029384756473829');
    expect(reel.body).toContain('data-video-id="1029384756473829"');
    expect(reel.body).toContain('role="complementary"');
  });

  it('applies the theme from the query and remembers it in a cookie', async () => {
    const dark = await get('x.com', '/home?theme=dark');
    expect(dark.body).toContain('color-scheme: dark');
    expect(dark.body).toContain('<body style="background-color: #000000;">');
    expect(String(dark.headers['set-cookie'])).toContain('fixture_theme=dark');
    const again = await get('x.com', '/home', { cookie: 'fixture_theme=dark' });
    expect(again.body).toContain('color-scheme: dark');
    const fb = await get('www.facebook.com', '/', { cookie: 'fixture_theme=dark' });
    expect(fb.body).toContain('class="_9dls __fb-dark-mode"');
    expect((await get('www.facebook.com', '/')).body).toContain('__fb-light-mode');
  });

  it('serves the page scripts and nothing outside the fixture folder', async () => {
    const js = await get('x.com', '/__fixture/x-page.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toContain('text/javascript');
    expect((await get('www.facebook.com', '/__fixture/fb-page.js')).status).toBe(200);
    expect((await get('x.com', '/__fixture/build.js')).status).toBe(404);
    expect((await get('x.com', '/__fixture/../server.ts')).status).not.toBe(200);
    expect((await get('example.com', '/')).status).toBe(421);
  });

  it('builds browser URLs without the port (the browser maps host:443 to it), and direct ones with it', () => {
    expect(server.url('x.com', '/home')).toBe('https://x.com/home');
    expect(server.directUrl('facebook', '/')).toBe(`https://localhost:${server.port}/?fixture_site=facebook`);
    expect(server.requests.length).toBeGreaterThan(0);
  });
});
