/**
 * The search page island: a search box, and results as you type.
 * Server-rendered first; without JavaScript the page hides it and shows the A–Z and wijken
 * lists instead (SearchPageView.astro). The index and the engine load as soon as the box
 * gets focus or the browser is idle, and at once for a query in the address (?q=).
 *
 * Pattern: a search form and a list of result links (not a combobox). Results are computed
 * in the same step as the typed text, so the list and the count always belong to what is in
 * the box. The count goes to a polite live region once typing pauses; arrow down moves from
 * the box into the results, arrows move between results, Escape goes back.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DocType, SearchLocale, SearchResults } from './logic/types.ts';
import type { Searcher } from './logic/query.ts';
import { countText, loadSearcher, type CountForms } from './logic/client.ts';
import SearchResult from './SearchResult.tsx';

export interface SearchStrings {
  label: string;
  hint: string;
  button: string;
  resultsHeading: string;
  loading: string;
  loadError: string;
  typeMore: string;
  count: CountForms;
  /** "Geen resultaten. Probeer een ander woord of bekijk de {{link}}." */
  noResults: string;
  noResultsLink: string;
  azLink: string;
  callHelp: string;
  orgLabel: string;
  types: Record<DocType, string>;
}

interface Props {
  strings: SearchStrings;
  locale: SearchLocale;
  /** URL of this page (form action). */
  action: string;
  indexUrl: string;
  azUrl: string;
}

type Status = 'idle' | 'loading' | 'ready' | 'error';

/** Results for one exact text in the box. */
interface Shown extends SearchResults {
  for: string;
}

const ANNOUNCE_DELAY = 700;
const LIMIT = 20;
/** Shortest query that searches; a shorter one without results asks for more letters. */
const MIN_CHARS = 2;
const MIN_PREFIX = 3;

