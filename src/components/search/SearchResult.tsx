/** One search result: type label, title link, one-line summary, and for a regeling the organisation that runs it. */
import type { SearchHit } from './logic/types.ts';

interface Props {
  hit: SearchHit;
  typeLabel: string;
  /** "Organisatie" */
  orgLabel: string;
  index: number;
  onKeyDown: (e: KeyboardEvent, index: number) => void;
}

export default function SearchResult({ hit, typeLabel, orgLabel, index, onKeyDown }: Props) {
  const { doc } = hit;
  return (
    <li class="search-result">
      <span class={`search-result__type search-result__type--${doc.type}`}>{typeLabel}</span>
      <a class="nl-link search-result__link" href={doc.url} lang={doc.titleLang} data-result-index={index} onKeyDown={(e) => onKeyDown(e, index)}>
        {doc.title}
      </a>
      <p class="search-result__summary" lang={doc.summaryLang}>{doc.summary}</p>
      {doc.org && (
        <p class="search-result__org">
          {orgLabel}: <span lang={doc.org.lang}>{doc.org.title}</span>
        </p>
      )}
    </li>
  );
}
