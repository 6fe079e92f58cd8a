// Tips are published at /tips/<file name>/, beside the library's category pages.
export default {
  layout: "layouts/tip.njk",
  permalink: (data) => `/tips/${data.page.fileSlug}/`,
};