export default function SearchPage({ strings, locale, action, indexUrl, azUrl }: Props) {
  const [mounted, setMounted] = useState(false);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status>('idle');
  const [shown, setShown] = useState<Shown | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const announceTimer = useRef<number | undefined>(undefined);
  const searcher = useRef<Searcher | undefined>(undefined);
  const loading = useRef(false);
  /** The text in the box now (the loader reads it when it is done). */
  const current = useRef('');

  const trimmed = query.trim();
  const results = shown && shown.for === query ? shown : undefined;
  const [noResultsBefore = '', noResultsAfter = ''] = strings.noResults.split('{{link}}');

  function message(r: Shown): string {
    const text = r.for.trim();
    if (r.total > 0) return countText(strings.count, locale, r.total, LIMIT, text);
    if (text.length < MIN_PREFIX) return strings.typeMore;
    return `${noResultsBefore}${strings.noResultsLink}${noResultsAfter}`;
  }

  function announce(say: string, now: boolean) {
    window.clearTimeout(announceTimer.current);
    setAnnouncement('');
    if (now) announceTimer.current = window.setTimeout(() => setAnnouncement(say), 50);
    else announceTimer.current = window.setTimeout(() => setAnnouncement(say), ANNOUNCE_DELAY);
  }

  /** Searches the text in the box, if the engine is there; otherwise the loader does it when ready. */
  function show(q: string, announceNow = false) {
    const s = searcher.current;
    if (!s) return;
    if (q.trim().length < MIN_CHARS) {
      setShown(undefined);
      if (q.trim()) announce(strings.typeMore, announceNow);
      else announce('', false);
      return;
    }
    const r: Shown = { for: q, ...s.find(q, LIMIT) };
    setShown(r);
    announce(message(r), announceNow);
  }

  function load(announceNow = false) {
    if (searcher.current || loading.current) return;
    loading.current = true;
    setStatus('loading');
    loadSearcher(indexUrl, locale).then(
      (s) => {
        searcher.current = s;
        loading.current = false;
        setStatus('ready');
        if (current.current.trim()) show(current.current, announceNow);
      },
      () => {
        loading.current = false; // the next keystroke tries again
        setStatus('error');
        setAnnouncement(strings.loadError);
      },
    );
  }

  function syncUrl(q: string) {
    const url = new URL(window.location.href);
    if (q.trim()) url.searchParams.set('q', q.trim());
    else url.searchParams.delete('q');
    url.hash = '';
    window.history.replaceState(null, '', url);
  }

  useEffect(() => {
    setMounted(true);
    // Words typed before the page finished loading count too; otherwise use ?q= from the address.
    const typed = inputRef.current?.value ?? '';
    const q = typed.trim() ? typed : (new URLSearchParams(window.location.search).get('q') ?? '');
    let cancelIdle = () => {};
    if (q.trim()) {
      setQuery(q);
      current.current = q;
      syncUrl(q); // also drops #wijken (the anchor for the list shown without JavaScript)
      load(true);
    } else if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(() => load(), { timeout: 1500 });
      cancelIdle = () => window.cancelIdleCallback(id);
    } else {
      // Safari before 18 has no requestIdleCallback.
      const id = setTimeout(() => load(), 200);
      cancelIdle = () => clearTimeout(id);
    }
    return () => {
      cancelIdle();
      window.clearTimeout(announceTimer.current);
    };
  }, []);

  function onInput(e: Event) {
    const q = (e.currentTarget as HTMLInputElement).value;
    current.current = q;
    setQuery(q);
    syncUrl(q);
    if (searcher.current) show(q);
    else load();
  }

  function onSubmit(e: Event) {
    e.preventDefault();
    syncUrl(query);
    if (searcher.current) show(query, true);
    else load(true);
  }

  function focusResult(i: number) {
    const links = listRef.current?.querySelectorAll<HTMLAnchorElement>('a[data-result-index]');
    if (!links || links.length === 0) return;
    if (i < 0) inputRef.current?.focus();
    else links[Math.min(i, links.length - 1)]?.focus();
  }

  const hits = results?.hits ?? [];

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

  let body;
  if (trimmed.length > 0 && trimmed.length < MIN_CHARS) body = <p class="search-page__status">{strings.typeMore}</p>;
  else if (!results) {
    if (status === 'error')
      body = (
        <p class="search-page__status search-page__status--error">
          {strings.loadError}{' '}<a class="nl-link" href={azUrl}>{strings.azLink}</a>.
        </p>
      );
    else if (trimmed) body = <p class="search-page__status">{strings.loading}</p>;
  } else if (results.total === 0 && trimmed.length < MIN_PREFIX) body = <p class="search-page__status">{strings.typeMore}</p>;
  else if (results.total === 0)
    body = (
      <>
        <p class="search-page__count search-page__empty">
          {noResultsBefore}<a class="nl-link" href={azUrl}>{strings.noResultsLink}</a>{noResultsAfter}
        </p>
        <p class="search-page__call">{strings.callHelp}</p>
      </>
    );
  else body = <p class="search-page__count">{message(results)}</p>;

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
            onFocus={() => load()}
            onKeyDown={onInputKeyDown}
          />
          <button class="utrecht-button utrecht-button--primary-action search-page__button" type="submit">{strings.button}</button>
        </div>
      </form>

      <div class="visually-hidden search-page__live" role="status" aria-live="polite" aria-atomic="true">{announcement}</div>

      <section class="search-page__results" aria-labelledby="search-page-results-heading" hidden={!mounted || trimmed.length === 0} data-results-for={results ? results.for.trim() : undefined}>
        <h2 class="search-page__results-heading" id="search-page-results-heading">{strings.resultsHeading}</h2>
        {body}
        <ol class="search-results" id="search-page-results" ref={listRef}>
          {hits.map((h, i) => (
            <SearchResult key={h.doc.url} hit={h} typeLabel={strings.types[h.doc.type]} orgLabel={strings.orgLabel} index={i} onKeyDown={onResultKeyDown} />
          ))}
        </ol>
      </section>
    </div>
  );
}
