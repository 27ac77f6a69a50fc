/**
 * "Wat als er iets verandert?" under the results (check and quick form): a form to change one or
 * two answers, and both situations side by side, evaluated in the browser by the already-loaded
 * engine (src/lib/whatif, docs/whatif.md). The form's values live in this tab's storage and travel in
 * the share link (logic/share.ts), so a reload or a shared link reopens the comparison.
 * Loaded lazily with the engine (WhatIfLazy.tsx): it is not part of the page before the start.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { RuleResult } from '../../lib/engine/types.ts';
import type { Range } from '../../lib/formulas/money.ts';
import { whatIf, type Change, type Row, type Warning, type WhatIfOutcome } from '../../lib/whatif/index.ts';
import { issueText } from '../../lib/engine/householdErrors.ts';
import type { Dict } from '../../lib/engine/text.ts';
import type { Engine } from './loadEngine.ts';
import { toHousehold } from './logic/household.ts';
import type { Answers, FlowEnv } from './logic/questions.ts';
import type { CheckMeta } from './logic/meta.ts';
import { euro, t, type Strings } from './logic/strings.ts';
import { PARTNER_SOURCES, changeOptions, hasWhatIf, toChanges, validateWhatIf, visibleFields, youngChildren, type WhatIfError, type WhatIfValues } from './logic/whatif.ts';
import { clearWhatIf, loadWhatIf, saveWhatIf } from './logic/storage.ts';
import { amountText } from './ResultCard.tsx';
import RadioField from './RadioField.tsx';
import CheckboxField from './CheckboxField.tsx';
import TextField from './TextField.tsx';
import SharePanel from './SharePanel.tsx';
import { optionId } from './ChoiceFieldset.tsx';

export interface WhatIfProps {
  answers: Answers;
  strings: Strings;
  locale: string;
  env: FlowEnv;
  /** The date of the check (YYYY-MM-DD). */
  date: string;
  engine: Engine;
  meta: CheckMeta;
  /** The section's heading: h2 under the check's results (h1), h3 under the quick form's (h2). */
  headingLevel: 'h2' | 'h3';
}

/** Written out, so the CSS diet (scripts/build/cssTokens.ts) sees every class used. */
const HEADING = { h2: 'nl-heading nl-heading--level-2', h3: 'nl-heading nl-heading--level-3', h4: 'nl-heading nl-heading--level-4' } as const;

