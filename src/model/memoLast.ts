/**
 * One-entry memoisation on the identity of a function's inputs: `inputs(arg)`
 * lists what the result depends on, and while each is the same value (===, so
 * the same object) as on the last call, the last result is returned without
 * calling `compute`. For zustand selectors that derive an object from state:
 * the same inputs give the same object, so subscribers do not re-render.
 */
export function memoLast<A, R>(inputs: (arg: A) => readonly unknown[], compute: (arg: A) => R): (arg: A) => R {
  let lastInputs: readonly unknown[] | null = null;
  let lastResult: R;
  return (arg: A) => {
    const next = inputs(arg);
    if (lastInputs === null || next.length !== lastInputs.length || next.some((v, i) => v !== lastInputs![i])) {
      lastResult = compute(arg);
      lastInputs = next;
    }
    return lastResult;
  };
}
