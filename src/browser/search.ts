export {}; // a module: its names stay its own, and it loads as <script type="module">

/**
 * The search page. Pagefind's code and index load only once the reader searches, and only from this site.
 * The form works without this script too: it reloads /search/?q=… and the page lists topics to browse.
 */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, string[]> },
  ): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const PAGEFIND_URL = "/pagefind/pagefind.js";
const FILTER_LABELS: Record<string, string> = { type: "Type", topic: "Topic", category: "Tip category" };

const form = document.querySelector<HTMLFormElement>("#search-form");
const input = document.querySelector<HTMLInputElement>("#search-query");
const status = document.querySelector<HTMLElement>("#search-status");
const list = document.querySelector<HTMLOListElement>("#search-results");
const filterBox = document.querySelector<HTMLElement>("#search-filters");
let engine: Promise<Pagefind> | undefined;
let latest = 0;

function load(): Promise<Pagefind> {
  engine ??= (import(PAGEFIND_URL) as Promise<Pagefind>).then(async (pagefind) => {
    await pagefind.options({ excerptLength: 24 });
    return pagefind;
  });
  return engine;
}

function chosenFilters(): Record<string, string[]> {
  const chosen: Record<string, string[]> = {};
  for (const box of filterBox?.querySelectorAll<HTMLInputElement>("input:checked") ?? []) {
    (chosen[box.name] ??= []).push(box.value);
  }
  return chosen;
}

async function showFilters(pagefind: Pagefind): Promise<void> {
  if (!filterBox || filterBox.childElementCount > 0) return;
  const filters = await pagefind.filters();
  for (const name of Object.keys(FILTER_LABELS)) {
    const values = filters[name];
    if (!values) continue;
    const fieldset = document.createElement("fieldset");
    const legend = document.createElement("legend");
    legend.textContent = FILTER_LABELS[name] ?? name;
    fieldset.append(legend);
    for (const [value, count] of Object.entries(values).sort(([a], [b]) => a.localeCompare(b))) {
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.name = name;
      box.value = value;
      box.addEventListener("change", () => void run());
      label.append(box, ` ${value} (${count})`);
      fieldset.append(label);
    }
    filterBox.append(fieldset);
  }
  filterBox.hidden = false;
}

function render(results: PagefindResult[]): void {
  if (!list) return;
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement("li");
      item.className = "search-result";
      const type = document.createElement("p");
      type.className = "search-result__type";
      type.textContent = result.meta.type ?? "Page";
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
  if (status) status.textContent = "Searching…";
  const pagefind = await load();
  await showFilters(pagefind);
  const search = await pagefind.search(query, { filters: chosenFilters() });
  const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
  if (ticket !== latest) return; // a newer search has started; let it speak
  render(results);
  if (status)
    status.textContent =
      results.length === 0
        ? `No results for “${query}”.`
        : `${search.results.length} ${search.results.length === 1 ? "result" : "results"} for “${query}”.`;
}

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
