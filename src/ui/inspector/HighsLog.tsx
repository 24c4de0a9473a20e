/**
 * HiGHS' log of the last MIP, as HiGHS wrote it (its tables need a
 * monospace font), in a scrollable region that takes keyboard focus so that
 * it can be scrolled without a mouse.
 */
export function HighsLog({ lines }: { lines: readonly string[] | null }) {
  return (
    <div className="highs-log">
      <h3>HiGHS log of the last MIP</h3>
      {lines ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to be scrolled from the keyboard (WCAG 2.1.1)
        <section className="highs-log-lines" tabIndex={0} aria-label="HiGHS log" data-testid="highs-log">
          <pre>{lines.join('\n')}</pre>
        </section>
      ) : (
        <p className="empty">No MIP has finished in this solve yet.</p>
      )}
    </div>
  );
}
