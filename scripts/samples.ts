/**
 * Takes the sample clinic out, so a clinic starts from its own content (do this first: the samples mention
 * the sample clinic's phone and staff, which the checks flag once your own are set).
 *
 *   npm run samples -- remove --author "Maria Lopez" [--role "Nurse educator"]
 */
import { buildNow } from "../src/content/buildContext.ts";
import { removeSamples } from "../src/editorial/samples.ts";

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1]?.trim() : undefined;
};
const author = option("--author");
if (args[0] !== "remove" || !author) {
  console.error(
    'Say who writes the first post: npm run samples -- remove --author "Your Name" (optionally --role "Your job")',
  );
  process.exit(2);
}

const result = removeSamples(process.cwd(), { name: author, role: option("--role") ?? "Staff writer" }, buildNow());

console.log(
  result.removed.length > 0
    ? `Removed ${result.removed.length} sample files (posts, tips, episodes, their media, staff and photos).`
    : "No sample files were left to remove.",
);
if (result.kept.length > 0)
  console.log(
    `Kept, because they were changed from the samples (delete them yourself if you wish):\n  ${result.kept.join("\n  ")}`,
  );
if (result.written.length > 0) console.log(`Wrote:\n  ${result.written.join("\n  ")}`);
console.log(`
Next:
  - _data/authors/${result.authorId}.json: check the role and bio, and add your other writers.
  - _data/podcast.json and posts/media/podcast/cover.jpg are still the sample show's: change them before you
    list the podcast anywhere.
  - Then follow "Make it yours" in the README in any order, and run npm start to see the site.`);
