// Privacy & about: what Firebreak does with data, in plain words.
import { browser } from 'wxt/browser';
import { useOptions } from './context';
import { Card, Icon } from './ui';

function manifestVersion(): string | null {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return null;
  }
}

export function AboutSection() {
  const { tr } = useOptions();
  const version = manifestVersion();
  const points = [
    { icon: 'about', title: tr('opt_about_local_title'), text: tr('opt_about_local') },
    { icon: 'close', title: tr('opt_about_telemetry_title'), text: tr('opt_about_telemetry') },
    { icon: 'link', title: tr('opt_about_traffic_title'), text: tr('opt_about_traffic') },
    { icon: 'inbox', title: tr('opt_about_storage_title'), text: tr('opt_about_storage') },
  ] as const;
  return (
    <>
      <div class="panel-intro">
        <h2>{tr('opt_about_heading')}</h2>
        <p>{tr('opt_about_intro')}</p>
      </div>
      <Card id="about-privacy" title={tr('opt_about_privacy_heading')}>
        <ul class="privacy-points">
          {points.map((p) => (
            <li key={p.title}>
              <Icon name={p.icon} class="icon privacy-icon" />
              <div>
                <strong>{p.title}</strong>
                <p>{p.text}</p>
              </div>
            </li>
          ))}
        </ul>
      </Card>
      <Card id="about-about" title={tr('opt_about_about_heading')}>
        <p>{tr('opt_about_what')}</p>
        <p class="note">{tr('opt_about_limits')}</p>
        {version ? <p class="muted">{tr('opt_about_version', { version })}</p> : null}
      </Card>
    </>
  );
}
