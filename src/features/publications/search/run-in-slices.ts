/** Gives the page a turn: a new task, so input and rendering can run before the next slice. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs a sliced computation (a generator that yields between slices) without holding the thread
 * longer than about `budgetMs` at a time: after each slice, once the budget is spent, it waits for
 * `pause` before going on.
 */
export async function runInSlices<T>(
  steps: Generator<void, T, void>,
  budgetMs = 8,
  pause: () => Promise<void> = nextTask,
  now: () => number = () => performance.now(),
): Promise<T> {
  let started = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() - started >= budgetMs) {
      await pause();
      started = now();
    }
  }
}
