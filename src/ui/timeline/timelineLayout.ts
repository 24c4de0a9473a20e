/** Sizes the timeline's parts share; the CSS reads the label width from `--timeline-label-width`. */

/** The sticky column of row names, left of the track. */
export const LABEL_WIDTH = 164;
/** The sticky clock axis above the rows. */
export const AXIS_HEIGHT = 20;
/** A shopper's row: blocks above, the load bar below. */
export const SHOPPER_ROW_HEIGHT = 30;
/** The room a shopper's track has: the row less its bottom border. */
export const SHOPPER_TRACK_HEIGHT = SHOPPER_ROW_HEIGHT - 1;
export const ORDER_ROW_HEIGHT = 22;
