import type { ContentStep } from "../content/steps.ts";
import { reservedAddresses } from "./reservedAddresses.ts";

/** The site's part of loading: the addresses its own pages, feeds and files take, which no post may. */
export const siteStep: ContentStep = { name: "site", reservedAddresses };
