// A warning about the page the popup or the side panel describes (its posts are not being checked, or cannot be
// read): an alert with a title and a sentence, in each surface's own classes.
import { AlertIcon } from './icons';

export function PageWarning({ title, text, surface }: { title: string; text: string; surface: 'popup' | 'panel' }) {
  const base = surface === 'popup' ? 'fb-popup-warning' : 'fb-warning';
  return (
    <div class={base} role="alert">
      <AlertIcon size={18} />
      <div>
        <p class={`${base}-title`}>{title}</p>
        <p class={surface === 'popup' ? 'fb-small' : 'fb-warning-text fb-small'}>{text}</p>
      </div>
    </div>
  );
}
