export {}; // a module: its names stay its own, and it loads as <script type="module">

/**
 * The search page. Pagefind's code and index load only once the reader searches, and only from this site.
 * The form works without this script too: it reloads /search/?q=… and the page lists topics to browse.
 * Pagefind searches the page's language (its index per `<html lang>`); a box widens it to every language.
 * The words it writes come from the page (`data-words`), in the page's language.
 */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
/** Counts per filter value: { type: { Post: 10, Tip: 15 } }. */
type FilterCounts = Record<string, Record<string, number>>;
/** Within one filter (Type, Topic…) a result needs any of the values ticked; across filters, all of them. */
type ChosenFilters = Record<string, { any: string[] }>;
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, options: { language: string }): Promise<void>;
  search(
    query: string,
    options?: { filters?: ChosenFilters },
  ): Promise<{ results: { data(): Promise<PagefindResult> }[]; filters: FilterCounts }>;
  filters(): Promise<FilterCounts>;
}

const PAGEFIND_URL = "/pagefind/pagefind.js";

const form = document.querySelector<HTMLFormElement>("#search-form");
const words: Record<string, string> = JSON.parse(form?.dataset.words ?? "{}");
const fill = (text: string | undefined, values: Record<string, string | number>) =>
  (text ?? "").replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
// A tip's category is its topic (see src/blog/topics.ts), so one Topic filter covers posts and tips.
const FILTER_LABELS: Record<string, string> = { type: words.type ?? "Type", topic: words.topic ?? "Topic" };
/** The other languages' indexes (Pagefind's keys, like "es-us"), for the box that widens the search. */
const otherLanguages = (form?.dataset.otherLanguages ?? "").split(",").filter(Boolean);
const everyLanguage = document.querySelector<HTMLInputElement>("#search-every-language");
const input = document.querySelector<HTMLInputElement>("#search-query");
const status = document.querySelector<HTMLElement>("#search-status");
const list = document.querySelector<HTMLOListElement>("#search-results");
const filterBox = document.querySelector<HTMLDetailsElement>("#search-filters");
const filterGroups = document.querySelector<HTMLElement>("#search-filter-groups");
const chosenNote = document.querySelector<HTMLElement>("#search-filters-chosen");
const WIDE = "(min-width: 48rem)"; // as in site.css, where the filters get a column of their own
/** The "(3)" after each value, kept up to date with the results. */
const countOf = new Map<string, HTMLElement>();
let engine: Promise<Pagefind> | undefined;
let everyEngine: Promise<Pagefind> | undefined;
let latest = 0;

function load(): Promise<Pagefind> {
  if (everyLanguage?.checked) return loadEvery();
  engine ??= (import(PAGEFIND_URL) as Promise<Pagefind>).then(async (pagefind) => {
    await pagefind.options({ excerptLength: 24 });
    return pagefind;
  });
  return engine;
}

/**
 * A second Pagefind (a module is one instance per address, so it is loaded under another) with every other
 * language's index merged in. Pagefind skips merging an index from its own folder by name, so the folder
 * is named by a path that leads back to it.
 */
function loadEvery(): Promise<Pagefind> {
  everyEngine ??= (import(`${PAGEFIND_URL}?every-language`) as Promise<Pagefind>).then(async (pagefind) => {
    await pagefind.options({ excerptLength: 24 });
    for (const language of otherLanguages) await pagefind.mergeIndex("/pagefind/../pagefind/", { language });
    return pagefind;
  });
  return everyEngine;
}

function chosenFilters(): ChosenFilters {
  const chosen: ChosenFilters = {};
  for (const box of filterGroups?.querySelectorAll<HTMLInputElement>("input:checked") ?? []) {
    (chosen[box.name] ??= { any: [] }).any.push(box.value);
  }
  return chosen;
}

