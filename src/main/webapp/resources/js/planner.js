/*
 * Options of the visit planner's calendar (FullCalendar, through PrimeFaces' schedule "extender").
 * FullCalendar names each day cell by its day-number link, whose label is the full date while the cell shows only
 * the number; screen readers then announce a name that does not match what is seen (axe-core:
 * label-content-name-mismatch). The link inside keeps the full date, so the cell's own reference can go.
 */
function plannerExtender() {
    this.cfg.options.dayCellDidMount = function (arg) {
        arg.el.removeAttribute('aria-labelledby');
    };
}
