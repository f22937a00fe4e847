import { activityDetector } from "./activities";
import { longFiguresDetector, transposedFiguresDetector, wideFiguresDetector } from "./figures";
import type { TableDetector } from "./types";

/**
 * The registered detectors. A row is read as the header of the detector that scores it highest (on a
 * tie the earlier one here wins); when that detector finds no table under it, the next one tries. Add a detector by appending it.
 */
export const tableDetectors: readonly TableDetector[] = [
  activityDetector,
  longFiguresDetector,
  wideFiguresDetector,
  transposedFiguresDetector,
];
