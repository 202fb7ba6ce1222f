/** The web UI: an Arabic, right-to-left single-page app over the HTTP API. */
import { html, render } from 'htm/preact';
import { ActorPage, ArticlePage, DyadPage, EventsPage, SearchPage } from './pages.ts';
import { Link, useRoute } from './router.ts';

function App() {
  const route = useRoute();
  const parts = route.path.split('/').filter(Boolean).map(decodeURIComponent);
  let page;
  if (parts[0] === 'article' && parts[1]) page = html`<${ArticlePage} id=${parts[1]} route=${route} />`;
  else if (parts[0] === 'actor' && parts[1]) page = html`<${ActorPage} code=${parts[1].toUpperCase()} />`;
  else if (parts[0] === 'dyad' && parts[1] && parts[2]) page = html`<${DyadPage} a=${parts[1].toUpperCase()} b=${parts[2].toUpperCase()} />`;
  else if (parts[0] === 'events') page = html`<${EventsPage} route=${route} />`;
  else if (parts.length === 0) page = html`<${SearchPage} route=${route} />`;
  else page = html`<p class="error">لا توجد صفحة بهذا العنوان.</p>`;
  return html`<header class="top">
      <${Link} href="/" class="brand">رصد <small>الأحداث من الأخبار العربية</small><//>
      <nav><${Link} href="/">بحث<//> <${Link} href="/events">الأحداث<//></nav>
    </header>
    <main>${page}</main>`;
}

render(html`<${App} />`, document.getElementById('app')!);
