// The library as users run it: the built package (dist/, made by `npm run bench` first), typed by its source.
import type * as Library from "../src/index.js";
import type * as NodeLibrary from "../src/node/index.js";

const built = "../dist/index.js";
export const fazhi = (await import(built)) as typeof Library;
const builtNode = "../dist/node/index.js";
/** `fazhi/node`: the Node.js-only entry (parseReports). */
export const fazhiNode = (await import(builtNode)) as typeof NodeLibrary;
