// Benchmarks: each compares against a baseline measured in the same run and prints the ratio.
import { benchAggregate } from "./aggregate.js";
import { benchDisclosure } from "./disclosure.js";
import { benchHostile } from "./hostile.js";
import { benchLoad } from "./load.js";
import { benchParse } from "./parse.js";

benchLoad();
await benchParse();
benchDisclosure();
benchAggregate();
benchHostile();
