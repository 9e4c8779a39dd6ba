// The header search box, answered by Pagefind instead of Material's lunr search.
// Material's dialog markup (overrides/partials/search.html) is kept, but Material's bundle does not
// mount it, so this module does what Material's search component did: open and close the dialog,
// keyboard shortcuts, result list. Names in the query are rewritten into the tokens the generator
// put on the pages (search-core.js), so 普京, 普丁 and Putin find the same paragraphs.

import { cleanExcerpt, hitAnchor, prepareGazetteer, search as searchPages, stripTokens, TOKEN } from "./search-core.js";

const ROOT = new URL("../../", import.meta.url); // this file is <site>/assets/javascripts/search.js
const PAGE_SIZE = 10;
const DEBOUNCE_MS = 200;
const FILTERS = ["topic", "outlet", "party"];
const TEXT = {
  placeholder: "打字進行搜尋", // replaced by Material's own wording from the page (search.html)
  loading: "正在載入搜尋索引…",
  searching: "搜尋中…",
  none: "沒有符合的結果",
  found: (n) => `找到 ${n} 筆結果`,
  more: (n) => `顯示更多結果（還有 ${n} 筆）`,
  failed: "搜尋索引載入失敗，請重新整理頁面",
  all: "全部",
  outlets: (names, n) => (n > 2 ? `${names.slice(0, 2).join("、")} 等 ${n} 家媒體` : names.join("、")),
};

const dialog = document.querySelector("[data-pagefind-search]");
const toggle = document.getElementById("__search");
if (dialog && toggle) setUp(dialog, toggle);