async function showFilters(pagefind: Pagefind): Promise<void> {
  if (!filterBox || !filterGroups || filterGroups.childElementCount > 0) return;
  const filters = await pagefind.filters();
  for (const name of Object.keys(FILTER_LABELS)) {
    const values = filters[name];
    if (!values) continue;
    const fieldset = document.createElement("fieldset");
    const legend = document.createElement("legend");
    legend.textContent = FILTER_LABELS[name] ?? name;
    fieldset.append(legend);
    for (const value of Object.keys(values).sort((a, b) => a.localeCompare(b))) {
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.name = name;
      box.value = value;
      box.addEventListener("change", () => void run());
      const count = document.createElement("span");
      count.className = "search-filters__count";
      countOf.set(`${name}\n${value}`, count);
      label.append(box, ` ${value} `, count);
      fieldset.append(label);
    }
    filterGroups.append(fieldset);
  }
  filterBox.open = matchMedia(WIDE).matches;
  filterBox.hidden = false;
}

/**
 * What ticking each value would show. Pagefind counts the current results; in a filter with a value already
 * ticked, another value widens them instead, so that filter's counts come from a search without its own ticks.
 */
async function countsBeside(
  pagefind: Pagefind,
  query: string,
  chosen: ChosenFilters,
  counts: FilterCounts,
): Promise<FilterCounts> {
  const beside = { ...counts };
  for (const name of Object.keys(chosen)) {
    const others = Object.fromEntries(Object.entries(chosen).filter(([other]) => other !== name));
    beside[name] = (await pagefind.search(query, { filters: others })).filters[name] ?? {};
  }
  return beside;
}

/** Each value's count: how many results ticking it would show. */
function showCounts(counts: FilterCounts): void {
  for (const [key, element] of countOf) {
    const [name = "", value = ""] = key.split("\n");
    element.textContent = `(${counts[name]?.[value] ?? 0})`;
  }
  const ticked = filterGroups?.querySelectorAll("input:checked").length ?? 0;
  if (chosenNote)
    chosenNote.textContent = ticked > 0 ? ` ${fill(words.chosen ?? "({count} chosen)", { count: ticked })}` : "";
}

function render(results: PagefindResult[]): void {
  if (!list) return;
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement("li");
      item.className = "search-result";
      const type = document.createElement("p");
      type.className = "search-result__type";
      type.textContent = result.meta.type ?? words.page ?? "Page";
      const heading = document.createElement("h2");
      const link = document.createElement("a");
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      heading.append(link);
      const excerpt = document.createElement("p");
      excerpt.innerHTML = result.excerpt; // Pagefind escapes the page text and adds only <mark> around matches
      item.append(type, heading, excerpt);
      if (result.meta.date) {
        const date = document.createElement("p");
        date.className = "search-result__date";
        date.textContent = result.meta.date;
        item.append(date);
      }
      return item;
    }),
  );
}

async function run(): Promise<void> {
  const query = input?.value.trim() ?? "";
  const ticket = ++latest;
  const url = new URL(location.href);
  if (query) url.searchParams.set("q", query);
  else url.searchParams.delete("q");
  history.replaceState(null, "", url);
  if (!query) {
    render([]);
    if (status) status.textContent = "";
    return;
  }
  if (status) status.textContent = words.searching ?? "Searching…";
  const pagefind = await load();
  await showFilters(pagefind);
  const chosen = chosenFilters();
  const search = await pagefind.search(query, { filters: chosen });
  const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
  const counts = await countsBeside(pagefind, query, chosen, search.filters);
  if (ticket !== latest) return; // a newer search has started; let it speak
  render(results);
  showCounts(counts);
  if (status)
    status.textContent =
      results.length === 0
        ? fill(words.noResults, { query })
        : fill(search.results.length === 1 ? words.one : words.other, { count: search.results.length, query });
}

everyLanguage?.addEventListener("change", () => {
  // The filters' values differ between the two searches: they are made again for the one now in use.
  filterGroups?.replaceChildren();
  countOf.clear();
  void run();
});
if (everyLanguage && otherLanguages.length) everyLanguage.closest<HTMLElement>("[hidden]")?.removeAttribute("hidden");

form?.addEventListener("submit", (event) => {
  event.preventDefault();
  void run();
});
let typing: ReturnType<typeof setTimeout> | undefined;
input?.addEventListener("input", () => {
  clearTimeout(typing);
  typing = setTimeout(() => void run(), 250);
});
const needsScript = document.querySelector<HTMLElement>("#search-needs-script");
if (needsScript) needsScript.hidden = true;

// The address carries the query (from the header's box, a bookmark, or a shared link): search for it.
if (input) input.value = new URL(location.href).searchParams.get("q") ?? input.value;
if (input?.value.trim()) void run();
