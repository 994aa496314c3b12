/** What React committed while a page loaded, counted in the browser (bench:main-thread and the report form's e2e test). */
export interface ReactCommit {
  /** Fibers in the tree after this commit. */
  fibers: number;
  /** Fibers whose props changed in this commit: rendered again, not just kept. */
  renderedAgain: number;
}

/**
 * Installed before the page's scripts: React reports every commit to this hook. A string, not a
 * function: tsx would wrap a function's inner functions in a `__name` helper the page lacks.
 */
export const REACT_COMMIT_HOOK = `
window.__commits = [];
window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true, renderers: new Map(), inject() { return 1; }, checkDCE() {},
  onScheduleFiberRoot() {}, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {},
  onCommitFiberRoot(id, root) {
    let fibers = 0, renderedAgain = 0;
    const walk = (first) => {
      for (let fiber = first; fiber; fiber = fiber.sibling) {
        fibers++;
        if (fiber.alternate && fiber.alternate.memoizedProps !== fiber.memoizedProps) renderedAgain++;
        walk(fiber.child);
      }
    };
    walk(root.current);
    window.__commits.push({ fibers, renderedAgain });
  },
};`;

/** The commits so far, in the page where REACT_COMMIT_HOOK was installed (page.evaluate). */
export const readCommits = () => (window as unknown as { __commits: ReactCommit[] }).__commits;
