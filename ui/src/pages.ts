/** The UI's pages: search, article, actor, dyad, events explorer. Text is always rendered as text. */
import { html } from 'htm/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, qs, type ActorDetail, type EventEvidence, type SearchResult, type StoredArticle, type StoredEvent } from './api.ts';
import { MonthChart, type MonthCount } from './charts.ts';
import { ENTITY_AR, MODALITY_AR, QUAD_AR, TYPES, TYPE_AR } from './labels.ts';
import { Link, navigate, type Route } from './router.ts';
import { buildBlocks, type Mark } from './segments.ts';

/** Loads data for a page: `[data, error]`, reloaded when `deps` change. */
function useLoad<T>(load: () => Promise<T>, deps: unknown[]): [T | null, string | null] {
  const [state, setState] = useState<[T | null, string | null]>([null, null]);
  useEffect(() => {
    let live = true;
    setState([null, null]);
    load().then((d) => live && setState([d, null]), (e: Error) => live && setState([null, e.message]));
    return () => { live = false; };
  }, deps);
  return state;
}

const Loading = () => html`<p class="muted">…جار التحميل</p>`;
const Failed = (p: { message: string }) => html`<p class="error" role="alert">${p.message}</p>`;

/** An article's URL only when it is http(s): a stored `javascript:` URL never becomes a link. */
export function safeUrl(u: string | null | undefined): string | null {
  if (!u) return null;
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function sideLabel(s: StoredEvent['source']): string | null {
  return s.actor ?? s.country ?? null;
}

/** Source → target, laid out left to right whatever the page direction (codes are Latin). */
function Sides(p: { source: string | null; target: string | null; links?: boolean }) {
  const one = (c: string | null) => (p.links ? html`<${ActorLink} code=${c} />` : c ?? '—');
  return html`<bdi dir="ltr" class="sides">${one(p.source)} → ${one(p.target)}</bdi>`;
}

/** Mentions, articles and distinct sources of a merged event, in words. */
function Counts(p: { e: StoredEvent }) {
  return html`<span class="counts">${p.e.mentions} إشارة، ${p.e.articles} مقال، ${p.e.sources} مصدر</span>`;
}

function ActorLink(p: { code: string | null; name?: string | null }) {
  if (!p.code) return html`<span class="muted">—</span>`;
  return html`<${Link} href=${`/actor/${p.code}`} class="actor">${p.code}${p.name ? html` <small>${p.name}</small>` : null}<//>`;
}

function EventRow(p: { e: StoredEvent; evidence?: boolean }) {
  const e = p.e;
  return html`<tr class=${`quad-${e.quad}`}>
    <td class="nowrap">${e.date ?? (e.day ? `≈ ${e.day}` : '—')}</td>
    <td><span class=${`type t-${e.type}`}>${TYPE_AR[e.type] ?? e.type}</span> <small>${e.type}${e.mode ? `/${e.mode}` : ''} · CAMEO ${e.cameo}</small></td>
    <td class="nowrap"><${Sides} source=${e.source.actor ?? e.source.country} target=${e.target.actor ?? e.target.country} links=${true} /></td>
    <td>${MODALITY_AR[e.modality] ?? e.modality}</td>
    <td class="num"><${Counts} e=${e} /></td>
    ${p.evidence ? html`<td class="evidence"><${Link} href=${`/article/${e.firstArticleId}`}>${e.evidence}<//></td>` : null}
  </tr>`;
}

function EventTable(p: { events: readonly StoredEvent[] }) {
  if (p.events.length === 0) return html`<p class="muted">لا أحداث.</p>`;
  return html`<div class="table-wrap"><table class="events">
    <thead><tr><th>التاريخ</th><th>النوع</th><th>المصدر → الهدف</th><th>الصيغة</th><th>التغطية</th><th>الدليل</th></tr></thead>
    <tbody>${p.events.map((e) => html`<${EventRow} key=${e.id} e=${e} evidence=${true} />`)}</tbody>
  </table></div>`;
}

// --------------------------------------------------------------------------------------- search

export function SearchPage(p: { route: Route }) {
  const q = p.route.query;
  const params = { q: q.get('q') ?? '', from: q.get('from') ?? '', to: q.get('to') ?? '', source: q.get('source') ?? '', actor: q.get('actor') ?? '', type: q.get('type') ?? '' };
  const [form, setForm] = useState(params);
  useEffect(() => setForm(params), [p.route.query.toString()]);
  const [res, err] = useLoad<SearchResult | null>(() => (params.q ? api.search({ ...params, limit: 30 }) : Promise.resolve(null)), [p.route.query.toString()]);
  const submit = (e: Event): void => {
    e.preventDefault();
    navigate(`/${qs(form)}`);
  };
  const field = (k: keyof typeof form) => (e: Event) => setForm({ ...form, [k]: (e.target as HTMLInputElement).value });
  return html`<section>
    <form class="search" onSubmit=${submit} role="search">
      <input name="q" type="search" placeholder="ابحث في الأخبار: إسرائيل، وزير الخارجية…" value=${form.q} onInput=${field('q')} aria-label="كلمات البحث" />
      <button type="submit">بحث</button>
      <details class="filters"><summary>تصفية</summary>
        <label>من <input type="date" value=${form.from} onInput=${field('from')} /></label>
        <label>إلى <input type="date" value=${form.to} onInput=${field('to')} /></label>
        <label>المصدر <input value=${form.source} onInput=${field('source')} /></label>
        <label>الفاعل <input value=${form.actor} placeholder="MAR" onInput=${field('actor')} /></label>
        <label>نوع الحدث <select value=${form.type} onChange=${field('type')}><option value="">الكل</option>${TYPES.map((t) => html`<option value=${t}>${TYPE_AR[t]} (${t})</option>`)}</select></label>
      </details>
    </form>
    ${err ? html`<${Failed} message=${err} />` : !params.q ? html`<${Home} />` : !res ? html`<${Loading} />` : html`
      <p class="muted">${res.total} مقالاً</p>
      <ol class="hits">${res.hits.map((h) => html`<li key=${h.articleId}>
        <${Link} href=${`/article/${h.articleId}`} class="hit-title">${h.title ?? h.key}<//>
        <div class="meta">${h.published?.slice(0, 10) ?? '—'} · ${h.source ?? '—'}</div>
        <p class="snippet">${highlight(h.snippet.text, h.snippet.highlights)}</p>
      </li>`)}</ol>`}
  </section>`;
}

function highlight(text: string, marks: readonly { start: number; end: number }[]) {
  const out: unknown[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start > at) out.push(text.slice(at, m.start));
    out.push(html`<mark>${text.slice(m.start, m.end)}</mark>`);
    at = m.end;
  }
  out.push(text.slice(at));
  return out;
}

function Home() {
  const [stats] = useLoad(() => api.stats(), []);
  const [actors] = useLoad(() => api.actors(12), []);
  if (!stats) return html`<${Loading} />`;
  return html`<div class="home">
    <p>${stats.articles} مقالاً (${stats.stories} قصة) من ${stats.sources} مصدراً، ${stats.events} حدثاً من ${stats.articleEvents} إشارة في المقالات.</p>
    ${actors ? html`<h2>أنشط الفاعلين</h2><ul class="chips">${actors.actors.map((a) => html`<li><${ActorLink} code=${a.actor} name=${a.name} /> <small>${a.events}</small></li>`)}</ul>` : null}
  </div>`;
}

// -------------------------------------------------------------------------------------- article

export function ArticlePage(p: { id: string; route: Route }) {
  const [a, err] = useLoad<StoredArticle>(() => api.article(p.id), [p.id]);
  const [active, setActive] = useState<string | null>(p.route.query.get('event'));
  const [showDropped, setShowDropped] = useState(false);
  const marks = useMemo<Mark[]>(() => {
    if (!a) return [];
    const v = a.analysis;
    const out: Mark[] = [];
    for (const e of v.entities) {
      out.push({ start: e.start, end: e.end, kind: 'entity', sub: e.type, actor: e.actor?.id ?? null,
        title: e.actor ? `${ENTITY_AR[e.type]} — ${e.actor.id}${e.actor.name ? ` · ${e.actor.name}` : ''}${e.actor.role ? ` · ${e.actor.role}` : ''}` : ENTITY_AR[e.type] ?? e.type });
    }
    for (const t of v.timexes) out.push({ start: t.start, end: t.end, kind: 'timex', sub: t.type, title: `${t.type}: ${t.value}` });
    for (const e of v.events) {
      for (const m of e.mentions ?? [{ trigger: e.trigger, sentence: e.sentence }]) {
        out.push({ start: m.trigger.start, end: m.trigger.end, kind: 'trigger', sub: e.type, event: e.id,
          title: `${TYPE_AR[e.type] ?? e.type} (${e.type}${e.mode ? `/${e.mode}` : ''}): \u2066${e.source.map((s) => s.actor).join('+') || '—'} → ${e.target.map((s) => s.actor).join('+') || '—'}\u2069 · ${e.date ?? 'بلا تاريخ'}` });
      }
    }
    return out;
  }, [a]);
  const activeSentences = useMemo(() => {
    const ev = a?.analysis.events.find((e) => e.id === active);
    return new Set((ev?.mentions ?? (ev ? [{ sentence: ev.sentence }] : [])).map((m) => m.sentence.start));
  }, [a, active]);
  useEffect(() => {
    if (!active) return;
    const el = document.querySelector('.sentence.active');
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [active, a]);
  if (err) return html`<${Failed} message=${err} />`;
  if (!a) return html`<${Loading} />`;
  const v = a.analysis;
  const blocks = buildBlocks(v.article.text, v.sentences, marks);
  const onMark = (m: Mark) => (e: MouseEvent) => {
    if (m.kind === 'entity' && m.actor) { e.preventDefault(); navigate(`/actor/${m.actor}`); }
    if (m.kind === 'trigger' && m.event) setActive(m.event);
  };
  return html`<article class="article-view">
    <header>
      <h1>${v.article.title ?? a.key}</h1>
      <div class="meta">${v.article.published ?? 'بلا تاريخ نشر'} · ${a.source ?? '—'}${safeUrl(v.article.url) ? html` · <a href=${safeUrl(v.article.url)} rel="noopener noreferrer" target="_blank">المصدر الأصلي</a>` : null}</div>
      <div class="legend"><span class="m-entity">كيان</span> <span class="m-timex">تاريخ</span> <span class="m-trigger">حدث</span></div>
    </header>
    <div class="article-grid">
      <div class="article-text" lang="ar">
        ${blocks.map((b) => html`<span key=${b.start} class=${b.gap ? 'gap' : `sentence${activeSentences.has(b.start) ? ' active' : ''}`} data-start=${b.start}>${b.pieces.map((pc) =>
          pc.mark
            ? html`<span class=${`m-${pc.mark.kind} k-${pc.mark.sub}${pc.mark.actor ? ' linked' : ''}`} title=${pc.mark.title} data-kind=${pc.mark.kind} onClick=${onMark(pc.mark)}>${pc.text}</span>`
            : pc.text)}</span>`)}
        ${v.article.captions.length ? html`<h3>التعليقات على الصور</h3><ul class="captions">${v.article.captions.map((c) => html`<li>${c.text}${c.credit ? html` <small>(${c.credit})</small>` : null}</li>`)}</ul>` : null}
        <p><button type="button" class="linkish" onClick=${() => setShowDropped(!showDropped)}>${showDropped ? 'إخفاء' : 'إظهار'} ما حُذف من الصفحة (${v.article.dropped.length})</button></p>
        ${showDropped ? html`<ul class="dropped">${v.article.dropped.map((d) => html`<li><code>${d.reason}</code> ${d.text}</li>`)}</ul>` : null}
      </div>
      <aside class="event-panel" aria-label="الأحداث">
        <h2>الأحداث (${v.events.length})</h2>
        <ol>${v.events.map((e) => html`<li key=${e.id} class=${e.id === active ? 'active' : ''}>
          <button type="button" class="event-item" onClick=${() => setActive(e.id)}>
            <span class=${`type t-${e.type}`}>${TYPE_AR[e.type] ?? e.type}</span>
            <${Sides} source=${e.source.map((s) => s.actor).join('+') || null} target=${e.target.map((s) => s.actor).join('+') || null} />
            <span class="muted">${e.date ?? 'بلا تاريخ'} · ${MODALITY_AR[e.modality] ?? e.modality}</span>
          </button></li>`)}</ol>
      </aside>
    </div>
  </article>`;
}

// ---------------------------------------------------------------------------------------- actor

export function ActorPage(p: { code: string }) {
  const [a, err] = useLoad<ActorDetail>(() => api.actor(p.code), [p.code]);
  const [ev] = useLoad(() => api.events({ actor: p.code, limit: 50 }), [p.code]);
  if (err) return html`<${Failed} message=${err} />`;
  if (!a) return html`<${Loading} />`;
  return html`<section>
    <h1>${a.actor}${a.name ? ` — ${a.name}` : ''}</h1>
    <p class="muted">الدولة ${a.country ?? '—'}${a.sector ? ` · القطاع ${a.sector}` : ''} · ${a.events} حدثاً</p>
    <ul class="chips">${Object.entries(a.byType).sort((x, y) => y[1] - x[1]).map(([t, n]) => html`<li><span class=${`type t-${t}`}>${TYPE_AR[t] ?? t}</span> ${n}</li>`)}</ul>
    <h2>الأحداث حسب الشهر</h2>
    <${MonthChart} data=${a.byMonth} id="actor-chart" />
    <h2>أبرز الأطراف المقابلة</h2>
    <ul class="chips">${a.counterparts.map((c) => html`<li><${Link} href=${`/dyad/${a.actor}/${c.actor}`}>${c.actor}${c.name ? ` ${c.name}` : ''}<//> <small>${c.events}</small></li>`)}</ul>
    <h2>أحداث</h2>
    ${ev ? html`<${EventTable} events=${ev.events} />` : html`<${Loading} />`}
  </section>`;
}

// ----------------------------------------------------------------------------------------- dyad

export function DyadPage(p: { a: string; b: string }) {
  const [t, err] = useLoad(() => api.timeline(p.a, p.b), [p.a, p.b]);
  const [month, setMonth] = useState<string | null>(null);
  const [evidence, setEvidence] = useState<Record<number, EventEvidence[]>>({});
  const data = useMemo<MonthCount[]>(() => {
    const m = new Map<string, MonthCount>();
    for (const e of t?.events ?? []) {
      const k = `${e.day!.slice(0, 7)}|${e.type}`;
      let c = m.get(k);
      if (!c) m.set(k, (c = { month: e.day!.slice(0, 7), type: e.type, events: 0, goldstein: 0 }));
      c.events++;
      c.goldstein += e.goldstein;
    }
    return [...m.values()];
  }, [t]);
  if (err) return html`<${Failed} message=${err} />`;
  if (!t) return html`<${Loading} />`;
  const shown = month ? t.events.filter((e) => e.day!.startsWith(month)) : t.events;
  const open = async (id: number) => {
    if (!evidence[id]) setEvidence({ ...evidence, [id]: (await api.event(id)).evidence });
  };
  const coop = t.events.filter((e) => e.quad <= 2).length;
  return html`<section>
    <h1><${Link} href=${`/actor/${p.a}`}>${p.a}<//> ↔ <${Link} href=${`/actor/${p.b}`}>${p.b}<//></h1>
    <p class="muted">${t.events.length} حدثاً بتواريخها الخاصة: ${coop} تعاون (${QUAD_AR[1]}، ${QUAD_AR[2]}) و${t.events.length - coop} نزاع</p>
    ${t.events.length ? html`<${MonthChart} data=${data} onPick=${setMonth} id="dyad-chart" />` : null}
    ${month ? html`<p>شهر ${month} <button type="button" class="linkish" onClick=${() => setMonth(null)}>كل الأشهر</button></p>` : null}
    <ol class="timeline">${shown.map((e) => html`<li key=${e.id} class=${`quad-${e.quad}`}>
      <div><strong>${e.date}</strong> <span class=${`type t-${e.type}`}>${TYPE_AR[e.type] ?? e.type}</span> <${Sides} source=${sideLabel(e.source)} target=${sideLabel(e.target)} links=${true} /> <small>${MODALITY_AR[e.modality]} · <${Counts} e=${e} /></small></div>
      <blockquote><${Link} href=${`/article/${e.firstArticleId}`}>${e.evidence}<//></blockquote>
      ${evidence[e.id] ? html`<ul class="reports">${evidence[e.id]!.map((r) => html`<li><${Link} href=${`/article/${r.articleId}?event=${r.eventId}`}>${r.title ?? r.key}<//> <small>${r.published?.slice(0, 10) ?? ''} ${r.source ?? ''}</small></li>`)}</ul>`
        : e.articles > 0 ? html`<button type="button" class="linkish" onClick=${() => open(e.id)}>كل التقارير (${e.articles})</button>` : null}
    </li>`)}</ol>
  </section>`;
}

// --------------------------------------------------------------------------------------- events

export function EventsPage(p: { route: Route }) {
  const q = p.route.query;
  const params = { actor: q.get('actor') ?? '', dyad: q.get('dyad') ?? '', type: q.get('type') ?? '', from: q.get('from') ?? '', to: q.get('to') ?? '' };
  const [form, setForm] = useState(params);
  const [res, err] = useLoad(() => api.events({ ...params, limit: 200 }), [q.toString()]);
  const field = (k: keyof typeof form) => (e: Event) => setForm({ ...form, [k]: (e.target as HTMLInputElement).value });
  return html`<section>
    <h1>مستكشف الأحداث</h1>
    <form class="filters-inline" onSubmit=${(e: Event) => { e.preventDefault(); navigate(`/events${qs(form)}`); }}>
      <label>الفاعل <input value=${form.actor} placeholder="MAR" onInput=${field('actor')} /></label>
      <label>الثنائي <input value=${form.dyad} placeholder="MAR,ISR" onInput=${field('dyad')} /></label>
      <label>النوع <select value=${form.type} onChange=${field('type')}><option value="">الكل</option>${TYPES.map((t) => html`<option value=${t}>${TYPE_AR[t]} (${t})</option>`)}</select></label>
      <label>من <input type="date" value=${form.from} onInput=${field('from')} /></label>
      <label>إلى <input type="date" value=${form.to} onInput=${field('to')} /></label>
      <button type="submit">تطبيق</button>
      <a class="download" href=${`/api/events${qs({ ...params, format: 'csv', limit: 10000 })}`} download="rasd-events.csv">تنزيل CSV</a>
    </form>
    ${err ? html`<${Failed} message=${err} />` : !res ? html`<${Loading} />` : html`<p class="muted">${res.events.length} من ${res.total}</p><${EventTable} events=${res.events} />`}
  </section>`;
}
