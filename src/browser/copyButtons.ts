export {}; // a module: its names stay its own, and it loads as <script type="module">

/**
 * The share page's copy buttons. Without JavaScript the texts are still there to select and copy by hand,
 * so the buttons stay hidden until this script can make them work.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
  const source = document.getElementById(button.dataset.copy ?? "");
  if (!source || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener("click", async () => {
    await navigator.clipboard.writeText(source instanceof HTMLInputElement ? source.value : (source.textContent ?? ""));
    const label = button.textContent;
    // In the page's language (the layout writes the word from its language file).
    button.textContent = button.dataset.copied ?? "Copied";
    setTimeout(() => (button.textContent = label), 2000);
  });
}
