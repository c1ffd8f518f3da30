// The library as users run it: the built package (dist/, made by `npm run bench` first), typed by its source.
// The root and the stage entries the benchmarks use, as one object.
import type * as Aggregate from "../src/aggregate/index.js";
import type * as Catalog from "../src/catalog/index.js";
import type * as Root from "../src/index.js";
import type * as Model from "../src/model/index.js";
import type * as NodeLibrary from "../src/node/index.js";
import type * as Parse from "../src/parse/index.js";
import type * as Validate from "../src/validate/index.js";

const built = (entry: string): Promise<unknown> => import(`../dist/${entry}.js`);
export const fazhi = {
  ...((await built("model/index")) as typeof Model),
  ...((await built("catalog/index")) as typeof Catalog),
  ...((await built("parse/index")) as typeof Parse),
  ...((await built("validate/index")) as typeof Validate),
  ...((await built("aggregate/index")) as typeof Aggregate),
  ...((await built("index")) as typeof Root),
};
/** `fazhi/node`: the Node.js-only entry (parseReports). */
export const fazhiNode = (await built("node/index")) as typeof NodeLibrary;
