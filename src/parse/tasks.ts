import type { ParsedTask } from "../model/parsedTask.js";
import type { UnitRole } from "../model/responsibleUnit.js";
import type { OutlineNode } from "./outline.js";

/**
 * Labels of the notes that name a task's units, with the role they give.
 *
 * @example
 * ```ts
 * unitNoteLabels["牵头单位"]; //=> "lead"
 * ```
 */
export const unitNoteLabels: Readonly<Record<string, UnitRole>> = {
  责任单位: "responsible",
  责任部门: "responsible",
  责任处室: "responsible",
  责任科室: "responsible",
  主责单位: "responsible",
  牵头单位: "lead",
  牵头部门: "lead",
  配合单位: "cooperating",
  配合部门: "cooperating",
  参与单位: "cooperating",
  参与部门: "cooperating",
  协办单位: "cooperating",
};

const labels = /* @__PURE__ */ (() => Object.keys(unitNoteLabels).join("|"))();
const notePattern = /* @__PURE__ */ (() => new RegExp(`[((]\\s*((?:${labels})\\s*[::][^()()]{0,300})[))]`, "g"))();
const partPattern = /* @__PURE__ */ (() => new RegExp(`(${labels})\\s*[::]([^;;]*)`, "g"))();

/**
 * A unit named in a task's note, with its role.
 *
 * @example
 * ```ts
 * const unit: NamedUnit = { name: "行政执法队", role: "responsible" };
 * ```
 */
export interface NamedUnit {
  /** The unit as written. */
  readonly name: string;
  /** Its role by the note's label. */
  readonly role: UnitRole;
}

/**
 * The units named in the responsibility notes of a text (`(责任单位:局机关党委、
 * 政策法规科,局直各单位)`, `(牵头单位:X;配合单位:Y、Z)`), in order, split on
 * 、 , , ; ;, each with the role its label gives.
 *
 * @example
 * ```ts
 * readResponsibleUnits("……(责任单位:局机关党委、政策法规科,局直各单位)").map((u) => u.name);
 * //=> ["局机关党委", "政策法规科", "局直各单位"]
 * ```
 */
export function readResponsibleUnits(text: string): NamedUnit[] {
  const units: NamedUnit[] = [];
  for (const note of text.matchAll(notePattern)) {
    for (const part of (note[1] ?? "").matchAll(partPattern)) {
      const role = unitNoteLabels[part[1] ?? ""] ?? "responsible";
      for (const name of (part[2] ?? "").split(/[、,,]/)) {
        const trimmed = name.trim().replace(/[。.]$/, "");
        if (trimmed !== "") units.push({ name: trimmed, role });
      }
    }
  }
  return units;
}

function flatten(nodes: readonly OutlineNode[], section: string, out: [OutlineNode, string][]): void {
  for (const node of nodes) {
    const here = node.level === 1 ? node.line : section;
    out.push([node, here]);
    flatten(node.children, here, out);
  }
}

/**
 * The numbered task items of a work plan, read from its outline: the items at
 * the level that carries responsibility notes (`1.` items as a rule, `(一)`
 * items when only those carry notes), each with its label, the top-level
 * heading it stands under, its lead sentence as title, its body and span, and
 * the units of its notes.
 *
 * @example
 * ```ts
 * const text = "一、加强统筹\n1.深入学习贯彻习近平法治思想。……(责任单位:局机关党委,局直各单位)\n";
 * readTasks(text, parseOutline(text)).map((t) => [t.number, t.title, t.responsibleUnits]);
 * //=> [["1", "深入学习贯彻习近平法治思想", ["局机关党委", "局直各单位"]]]
 * ```
 */
export function readTasks(text: string, outline: readonly OutlineNode[]): ParsedTask[] {
  const all: [OutlineNode, string][] = [];
  flatten(outline, "", all);
  const withNotes = (level: number) =>
    all.filter(([node]) => node.level === level && readResponsibleUnits(text.slice(node.span.start, node.span.end)).length > 0);
  const level = [3, 2, 4].find((l) => withNotes(l).length > 0);
  if (level === undefined) return [];
  return all
    .filter(([node]) => node.level === level)
    .map(([node, section]) => {
      const body = text.slice(node.span.start, node.span.end).trim();
      return {
        number: node.label,
        section,
        title: node.heading,
        responsibleUnits: readResponsibleUnits(body).map((unit) => unit.name),
        body,
        span: node.span,
      };
    });
}
