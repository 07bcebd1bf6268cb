/**
 * Stands in for src/core/dashboard/dashboardSheets.ts in the modules bundle (moduleBundle.ts), so
 * a test decides what the core returns or throws: it sets `__dashboard` on the add-on's context.
 */
import type { DashboardInput, DashboardOutput } from '../../../src/core/dashboard/dashboardSheets';

export type { DashboardInput, DashboardOutput };

export function buildDashboardSheets(input: DashboardInput): DashboardOutput {
  const core = (globalThis as unknown as { __dashboard?: (input: DashboardInput) => DashboardOutput }).__dashboard;
  if (!core) throw new Error('moduleBundle: set context.__dashboard first');
  return core(input);
}
