/*
 * Options of the visit planner's calendar (FullCalendar, through PrimeFaces' schedule "extender").
 */
var PLANNER_LOCALES = {
    // Day-first dates for English readers in Iraq, Iraqi month names for Arabic, and Western digits
    // everywhere: the pages the server writes use Western digits, so one page never mixes two styles.
    en: 'en-GB',
    ar: 'ar-IQ-u-nu-latn',
    ckb: 'ckb-IQ-u-nu-latn'
};

function plannerExtender() {
    var options = this.cfg.options;
    var language = (this.cfg.locale || options.locale || document.documentElement.lang || 'en').toLowerCase();
    options.locale = PLANNER_LOCALES[language] || language;
    options.direction = document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
    // Blocks, not dots, so that the status colour fills the event in every view.
    options.eventDisplay = 'block';
    // A week's column says the month by name: "12/5" is 12 May to a reader in Iraq.
    options.views = options.views || {};
    options.views.timeGridWeek = Object.assign({}, options.views.timeGridWeek, {
        dayHeaderFormat: {weekday: 'short', day: 'numeric', month: 'short'}
    });
    options.eventTimeFormat = {hour: '2-digit', minute: '2-digit', hour12: false};
    options.slotLabelFormat = {hour: '2-digit', minute: '2-digit', hour12: false};
    /*
     * FullCalendar names each day cell by its day-number link, whose label is the full date while the cell shows only
     * the number; screen readers then announce a name that does not match what is seen (axe-core:
     * label-content-name-mismatch). The link inside keeps the full date, so the cell's own reference can go.
     */
    options.dayCellDidMount = function (arg) {
        arg.el.removeAttribute('aria-labelledby');
    };
}