export default function WhatIf({ answers, strings: pageStrings, locale, env, date, engine, meta, headingLevel }: WhatIfProps) {
  // The what-if texts come with the results data (buildMeta.ts checkResultsData).
  const strings = useMemo(() => ({ ...pageStrings, ...(engine.data.strings ?? {}) }), [pageStrings, engine]);
  const s = (k: string, v?: Record<string, string | number>) => t(strings, k, v);
  const restored = useMemo(() => loadWhatIf(), []);
  const [values, setValues] = useState<WhatIfValues>(() => restored?.values ?? {});
  /** The values the comparison shown is for (null: none shown). */
  const [compared, setCompared] = useState<WhatIfValues | null>(() => (restored && hasWhatIf(restored.values) && Object.keys(validateWhatIf(restored.values, answers)).length === 0 ? restored.values : null));
  const [open, setOpen] = useState(() => !!restored && hasWhatIf(restored.values));
  const [errors, setErrors] = useState<Record<string, WhatIfError>>({});
  const [message, setMessage] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const focusResult = useRef(!!restored?.fromLink);
  const H = headingLevel;
  const Sub = headingLevel === 'h2' ? 'h3' : 'h4';
  const householdStrings = (strings.household ?? {}) as Dict;
  const title = (id: string) => meta.regelingen[id]?.title.text ?? id;
  const year = date.slice(0, 4);
  /** The year of the tax rules the hours are converted with (the last known year after it). */
  const taxYear = engine.taxYear(date) ?? year;

  // Keep the form in this tab (a reload keeps it); a link's values count as seen once shown.
  useEffect(() => {
    if (hasWhatIf(values) || Object.keys(values).length) saveWhatIf({ values });
    else clearWhatIf();
  }, [values]);

  const outcome: WhatIfOutcome | null = useMemo(() => {
    if (!compared) return null;
    const parsed = engine.parse(toHousehold(answers, date, env));
    if (!parsed.ok) return { ok: false, problem: 'invalid', issues: parsed.issues };
    const changes: Change[] = toChanges(compared, answers);
    if (changes.length === 0) return null;
    return whatIf(parsed.household, changes, {
      evaluate: engine.evaluate,
      parse: engine.parse,
      incomes: engine.incomes,
      tax: engine.taxValues(parsed.household.referenceDate ?? date),
    }, { include: (id) => meta.regelingen[id]?.kind === 'regeling' });
  }, [compared, answers, engine, date]);

  // Announced once per comparison asked for (not when the answers change under it).
  const announceNext = useRef(!!compared);
  useEffect(() => {
    if (!outcome || !announceNext.current) return;
    announceNext.current = false;
    const text = outcome.ok ? `${s('whatif.result.announce', { net: netSentence(outcome.result.comparison.net) })}${outcome.result.comparison.warnings.length ? ` ${s('whatif.result.announceWarnings', { count: outcome.result.comparison.warnings.length })}` : ''}` : problemText(outcome);
    setMessage('');
    setTimeout(() => setMessage(text), 50);
    if (focusResult.current) {
      focusResult.current = false;
      saveWhatIf({ values });
      setTimeout(() => resultRef.current?.focus(), 0);
    }
  }, [outcome]);

  const set = (id: string, v: string | string[] | undefined) => {
    setValues((x) => ({ ...x, [id]: v }));
    if (errors[id]) setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== id)));
  };

  const onSubmit = (e: Event) => {
    e.preventDefault();
    const errs = validateWhatIf(values, answers);
    setErrors(errs);
    if (Object.keys(errs).length) {
      setCompared(null);
      setTimeout(() => summaryRef.current?.focus(), 0);
      return;
    }
    announceNext.current = true;
    // The comparison appears below the form: focus goes to its heading, so keyboard and screen-reader users land on it.
    focusResult.current = true;
    setCompared({ ...values });
  };

  // ----- money texts -----
  const whole = (x: number) => euro(Math.round(x), locale);
  /** Whole euros: the ends of a range rounded outwards; a range narrower than a euro is one rounded amount. */
  const ends = (r: Range): [number, number] => {
    if (Math.round(r.min) === Math.round(r.max)) return [Math.round(r.min), Math.round(r.min)];
    return [Math.floor(r.min + 1e-9), Math.ceil(r.max - 1e-9)];
  };
  /** A range of euros, in whole euros. */
  const euros = (r: Range) => {
    const [lo, hi] = ends(r);
    return lo === hi ? euro(lo, locale) : s('results.amount.range', { min: euro(lo, locale), max: euro(hi, locale) });
  };
  /** "€643 minder", "€352 tot €1.134 minder", "€570 minder tot €99 meer", "geen verschil". */
  const diff = (r: Range) => {
    const [lo, hi] = ends(r);
    if (lo === 0 && hi === 0) return s('whatif.result.same');
    if (lo === hi) return s(lo > 0 ? 'whatif.result.more' : 'whatif.result.less', { amount: euro(Math.abs(lo), locale) });
    if (lo >= 0) return s('whatif.result.rangeMore', { min: euro(lo, locale), max: euro(hi, locale) });
    if (hi <= 0) return s('whatif.result.rangeLess', { min: euro(-hi, locale), max: euro(-lo, locale) });
    return s('whatif.result.rangeMixed', { min: euro(-lo, locale), max: euro(hi, locale) });
  };
  function netSentence(net: Range | null): string {
    if (!net) return s('whatif.result.netUnknown');
    const [lo, hi] = ends(net);
    if (lo >= 0 && hi > 0) return s('whatif.result.netMore', { amount: lo === hi ? euro(lo, locale) : s('results.amount.range', { min: euro(lo, locale), max: euro(hi, locale) }) });
    if (hi <= 0 && lo < 0) return s('whatif.result.netLess', { amount: lo === hi ? euro(-lo, locale) : s('results.amount.range', { min: euro(-hi, locale), max: euro(-lo, locale) }) });
    if (lo === 0 && hi === 0) return s('whatif.result.netSame');
    return diff(net);
  }
  function problemText(o: Extract<WhatIfOutcome, { ok: false }>): string {
    if (o.problem === 'invalid') return `${s('whatif.problems.invalid')} ${o.issues.map((i) => issueText(i, householdStrings, locale)).join(' ')}`;
    return s(`whatif.problems.${o.problem}`);
  }
  const names = (ids: string[]) => ids.map(title).join(', ');

  const side = (r: RuleResult): string => {
    const status = r.receiving ? s('results.groups.receiving') : !r.applicable ? s('results.groups.notApplicable') : s(`results.groups.${r.status}`);
    if (!r.applicable || r.status === 'unlikely' || (r.status === 'check' && !r.amount)) return status;
    return s('whatif.result.status', { status, amount: r.amount ? amountText(r.amount, strings, locale, year) : s('whatif.result.unknownAmount') });
  };
  const changeCell = (row: Row): string => {
    switch (row.change.kind) {
      case 'same':
        return s('whatif.result.same');
      case 'perYear':
        return diff(row.change.range);
      case 'once':
        return s('whatif.result.once');
      case 'unknownAmount':
        return s('whatif.result.unknownAmount');
      case 'uncertain':
        return s('whatif.result.uncertain');
    }
  };

  // ----- what changes, in words -----
  const describe = (c: Change): string => {
    switch (c.kind) {
      case 'income': {
        const text =
          c.by === 'net'
            ? s(c.netPerMonth >= 0 ? 'whatif.describe.incomeUp' : 'whatif.describe.incomeDown', { amount: euro(Math.abs(c.netPerMonth), locale) })
            : s(c.hoursPerWeek >= 0 ? 'whatif.describe.hoursUp' : 'whatif.describe.hoursDown', { hours: new Intl.NumberFormat(locale).format(Math.abs(c.hoursPerWeek)), wage: euro(c.hourlyWage, locale) });
        return c.who === 'partner' ? s('whatif.describe.partnerWho', { change: text }) : text;
      }
      case 'partnerIn':
        return c.age == null ? s('whatif.describe.partnerInUnknownAge', { income: euro(c.netPerMonth ?? 0, locale) }) : s('whatif.describe.partnerIn', { age: c.age, income: euro(c.netPerMonth ?? 0, locale) });
      case 'partnerOut':
        return s('whatif.describe.partnerOut', { income: euro(c.netPerMonth ?? 0, locale) });
      case 'childTurns18':
        return s('whatif.describe.child', { age: youngChildren(answers).find((x) => x.index === c.child)?.age ?? '' });
      case 'rent':
        return s('whatif.describe.rent', { amount: euro(c.monthlyRent, locale) });
    }
  };

  const warningText = (w: Warning, changes: Change[]): string => {
    switch (w.kind) {
      case 'cliff': {
        const amount = euros({ min: -w.loss.max, max: -w.loss.min });
        const one = changes.length === 1 && changes[0]?.kind === 'income' ? changes[0] : null;
        const change = one ? describe(one).replace(/ \((netto|net)\)$/, '') : '';
        return one ? s('whatif.warn.cliffThis', { change, amount, names: names(w.ids) }) : s('whatif.warn.cliffThese', { amount, names: names(w.ids) });
      }
      case 'lostOther':
        return s('whatif.warn.lostOther', { names: names(w.ids) });
      case 'maybeLost':
        return s('whatif.warn.maybeLost', { names: names(w.ids) });
      case 'netNegative':
        return s('whatif.warn.netNegative', { amount: euros({ min: -w.net.max, max: -w.net.min }) });
    }
  };

  // ----- the form -----
  const visible = visibleFields(values, answers);
  const str = (id: string) => (typeof values[id] === 'string' ? (values[id] as string) : '');
  const err = (id: string): string | undefined => {
    const e = errors[id];
    if (!e) return undefined;
    return s(e in ((strings.whatif as Record<string, Record<string, string>>)?.errors ?? {}) ? `whatif.errors.${e}` : e === 'required' ? 'errors.requiredNoUnknown' : `errors.${e}`);
  };
  const radio = (id: string, legend: string, options: { value: string; label: string }[], extra?: { unknown?: boolean; help?: string }) => (
    <RadioField
      name={id}
      legend={<span class="check-sub-legend">{legend}</span>}
      options={options}
      value={str(id) || undefined}
      onChange={(v) => set(id, v)}
      error={err(id)}
      help={extra?.help}
      unknown={extra?.unknown ? { label: s('nav.unknown'), or: s('nav.or') } : undefined}
    />
  );
  const text = (id: string, label: string, o: { help?: string; prefix?: string; suffix?: string; mode?: 'decimal' | 'numeric' } = {}) => (
    <TextField
      name={id}
      label={label}
      value={str(id)}
      onInput={(v) => set(id, v)}
      error={err(id)}
      help={o.help}
      prefix={o.prefix}
      suffix={o.suffix}
      inputMode={o.mode ?? 'decimal'}
      size="short"
    />
  );
  const group = (heading: string, children: ComponentChildren) => (
    <div class="check-reveal check-whatif__change" role="group" aria-label={heading}>
      <p class="check-whatif__change-heading">{heading}</p>
      {children}
    </div>
  );
  const options = changeOptions(answers);
  const kids = youngChildren(answers);
  /** The input an error link goes to: the first option of a choice, else the text box. */
  const FIRST: Record<string, string | undefined> = { wiVerandering: options[0], wiRichting: 'meer', wiWie: 'ik', wiHoe: 'bedrag', wiPartnerBron: PARTNER_SOURCES[0], wiKind: kids[0] ? String(kids[0].index) : undefined };
  const fieldId = (id: string) => (id in FIRST ? optionId(id, FIRST[id] ?? '') : `q-${id}`);
  const ageCount = (age: number) => kids.filter((k) => k.age === age).length;

  const form = (
    <form class="check-form check-whatif__form" noValidate onSubmit={onSubmit}>
      {Object.keys(errors).length > 0 && (
        <div class="utrecht-alert utrecht-alert--error check-error-summary" tabIndex={-1} ref={summaryRef} aria-labelledby="check-whatif-errors">
          <div class="utrecht-alert__content">
            <p class="utrecht-alert__message check-whatif__errors-title" id="check-whatif-errors">
              {s('whatif.errors.summary')}
            </p>
            <ul class="utrecht-unordered-list">
              {Object.keys(errors).map((id) => (
                <li class="utrecht-unordered-list__item" key={id}>
                  <a class="nl-link" href={`#${fieldId(id)}`} onClick={(e) => { e.preventDefault(); document.getElementById(fieldId(id))?.focus(); }}>
                    {err(id)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <CheckboxField
        name="wiVerandering"
        legend={<span class="check-sub-legend">{s('whatif.change.legend')}</span>}
        help={s('whatif.change.help')}
        options={options.map((o) => ({ value: o, label: s(`whatif.change.options.${o}`) }))}
        exclusive={[]}
        or={s('nav.or')}
        value={Array.isArray(values.wiVerandering) ? values.wiVerandering : []}
        onToggle={(v, checked) => {
          const now = Array.isArray(values.wiVerandering) ? values.wiVerandering : [];
          set('wiVerandering', checked ? [...now.filter((x) => x !== v), v] : now.filter((x) => x !== v));
        }}
        error={err('wiVerandering')}
      />
      {visible.includes('wiPartnerLeeftijd') &&
        group(s('whatif.partnerIn.heading'), (
          <>
            {text('wiPartnerLeeftijd', s('whatif.partnerIn.age'), { suffix: s('q.leeftijd.suffix'), mode: 'numeric' })}
            {text('wiPartnerInkomen', s('whatif.partnerIn.income'), { help: s('whatif.partnerIn.incomeHelp'), prefix: '€' })}
            {radio('wiPartnerBron', s('whatif.partnerIn.source'), PARTNER_SOURCES.map((o) => ({ value: o, label: s(`q.inkomstenbron.options.${o}`) })), { unknown: true })}
          </>
        ))}
      {visible.includes('wiEigenInkomen') && group(s('whatif.partnerOut.heading'), text('wiEigenInkomen', s('whatif.partnerOut.income'), { help: s('whatif.partnerOut.incomeHelp'), prefix: '€' }))}
      {visible.includes('wiKind') &&
        group(
          s('whatif.child.heading'),
          radio(
            'wiKind',
            s('whatif.child.which'),
            kids.map((k, i) => ({
              value: String(k.index),
              label: ageCount(k.age) > 1 ? s('whatif.child.optionNth', { age: k.age, n: kids.slice(0, i + 1).filter((x) => x.age === k.age).length }) : s('whatif.child.option', { age: k.age }),
            })),
          ),
        )}
      {visible.includes('wiHuur') && group(s('whatif.rent.heading'), text('wiHuur', s('whatif.rent.amount'), { help: s('whatif.rent.amountHelp'), prefix: '€' }))}
      {visible.includes('wiRichting') &&
        group(s('whatif.income.heading'), (
          <>
            {radio('wiRichting', s('whatif.income.direction'), ['meer', 'minder'].map((o) => ({ value: o, label: s(`whatif.income.directions.${o}`) })))}
            {visible.includes('wiWie') && radio('wiWie', s('whatif.income.who'), ['ik', 'partner'].map((o) => ({ value: o, label: s(`whatif.income.whos.${o}`) })))}
            {radio('wiHoe', s('whatif.income.how'), ['bedrag', 'uren'].map((o) => ({ value: o, label: s(`whatif.income.hows.${o}`) })))}
            {visible.includes('wiBedrag') && text('wiBedrag', s('whatif.income.amount'), { help: s('whatif.income.amountHelp'), prefix: '€' })}
            {visible.includes('wiUren') && text('wiUren', s('whatif.income.hours'), { help: s('whatif.income.hoursHelp'), suffix: s('whatif.income.hoursSuffix') })}
            {visible.includes('wiUurloon') && text('wiUurloon', s('whatif.income.wage'), { help: s('whatif.income.wageHelp', { year: taxYear }), prefix: '€' })}
          </>
        ))}
      <p class="check-buttons">
        <button type="submit" class="utrecht-button utrecht-button--primary-action">
          {s('whatif.submit')}
        </button>
      </p>
    </form>
  );

  // ----- the comparison -----
  let result: ComponentChildren = null;
  if (outcome && compared) {
    const changes = toChanges(compared, answers);
    if (!outcome.ok) {
      result = (
        <div class="utrecht-alert utrecht-alert--warning check-whatif__problem">
          <div class="utrecht-alert__content">
            <p class="utrecht-alert__message">{problemText(outcome)}</p>
          </div>
        </div>
      );
    } else {
      const r = outcome.result;
      const c = r.comparison;
      const changed = c.rows.filter((x) => x.change.kind !== 'same');
      const hasMoney = (x: RuleResult) => x.applicable && x.status !== 'unlikely';
      const unchanged = c.rows.filter((x) => x.change.kind === 'same' && (hasMoney(x.before) || hasMoney(x.after)));
      const notCounted = changed.filter((x) => x.change.kind !== 'perYear');
      const warnings = c.warnings.map((w) => warningText(w, changes));
      if (r.bijstandOffset) warnings.push(s('whatif.warn.bijstand', { phone: meta.municipality.phone }));
      const d = r.income;
      const notes: string[] = [];
      if (d?.change.by === 'net') notes.push(s('whatif.notes.net', { amount: euro(Math.abs(d.change.netPerMonth), locale), holiday: d.holidayPercent, year: euros({ min: Math.abs(d.netPerYear.min), max: Math.abs(d.netPerYear.max) }) }));
      if (d?.change.by === 'hours' && d.grossPerYear)
        notes.push(
          s('whatif.notes.hours', {
            hours: new Intl.NumberFormat(locale).format(Math.abs(d.change.hoursPerWeek)),
            wage: euro(d.change.hourlyWage, locale),
            weeks: d.weeksPerYear,
            holiday: d.holidayPercent,
            gross: whole(Math.abs(d.grossPerYear.min)),
            taxYear,
            net: euros({ min: Math.min(Math.abs(d.netPerYear.min), Math.abs(d.netPerYear.max)), max: Math.max(Math.abs(d.netPerYear.min), Math.abs(d.netPerYear.max)) }),
          }),
        );
      if (changes.some((x) => x.kind === 'partnerIn' || x.kind === 'partnerOut')) notes.push(s('whatif.notes.partner'));
      if (r.worlds > 1) notes.push(s('whatif.notes.estimate'));
      if (notCounted.length) notes.push(s('whatif.notes.notCounted', { names: names(notCounted.map((x) => x.id)) }));
      notes.push(s('whatif.notes.indication'));
      const cols = [s('whatif.result.colRegeling'), s('whatif.result.colNow'), s('whatif.result.colAfter'), s('whatif.result.colChange')];
      const cell = (i: number, content: ComponentChildren, cls = '') => (
        <td class={`utrecht-table__cell check-whatif__cell${cls}`} role="cell">
          <span class="check-whatif__label" aria-hidden="true">
            {cols[i]}
          </span>
          {content}
        </td>
      );
      result = (
        <section class="check-whatif__result" aria-labelledby="check-whatif-result-heading" data-testid="whatif-result">
          <p class="check-whatif__print-heading print-only">{s('whatif.printHeading')}</p>
          <Sub class={HEADING[Sub]} id="check-whatif-result-heading" tabIndex={-1} ref={resultRef}>
            {s('whatif.result.heading')}
          </Sub>
          <p class="check-whatif__changes-title">{s('whatif.result.changes')}</p>
          <ul class="utrecht-unordered-list check-whatif__changes">
            {changes.map((x, i) => (
              <li class="utrecht-unordered-list__item" key={i}>
                {describe(x)}
              </li>
            ))}
          </ul>
          {warnings.length > 0 && (
            <div class="utrecht-alert utrecht-alert--warning check-whatif__warnings" data-testid="whatif-warnings">
              <div class="utrecht-alert__content">
                <p class="utrecht-alert__message check-whatif__warnings-title">
                  <strong>{s('whatif.warn.heading')}</strong>
                </p>
                {warnings.map((w, i) => (
                  <p class="utrecht-alert__message" key={i}>
                    {w}
                  </p>
                ))}
              </div>
            </div>
          )}
          <p class="check-whatif__net" data-testid="whatif-net">
            <strong>{netSentence(c.net)}</strong>
          </p>
          {changed.length > 0 ? (
            <table class="utrecht-table check-whatif__table" role="table">
              <caption class="utrecht-table__caption check-whatif__caption">{s('whatif.result.caption')}</caption>
              <thead class="utrecht-table__header check-whatif__thead" role="rowgroup">
                <tr class="utrecht-table__row" role="row">
                  {cols.map((col, i) => (
                    <th class={`utrecht-table__header-cell check-whatif__th${i === 3 ? ' check-whatif__num' : ''}`} scope="col" role="columnheader" key={i}>
                      {col}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody class="utrecht-table__body" role="rowgroup">
                {changed.map((row) => (
                  <tr class={`utrecht-table__row check-whatif__row${row.lost ? ' check-whatif__row--lost' : ''}`} role="row" key={row.id} data-whatif-id={row.id} data-whatif-change={row.change.kind}>
                    <th class="utrecht-table__header-cell check-whatif__name" scope="row" role="rowheader">
                      {title(row.id)}
                    </th>
                    {cell(1, side(row.before))}
                    {cell(2, side(row.after))}
                    {cell(3, changeCell(row), ' check-whatif__num')}
                  </tr>
                ))}
              </tbody>
              <tfoot class="check-whatif__tfoot" role="rowgroup">
                <tr class="utrecht-table__row check-whatif__row" role="row">
                  <th class="utrecht-table__header-cell check-whatif__name" scope="row" role="rowheader" colSpan={3}>
                    {s('whatif.result.rowIncome')}
                  </th>
                  {cell(3, c.work ? diff(c.work) : s('whatif.result.notKnown'), ' check-whatif__num')}
                </tr>
                <tr class="utrecht-table__row check-whatif__row" role="row">
                  <th class="utrecht-table__header-cell check-whatif__name" scope="row" role="rowheader" colSpan={3}>
                    {s('whatif.result.rowRegelingen')}
                  </th>
                  {cell(3, diff(c.regelingen), ' check-whatif__num')}
                </tr>
                <tr class="utrecht-table__row check-whatif__row check-whatif__row--total" role="row">
                  <th class="utrecht-table__header-cell check-whatif__name" scope="row" role="rowheader" colSpan={3}>
                    {s('whatif.result.rowNet')}
                  </th>
                  {cell(3, <strong>{c.net ? diff(c.net) : s('whatif.result.notKnown')}</strong>, ' check-whatif__num')}
                </tr>
              </tfoot>
            </table>
          ) : (
            <p>{s('whatif.result.noneChanged')}</p>
          )}
          {unchanged.length > 0 && <p class="check-whatif__unchanged">{s('whatif.result.unchanged', { names: names(unchanged.map((x) => x.id)) })}</p>}
          <p class="check-whatif__notes-title">{s('whatif.notes.heading')}</p>
          <ul class="utrecht-unordered-list check-whatif__notes">
            {notes.map((n, i) => (
              <li class="utrecht-unordered-list__item" key={i}>
                {n}
              </li>
            ))}
          </ul>
          <div class="check-actions check-whatif__actions no-print">
            <SharePanel answers={answers} whatIf={compared} strings={strings} onAnnounce={(x) => { setMessage(''); setTimeout(() => setMessage(x), 50); }} id="check-whatif-share" texts="whatif.share" heading="h4" />
            <button type="button" class="utrecht-button utrecht-button--secondary-action" onClick={printComparison}>
              {s('whatif.print')}
            </button>
          </div>
        </section>
      );
    }
  }

  return (
    <section class="check-whatif" aria-labelledby="check-whatif-heading" data-testid="whatif">
      <H class={HEADING[H]} id="check-whatif-heading">
        {s('whatif.heading')}
      </H>
      <p class="no-print">{s('whatif.lead')}</p>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {message}
      </div>
      <p class="no-print">
        <button type="button" class="utrecht-button utrecht-button--secondary-action" aria-expanded={open ? 'true' : 'false'} aria-controls="check-whatif-body" onClick={() => setOpen(!open)}>
          {s('whatif.open')}
        </button>
      </p>
      <div id="check-whatif-body" hidden={!open}>
        {open && (
          <>
            <div class="no-print">{form}</div>
            {result}
          </>
        )}
      </div>
    </section>
  );
}


/** Prints only the comparison (with the page's print header): the class is removed after printing. */
function printComparison() {
  const root = document.documentElement;
  root.classList.add('print-whatif');
  const done = () => {
    root.classList.remove('print-whatif');
    removeEventListener('afterprint', done);
  };
  addEventListener('afterprint', done);
  window.print();
  // Browsers without afterprint: print() blocks until the dialog closes.
  setTimeout(done, 0);
}
