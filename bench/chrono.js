// chrono.js FILE.jsonl — tags every {"id","dct","text"} line of FILE with
// chrono-node, referenced to its dct, and writes one JSON line per document
// with the expressions found, as `timeline tag --format jsonl` does: the
// same input, read, tagged and written, for a whole-process comparison.
// Needs chrono-node on NODE_PATH (see compare-chrono.sh).
const fs = require("fs");
const readline = require("readline");
const chrono = require("chrono-node");

async function main() {
  const lines = readline.createInterface({ input: fs.createReadStream(process.argv[2]), crlfDelay: Infinity });
  const out = [];
  for await (const line of lines) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line);
    const ref = doc.dct ? new Date(doc.dct + "T00:00:00Z") : new Date(0);
    const found = chrono.parse(doc.text, ref).map((r) => ({
      start: r.index,
      end: r.index + r.text.length,
      text: r.text,
      value: r.start.date().toISOString(),
    }));
    out.push(JSON.stringify({ id: doc.id, timexes: found }));
    if (out.length >= 256) {
      process.stdout.write(out.join("\n") + "\n");
      out.length = 0;
    }
  }
  if (out.length) process.stdout.write(out.join("\n") + "\n");
}

main();
