// An excerpt of a post as the panels show it (the detail view's quote, the side panel's list): its text, the matched
// words as marks, and gaps where words were left out. A mark whose edge cuts a word's joined Arabic letters is not
// isolated and carries joiners on both sides of the cut (lib/ui/highlight.ts partText), so the word keeps its shape.
import type { Lang } from '../lib/types';
import { partText, type ExcerptPart } from '../lib/ui/highlight';
import { ExcerptGap } from './ExcerptGap';

export function ExcerptParts({ parts, lang, positions = false }: { parts: ExcerptPart[]; lang: Lang; positions?: boolean }) {
  return (
    <>
      {parts.map((p, i) => {
        if (p.kind === 'gap') return <ExcerptGap key={i} lang={lang} />;
        if (p.kind === 'text') return partText(parts, i);
        const inWord = p.joinStart || p.joinEnd;
        const cls = ['fb-mark', p.joinStart ? 'fb-mark-join-start' : '', p.joinEnd ? 'fb-mark-join-end' : ''].filter(Boolean).join(' ');
        return (
          <mark
            key={i}
            class={cls}
            dir={inWord ? undefined : 'auto'}
            data-start={positions ? p.start : undefined}
            data-end={positions ? p.end : undefined}
          >
            {partText(parts, i)}
          </mark>
        );
      })}
    </>
  );
}
