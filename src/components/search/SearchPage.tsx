/**
 * The search page island (/zoeken, /en/search): results as you type.
 * Server-rendered first (the page adds a <noscript> note with a link to the A–Z
 * page). The index and the engine load when the user starts searching.
 *
 * Pattern: a search form and a list of result links (not a combobox). The number
 * of results goes to a polite live region once typing pauses; arrow down moves
 * from the box into the results, arrows move between results, Escape goes back.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DocType, SearchHit } from './logic/types.ts';
import { countText, loadSearcher } from './logic/client.ts';
import SearchResult from './SearchResult.tsx';

export interface SearchStrings {
  label: string;
  hint: string;
  button: string;
  resultsHeading: string;
  loading: string;
  loadError: string;
  typeMore: string;
  count: { zero: string; one: string; other: string };
  noResultsHelp: string;
  azLink: string;
  callHelp: string;
  types: Record<DocType, string>;
}

interface Props {
  strings: SearchStrings;
  /** URL of this page (form action without JavaScript). */
  action: string;
  indexUrl: string;
  azUrl: string;
}

type Status = 'idle' | 'loading' | 'ready' | 'error';

const SEARCH_DELAY = 150;
const ANNOUNCE_DELAY = 700;
const LIMIT = 20;

export default function SearchPage({ strings, action, indexUrl, azUrl }: Props) {
  const [mounted, setMounted] = useState(false);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status>('idle');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [shownFor, setShownFor] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const searchTimer = useRef<number | undefined>(undefined);
  const announceTimer = useRef<number | undefined>(undefined);
  /** The query of the latest run; results of an older run that finishes later are dropped. */
  const latest = useRef('');

  const trimmed = query.trim();
  const summary = shownFor.length >= 2 ? countText(strings.count, hits.length, shownFor) : '';

  async function run(q: string, announceNow = false) {
    const text = q.trim();
    latest.current = text;
    if (text.length < 2) {
      setHits([]);
      setShownFor('');
      setAnnouncement('');
      return;
    }
    setStatus((s) => (s === 'ready' ? s : 'loading'));
    try {
      const searcher = await loadSearcher(indexUrl);
      if (latest.current !== text) return;
      setStatus('ready');
      const found = searcher.search(text, LIMIT);
      setHits(found);
      setShownFor(text);
      window.clearTimeout(announceTimer.current);
      const say = countText(strings.count, found.length, text);
      if (announceNow) setAnnouncement(say);
      else announceTimer.current = window.setTimeout(() => setAnnouncement(say), ANNOUNCE_DELAY);
    } catch {
      setStatus('error');
      setAnnouncement(strings.loadError);
    }
  }

  function syncUrl(q: string) {
    const url = new URL(window.location.href);
    if (q.trim()) url.searchParams.set('q', q.trim());
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
  }

  useEffect(() => {
    setMounted(true);
    // Words typed before the page finished loading count too; otherwise use ?q= from the address.
    const typed = inputRef.current?.value ?? '';
    const q = typed.trim() ? typed : (new URLSearchParams(window.location.search).get('q') ?? '');
    if (q.trim()) {
      setQuery(q);
      if (typed.trim()) syncUrl(q);
      void run(q, true);
    }
    return () => {
      window.clearTimeout(searchTimer.current);
      window.clearTimeout(announceTimer.current);
    };
  }, []);

  function onInput(e: Event) {
    const q = (e.currentTarget as HTMLInputElement).value;
    setQuery(q);
    syncUrl(q);
    window.clearTimeout(searchTimer.current);
    searchTimer.current = window.setTimeout(() => void run(q), SEARCH_DELAY);
  }

  function onSubmit(e: Event) {
    e.preventDefault();
    window.clearTimeout(searchTimer.current);
    syncUrl(query);
    void run(query, true);
  }

  function focusResult(i: number) {
    const links = listRef.current?.querySelectorAll<HTMLAnchorElement>('a[data-result-index]');
    if (!links || links.length === 0) return;
    if (i < 0) inputRef.current?.focus();
    else links[Math.min(i, links.length - 1)]?.focus();
  }

  function onInputKeyDown(e: KeyboardEvent) {
    if (e.key === 'ArrowDown' && hits.length > 0) {
      e.preventDefault();
      focusResult(0);
    }
  }

  function onResultKeyDown(e: KeyboardEvent, i: number) {
    const keys: Record<string, number> = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: hits.length - 1 };
    if (e.key in keys) {
      e.preventDefault();
      focusResult(keys[e.key] as number);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      inputRef.current?.focus();
    }
  }

  return (
    <div class="search-page">
      <form class="search-page__form" role="search" aria-labelledby="search-page-label" action={action} method="get" onSubmit={onSubmit}>
        <label class="utrecht-form-label search-page__label" id="search-page-label" for="search-page-q">{strings.label}</label>
        <p class="utrecht-form-field-description search-page__hint" id="search-page-hint">{strings.hint}</p>
        <div class="search-page__row">
          <input
            ref={inputRef}
            class="utrecht-textbox utrecht-textbox--html-input search-page__input"
            id="search-page-q"
            name="q"
            type="search"
            autocomplete="off"
            autocapitalize="off"
            spellcheck={false}
            enterkeyhint="search"
            aria-describedby="search-page-hint"
            aria-controls="search-page-results"
            value={query}
            onInput={onInput}
            onKeyDown={onInputKeyDown}
          />
          <button class="utrecht-button utrecht-button--primary-action search-page__button" type="submit">{strings.button}</button>
        </div>
      </form>

      <div class="visually-hidden search-page__live" role="status" aria-live="polite" aria-atomic="true">{announcement}</div>

      <section class="search-page__results" aria-labelledby="search-page-results-heading" hidden={!mounted || trimmed.length === 0}>
        <h2 class="search-page__results-heading" id="search-page-results-heading">{strings.resultsHeading}</h2>
        {status === 'loading' && shownFor === '' && <p class="search-page__status">{strings.loading}</p>}
        {status === 'error' && <p class="search-page__status search-page__status--error">{strings.loadError}{' '}<a class="nl-link" href={azUrl}>{strings.azLink}</a>.</p>}
        {trimmed.length === 1 && <p class="search-page__status">{strings.typeMore}</p>}
        {summary && trimmed.length >= 2 && <p class="search-page__count">{summary}</p>}
        <ol class="search-results" id="search-page-results" ref={listRef}>
          {trimmed.length >= 2 &&
            hits.map((h, i) => <SearchResult key={h.doc.url + h.doc.title} doc={h.doc} typeLabel={strings.types[h.doc.type]} index={i} onKeyDown={onResultKeyDown} />)}
        </ol>
        {shownFor && hits.length === 0 && trimmed.length >= 2 && (
          <p class="search-page__empty">
            {strings.noResultsHelp}{' '}<a class="nl-link" href={azUrl}>{strings.azLink}</a>. {strings.callHelp}
          </p>
        )}
      </section>
    </div>
  );
}