function setUp(dialog, toggle) {
  const form = dialog.querySelector("form");
  const input = dialog.querySelector('[data-md-component="search-query"]');
  const meta = dialog.querySelector(".md-search-result__meta");
  const list = dialog.querySelector(".md-search-result__list");
  const narrow = dialog.querySelector("[data-search-narrow]");
  const selects = Object.fromEntries(FILTERS.map((f) => [f, narrow.querySelector(`[data-search-filter="${f}"]`)]));
  const sortInputs = [...narrow.querySelectorAll('input[name="sort"]')];
  TEXT.placeholder = meta.textContent.trim() || TEXT.placeholder;

  let engine = null; // Promise of {pagefind, gazetteer}
  let composing = false;
  let timer = null;
  let generation = 0; // every search bumps it; an answer for an older one is dropped
  let pending = null; // the results not yet shown ("more")
  let latest = Promise.resolve();

  const isOpen = () => toggle.checked;
  const setOpen = (open) => {
    if (toggle.checked !== open) toggle.click(); // a click, so that Material sees the change
  };

  function loadEngine() {
    engine ||= (async () => {
      const [pagefind, gazetteerData] = await Promise.all([
        import(new URL("pagefind/pagefind.js", ROOT).href),
        fetch(new URL("assets/search-gazetteer.json", ROOT)).then((r) => {
          if (!r.ok) throw new Error(`search-gazetteer.json: HTTP ${r.status}`);
          return r.json();
        }),
      ]);
      await pagefind.options({ baseUrl: ROOT.pathname, excerptLength: 40 });
      await pagefind.init();
      const gazetteer = prepareGazetteer(gazetteerData);
      fillFilters(await pagefind.filters());
      narrow.hidden = false;
      return { pagefind, gazetteer };
    })();
    return engine;
  }

  function fillFilters(available) {
    for (const name of FILTERS) {
      const select = selects[name];
      for (const value of Object.keys(available[name] || {}).sort((a, b) => a.localeCompare(b, "zh-Hant"))) {
        select.append(new Option(value, value));
      }
      select.closest("label").hidden = select.options.length <= 1;
    }
    updateCounts(available);
  }

  // Each option shows how many results it would leave, given the query and the other filters.
  function updateCounts(counts) {
    for (const name of FILTERS) {
      for (const option of selects[name].options) {
        if (!option.value) continue;
        const n = counts?.[name]?.[option.value] ?? 0;
        option.textContent = `${option.value}（${n}）`;
      }
    }
  }

  function chosenFilters() {
    const filters = {};
    for (const name of FILTERS) if (selects[name].value) filters[name] = selects[name].value;
    return filters;
  }

  function start() {
    latest = runSearch().catch((error) => {
      console.warn("search:", error);
      meta.textContent = TEXT.failed;
    });
    return latest;
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(start, DEBOUNCE_MS);
  }

  async function runSearch() {
    clearTimeout(timer);
    timer = null;
    const mine = ++generation;
    const text = input.value;
    const filters = chosenFilters();
    if (!text.trim() && !Object.keys(filters).length) {
      pending = null;
      list.replaceChildren();
      meta.textContent = TEXT.placeholder;
      if (engine) engine.then(({ pagefind }) => pagefind.filters()).then(updateCounts, () => {});
      return;
    }
    meta.textContent = engine ? TEXT.searching : TEXT.loading;
    const { pagefind, gazetteer } = await loadEngine();
    const options = { filters };
    if (sortInputs.find((r) => r.checked)?.value === "date") options.sort = { date: "desc" };
    const search = await searchPages(pagefind, text, gazetteer, options);
    if (mine !== generation || !search) return; // a newer search has started
    const { rewritten, results } = search;
    const query = { ...rewritten, words: plainWords(rewritten.query) };
    pending = { results, query, gazetteer, next: 0, generation: mine };
    await showMore(true);
    if (mine !== generation) return;
    if (search.filters) updateCounts(search.filters);
    meta.textContent = results.length ? TEXT.found(results.length) : TEXT.none;
  }

  // The next page of results; `fresh` replaces the list (a new search) once they are all ready.
  async function showMore(fresh = false) {
    const batch = pending;
    if (!batch) return;
    const slice = batch.results.slice(batch.next, batch.next + PAGE_SIZE);
    batch.next += slice.length;
    const items = await Promise.all(slice.map(async (result) => renderResult(await result.data(), batch)));
    if (batch.generation !== generation) return;
    if (fresh) list.replaceChildren();
    list.querySelector(".md-search-result__item--more")?.remove();
    list.append(...items);
    const left = batch.results.length - batch.next;
    if (left > 0) list.append(moreItem(left));
  }

  function moreItem(left) {
    const item = el("li", "md-search-result__item md-search-result__item--more");
    const button = el("button", "md-search-result__more-button", TEXT.more(left));
    button.type = "button";
    button.addEventListener("click", async () => {
      const index = list.querySelectorAll(".md-search-result__link").length;
      await showMore();
      list.querySelectorAll(".md-search-result__link")[index]?.focus();
    });
    item.append(button);
    return item;
  }

  function renderResult(data, { query, gazetteer }) {
    const anchor = hitAnchor(data);
    const href = anchor ? `${data.url}#${anchor}` : data.url;
    const excerpt =
      (anchor && anchorExcerpt(data, anchor, query, gazetteer)) ||
      markWords(cleanExcerpt(data.excerpt || "", query.tokens, gazetteer), query.words);

    const link = el("a", "md-search-result__link");
    link.href = href;
    const article = el("article", "md-search-result__article md-typeset");
    article.append(el("div", "md-search-result__icon md-icon"));
    article.append(el("h1", null, pageTitle(data)));
    const about = describe(data);
    if (about) article.append(el("p", "md-search-result__about", about));
    const body = el("p", "md-search-result__excerpt");
    body.innerHTML = excerpt; // Pagefind's escaped text, or ours (escaped), with <mark> only
    article.append(body);
    link.append(article);
    link.addEventListener("click", () => setOpen(false));
    const item = el("li", "md-search-result__item");
    item.append(link);
    return item;
  }

  // Typing: debounced; an IME composition (注音, 倉頡, pinyin…) searches once it is committed.
  input.addEventListener("compositionstart", () => (composing = true));
  input.addEventListener("compositionend", () => {
    composing = false;
    schedule();
  });
  input.addEventListener("input", (event) => {
    if (composing || event.isComposing) return;
    schedule();
  });
  input.addEventListener("focus", () => {
    setOpen(true);
    loadEngine().catch(() => {}); // a failure is reported by the search that needs it
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  // Clearing the box clears the narrowing too (the controls sit outside the form).
  form.addEventListener("reset", () =>
    setTimeout(() => {
      for (const select of Object.values(selects)) select.value = "";
      sortInputs[0].checked = true;
      start();
      input.focus();
    }),
  );
  for (const select of Object.values(selects)) select.addEventListener("change", start);
  for (const radio of sortInputs) radio.addEventListener("change", start);

  // The magnifier in the header opens the dialog (the label toggles it); put the caret in the box.
  document.querySelector(`header label[for="__search"]`)?.addEventListener("click", () => {
    setTimeout(() => input.focus());
  });
  toggle.addEventListener("change", () => {
    if (toggle.checked) loadEngine().catch(() => {});
  });
  // Focus leaving the dialog (Tab past the last result) closes it, as the page behind is covered.
  dialog.addEventListener("focusout", (event) => {
    if (isOpen() && event.relatedTarget && !dialog.contains(event.relatedTarget)) setOpen(false);
  });

  // Material's keys: / s f open the search; Esc closes; ↑ ↓ walk the results; Enter opens the first.
  window.addEventListener(
    "keydown",
    (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing || event.keyCode === 229) return;
      const active = document.activeElement;
      if (!isOpen()) {
        if (["/", "s", "f"].includes(event.key) && !isEditable(active)) {
          event.preventDefault();
          setOpen(true);
          input.focus();
          input.select();
        }
        return;
      }
      switch (event.key) {
        case "Escape":
          event.preventDefault();
          setOpen(false);
          input.blur();
          break;
        case "Enter":
          if (active === input) {
            event.preventDefault();
            openFirst();
          }
          break;
        case "ArrowUp":
        case "ArrowDown": {
          if (active !== input && !list.contains(active)) return; // selects and radios keep their arrows
          const stops = [input, ...list.querySelectorAll(".md-search-result__link, .md-search-result__more-button")];
          const at = Math.max(0, stops.indexOf(active));
          const next = (at + stops.length + (event.key === "ArrowUp" ? -1 : 1)) % stops.length;
          event.preventDefault();
          stops[next].focus();
          break;
        }
        default:
          // Typing while a result has the focus goes on in the search box.
          if (event.key.length === 1 && event.key !== " " && !isEditable(active)) input.focus();
      }
    },
    true,
  );

  async function openFirst() {
    if (timer) start();
    await latest;
    list.querySelector(".md-search-result__link")?.click();
  }

  // A shared link ?q=… opens the search with the query, as Material's own search did.
  const shared = new URL(location.href).searchParams.get("q");
  if (shared) {
    input.value = shared;
    setOpen(true);
    input.focus();
    start();
  }
  // Every listener is in place: the shortcuts work from here on (tests wait for this, not a clock).
  dialog.dataset.searchReady = "";
}

// The paragraph or excerpt the result links to, cut around its first mention of the query. An
// excerpt on a topic page is the quote, its tokens, then the citation: the citation is left out.
function anchorExcerpt(data, anchorId, query, gazetteer) {
  const anchor = (data.anchors || []).find((a) => a.id === anchorId);
  if (!anchor?.text) return null;
  let raw = anchor.text;
  if (!/^p\d+$/.test(anchorId)) {
    const blocks = [...raw.matchAll(new RegExp(`(?:\\s*${TOKEN.source})+\\s*`, "g"))];
    if (blocks.length) raw = raw.slice(0, blocks[blocks.length - 1].index);
  }
  const text = stripTokens(raw).replace(/\s*¶\s*/g, " ").trim();
  const needles = [...query.tokens.flatMap((t) => gazetteer.tokenForms[t] || []), ...query.words]
    .filter((n) => n.length > 1)
    .map((n) => n.toLowerCase());
  const lower = text.toLowerCase();
  const hits = needles.map((n) => lower.indexOf(n)).filter((i) => i >= 0);
  if (!hits.length) return null;
  const first = Math.min(...hits);
  let start = first <= 24 ? 0 : first - 24;
  while (start > 0 && /\w\w/.test(text.slice(start - 1, start + 1))) start--; // not mid-word
  const end = Math.min(text.length, start + 96);
  const html = escapeHtml(text.slice(start, end));
  const marked = markWords(cleanExcerpt(html, query.tokens, gazetteer), query.words);
  return (start > 0 ? "…" : "") + marked + (end < text.length ? "…" : "");
}

// The typed words that are not known names (those became tokens): marked where they appear.
function plainWords(query) {
  return query
    .replace(TOKEN, " ")
    .split(/\s+/)
    .filter((w) => w.length > 1);
}

function markWords(html, words) {
  if (!words.length) return html;
  const pattern = new RegExp(`(${words.map((w) => escapeHtml(w).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "gi");
  return html
    .split(/(<mark>.*?<\/mark>)/)
    .map((part) => (part.startsWith("<mark>") ? part : part.replace(pattern, "<mark>$1</mark>")))
    .join("");
}

function pageTitle(data) {
  return stripTokens(data.meta?.title || data.url).replace(/\s*¶\s*$/, "");
}

// "2025年12月6日 · 香港01": the page's date and its outlet(s).
function describe(data) {
  const parts = [];
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(data.meta?.date || "");
  if (date && date[1] !== "0000") parts.push(`${+date[1]}年${+date[2]}月${+date[3]}日`);
  const outlets = data.filters?.outlet || [];
  if (outlets.length) parts.push(TEXT.outlets(outlets, outlets.length));
  return parts.join(" · ");
}

function isEditable(node) {
  if (!node) return false;
  if (node.isContentEditable) return true;
  return node instanceof HTMLInputElement || node instanceof HTMLSelectElement || node instanceof HTMLTextAreaElement;
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
