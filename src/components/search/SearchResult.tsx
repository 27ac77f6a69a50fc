/** One search result: type label, title link, one-line summary. */
import type { SearchDoc } from './logic/types.ts';

interface Props {
  doc: SearchDoc;
  typeLabel: string;
  index: number;
  onKeyDown: (e: KeyboardEvent, index: number) => void;
}

export default function SearchResult({ doc, typeLabel, index, onKeyDown }: Props) {
  return (
    <li class="search-result">
      <span class={`search-result__type search-result__type--${doc.type}`}>{typeLabel}</span>
      <a class="nl-link search-result__link" href={doc.url} lang={doc.titleLang} data-result-index={index} onKeyDown={(e) => onKeyDown(e, index)}>
        {doc.title}
      </a>
      <p class="search-result__summary" lang={doc.summaryLang}>{doc.summary}</p>
    </li>
  );
}
