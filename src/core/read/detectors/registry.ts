import { activityDetector } from "./activities";
import { longFiguresDetector } from "./figures/long";
import { flattenedFiguresDetector } from "./figures/flattened";
import { periodsAsRowsDetector } from "./figures/periodsAsRows";
import { twoRowHeaderDetector } from "./figures/twoRowHeader";
import { wideFiguresDetector } from "./figures/wide";
import { surveyDetector } from "./survey";
import type { TableDetector } from "./types";

/**
 * The registered detectors. A row is read as the header of the detector that scores it highest (on a
 * tie the earlier one here wins); when that detector finds no table under it, the next one tries. Add a
 * detector by writing its file (detectors/figures/<layout>.ts for a figures layout) and appending it here.
 */
export const tableDetectors: readonly TableDetector[] = [
  activityDetector,
  // NOTE: before the figures detectors: a survey header scores 1 and wins the tie with a wide table's.
  surveyDetector,
  longFiguresDetector,
  wideFiguresDetector,
  periodsAsRowsDetector,
  flattenedFiguresDetector,
  twoRowHeaderDetector,
];
