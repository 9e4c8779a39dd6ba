// Search logic shared by the header search box (search.js) and scripts/search_table.py.
// Pagefind cannot know that 普京 is 普丁, and splits names its dictionary lacks (威特科夫 also
// hits 李威特). The generator puts one opaque token per entity and per topic term (xe…, xt…)
// after every mention on the pages, and search-gazetteer.json maps every rendering of a name or
// term to its token; a query's known names are rewritten into tokens before Pagefind sees them.

// One token, or a run of them: Pagefind's excerpts glue neighbouring tokens (xe…xt…) together, and
// glue the last one to the text after the hidden span (xe…1 家媒體: the corroboration count).
export const TOKEN = /\b(?:(?:xe|xt)[0-9a-f]{10})+/g;
const WORD = /[a-z0-9]/i;

export function prepareGazetteer(data) {
  const forms = data.forms;
  const absent = new Set(data.absent || []); // known names that no page mentions
  const tokenForms = {};
  let longest = Math.max(0, ...[...absent].map((form) => form.length));
  for (const [form, tokens] of Object.entries(forms)) {
    longest = Math.max(longest, form.length);
    for (const token of tokens) (tokenForms[token] ||= []).push(form);
  }
  for (const list of Object.values(tokenForms)) list.sort((a, b) => b.length - a.length);
  return { forms, absent, tokenForms, longest };
}

export function normalizeQuery(query) {
  return query.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

// Known renderings (leftmost, longest; Latin ones only as whole words) become their token; the
// rest of the query is kept as typed. Returns {query, tokens, plain, absent}: `plain` lists the
// parts left as typed; `absent` is true when the query names someone no page mentions.
export function rewriteQuery(query, gazetteer) {
  const q = normalizeQuery(query);
  const parts = [];
  const tokens = [];
  const plainParts = [];
  let absent = false;
  let plain = "";
  let i = 0;
  while (i < q.length) {
    let found = null;
    for (let length = Math.min(gazetteer.longest, q.length - i); length > 0; length--) {
      const form = q.slice(i, i + length);
      if (!(form in gazetteer.forms) && !gazetteer.absent?.has(form)) continue;
      const before = q[i - 1] || " ";
      const after = q[i + length] || " ";
      if (WORD.test(form[0]) && WORD.test(before)) continue;
      if (WORD.test(form[form.length - 1]) && WORD.test(after)) continue;
      found = form;
      break;
    }
    if (found) {
      if (plain.trim()) parts.push(plain.trim()), plainParts.push(plain.trim());
      plain = "";
      if (found in gazetteer.forms) {
        const token = gazetteer.forms[found][0];
        parts.push(token);
        tokens.push(token);
      } else {
        absent = true;
      }
      i += found.length;
    } else {
      plain += q[i];
      i += 1;
    }
  }
  if (plain.trim()) parts.push(plain.trim()), plainParts.push(plain.trim());
  // What is left after a name may be only a possessive or punctuation (Trump's, 「普京」):
  // Pagefind would require it as a word, so it is dropped.
  const kept = parts.filter((part) => !/^(?:['’]s\b)?[\s\p{P}\p{S}]*$/u.test(part));
  return { query: kept.join(" "), tokens, plain: plainParts.filter((part) => kept.includes(part)), absent };
}

// Tokens go with the spaces around them (普丁 xe… 與 → 普丁與); a space stays between Latin words.
export function stripTokens(text) {
  const spaced = new RegExp(`\\s*${TOKEN.source}\\s*`, "g");
  return text
    .replace(spaced, (match, offset, whole) =>
      WORD.test(whole[offset - 1] || "") && WORD.test(whole[offset + match.length] || "") ? " " : "")
    .replace(/\s{2,}/g, " ")
    .trim();
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Pagefind's excerpt without the hidden tokens, with every rendering of the queried names marked.
export function cleanExcerpt(html, tokens, gazetteer) {
  let text = html.replace(/<mark>\s*((?:(?:xe|xt)[0-9a-f]{10})+)\s*<\/mark>/g, "$1");
  text = stripTokens(text);
  const forms = tokens.flatMap((t) => gazetteer.tokenForms[t] || []).filter((f) => f.length > 1);
  if (forms.length) {
    const pattern = new RegExp(`(${forms.map(escapeRegExp).join("|")})`, "gi");
    text = text
      .split(/(<mark>.*?<\/mark>)/)
      .map((part) => (part.startsWith("<mark>") ? part : part.replace(pattern, "<mark>$1</mark>")))
      .join("");
  }
  return text;
}

// The anchor of the paragraph or excerpt holding the first hit (p12, dev-…), if the page has one.
export function hitAnchor(data) {
  const first = (data.locations || [])[0];
  if (first === undefined) return null;
  let best = null;
  for (const anchor of data.anchors || []) {
    if (!/^(p\d+|(key|dev|pos|roster)-[\w-]+)$/.test(anchor.id)) continue;
    if (anchor.location <= first && (!best || anchor.location >= best.location)) best = anchor;
  }
  return best ? best.id : null;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const HAN_RUN = /[\u3400-\u9fff\uf900-\ufaff]{2,}/g;

// The one search both the search box and scripts/search_table.py run. Known names go to Pagefind
// as tokens. Plain Chinese words are searched as typed and, for recall, character by character
// too: the browser segments a query differently from the indexer (烏克蘭 is one word in the
// query but three in the index), so a page the first search misses comes after its results.
export async function search(pagefind, query, gazetteer, options = {}) {
  const rewritten = rewriteQuery(query, gazetteer);
  if (rewritten.absent) return { rewritten, results: [], filters: null };
  const first = await pagefind.search(rewritten.query || null, options);
  if (!first) return null; // superseded by a newer search (Pagefind's debounce)
  let results = first.results;
  if (rewritten.plain.some((part) => HAN.test(part))) {
    const spread = rewritten.query.replace(HAN_RUN, (run) => [...run].join(" "));
    const second = await pagefind.search(spread, options);
    const seen = new Set(results.map((r) => r.id));
    if (second) results = results.concat(second.results.filter((r) => !seen.has(r.id)));
  }
  return { rewritten, results, filters: first.filters };
}
