import type { ReactNode } from 'react';

interface FactProps {
  label: string;
  children: ReactNode;
  testId?: string;
  /** The raw number behind the formatted text, for tests that compare it with the plan exactly. */
  value?: number | null;
}

/**
 * One term and its value in a definition list. The `<dd>` right after its
 * `<dt>` is the association assistive technology reads, and what tests use
 * to find a value by its label (`dt:text-is("Orders") + dd`).
 */
export function Fact({ label, children, testId, value }: FactProps) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId} data-value={value ?? undefined}>
        {children}
      </dd>
    </>
  );
}
