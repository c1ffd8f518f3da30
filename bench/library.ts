// The library as users run it: the built package (dist/, made by `npm run bench` first), typed by its source.
import type * as Library from "../src/index.js";

const built = "../dist/index.js";
export const fazhi = (await import(built)) as typeof Library;
