// Benchmarks: each compares against a baseline measured in the same run and prints the ratio.
import { benchAggregate } from "./aggregate.js";
import { benchHostile } from "./hostile.js";
import { benchParse } from "./parse.js";

benchParse();
benchAggregate();
benchHostile();
