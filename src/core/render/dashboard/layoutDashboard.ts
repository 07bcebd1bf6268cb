import type { Dashboard } from '../../dashboard/model';
import type { SheetPlan } from '../sheetPlan';
import { acquisitionSheet } from './acquisitionSheet';
import { layoutContext } from './context';
import { dashboardSheet } from './dashboardSheet';
import { pipelineSheet } from './pipelineSheet';
import { retentionSheet } from './retentionSheet';
import { salesSheet } from './salesSheet';

/** The generated sheets, in tab order: the Dashboard, then Acquisition, Pipeline & activity, Sales, Retention & satisfaction. */
export function layoutDashboard(model: Dashboard): SheetPlan[] {
  const x = layoutContext(model);
  return [dashboardSheet(x), acquisitionSheet(x), pipelineSheet(x), salesSheet(x), retentionSheet(x)];
}
