// Where an excerpt of a post leaves words out (the detail view's quote, the side panel's list): an ellipsis, and for
// screen readers the words saying so, since the windows around the matched words would otherwise be read as one
// sentence with their edges run together.
import type { Lang } from '../lib/types';
import { t } from '../lib/i18n';

export function ExcerptGap({ lang }: { lang: Lang }) {
  return (
    <span class="fb-gap">
      {' … '}
      {/* In the interface's language, not the post's (the gap sits inside the post's text). */}
      <span class="fb-sr-only" lang={lang}>{`(${t(lang, 'ui_text_left_out')}) `}</span>
    </span>
  );
}
