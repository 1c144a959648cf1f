// The answer check: before any timing, every server answers the same inputs and must agree with the hand-written
// Cypher (the reference) once both are in canonical form. The first disagreement stops the run with a diff.
import { firstDifference } from "./canonical.mjs";
import { ask, dialectOf } from "./requests.mjs";

const excerpt = (value) => JSON.stringify(value, null, 1).replace(/\n\s*/g, " ").slice(0, 1200);

export async function checkAnswers({ shapes, servers, inputsOf, count, oursOverride, log }) {
  const reference = servers.find((s) => s.kind === "cypher");
  for (const shape of shapes) {
    const inputs = inputsOf(shape).slice(0, count);
    let nonEmpty = 0;
    for (const input of inputs) {
      const expected = dialectOf(shape, reference, oursOverride).answer(await ask(reference, dialectOf(shape, reference, oursOverride), input));
      if (expected && JSON.stringify(expected) !== "[]" && !(Array.isArray(expected.nodeIds) && expected.nodeIds.length === 0)) nonEmpty++;
      for (const server of servers.filter((s) => s !== reference)) {
        const dialect = dialectOf(shape, server, oursOverride);
        const actual = dialect.answer(await ask(server, dialect, input));
        const difference = firstDifference(expected, actual);
        if (difference) {
          const message = [
            `ANSWER MISMATCH in ${shape.name} for input ${JSON.stringify(input)}: ${server.name} differs from ${reference.name}`,
            `  at ${difference.path}: ${reference.name} has ${excerpt(difference.left)}`,
            `  ${" ".repeat(difference.path.length + 3)} ${server.name} has ${excerpt(difference.right)}`,
            `  ${reference.name}: ${excerpt(expected)}`,
            `  ${server.name}: ${excerpt(actual)}`,
          ].join("\n");
          throw new Error(message);
        }
      }
    }
    log(`answers agree: ${shape.name} (${inputs.length} inputs, ${nonEmpty} with a non-empty answer, ${servers.length} servers)`);
  }
}
