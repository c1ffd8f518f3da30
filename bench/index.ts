// Benchmarks: each compares against a baseline measured in the same run and prints the ratio.
// Run some only by naming them: `npm run bench -- columnar` or `BENCH=aggregate,columnar npm run bench`.
import { benchAggregate } from "./aggregate.js";
import { benchColumnar } from "./columnar.js";
import { benchDisclosure } from "./disclosure.js";
import { benchHostile } from "./hostile.js";
import { benchLoad } from "./load.js";
import { benchParse } from "./parse.js";

const named = (process.env["BENCH"] ?? process.argv.slice(2).join(",")).split(",").filter((name) => name !== "");
const run = (name: string) => named.length === 0 || named.includes(name);

if (run("load")) benchLoad();
if (run("parse")) await benchParse();
if (run("disclosure")) benchDisclosure();
if (run("aggregate")) benchAggregate();
if (run("columnar")) await benchColumnar();
if (run("hostile")) benchHostile();
