"use strict";
exports.id = 374;
exports.ids = [374];
exports.modules = {

/***/ 7374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _packages_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2399);
/* harmony import */ var _packages_action_kit_core_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5453);
/* harmony import */ var _packages_action_kit_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2841);
/* harmony import */ var _packages_action_kit_skip_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(629);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1085);
/** monitor: inputs -> packages/monitor (watch, then breach handling) -> outputs and summary. */





async function run() {
    await (0,_packages_action_kit_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runAction */ .Cs)('monitor', async () => {
        if (!(0,_packages_action_kit_core_js__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.urls) && !(0,_packages_action_kit_core_js__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.prometheusUrl) && !(0,_packages_action_kit_core_js__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.query)) {
            return (0,_packages_action_kit_skip_js__WEBPACK_IMPORTED_MODULE_3__/* .reportSkipped */ .v)('monitor', "nothing to watch (inputs 'urls', 'prometheus-url' and 'query' are empty)", "Set 'urls' (one per line; the reusable workflow's 'monitor-urls' or 'production-health-url'), or 'prometheus-url' with 'query', to turn this stage on.");
        }
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readInputs */ .Ko)();
        const context = (0,_packages_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunContext */ .$)();
        // The work (probes, queries, verdict, rollback) loads only now that the inputs are good.
        const { monitorStep } = await Promise.all(/* import() */[__webpack_require__.e(18), __webpack_require__.e(692), __webpack_require__.e(339), __webpack_require__.e(848), __webpack_require__.e(742), __webpack_require__.e(150)]).then(__webpack_require__.bind(__webpack_require__, 9150));
        await monitorStep(inputs, context);
    });
}


/***/ }),

/***/ 1085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   k7: () => (/* binding */ Output),
/* harmony export */   pd: () => (/* binding */ Input)
/* harmony export */ });
/* harmony import */ var _packages_action_kit_common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5167);
/* harmony import */ var _packages_base_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9492);
/* harmony import */ var _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4431);
/* harmony import */ var _packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1811);
/* harmony import */ var _packages_action_kit_url_input_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2052);
/* harmony import */ var _packages_monitor_stats_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4328);






const Input = {
    urls: 'urls',
    duration: 'duration',
    interval: 'interval',
    probeTimeout: 'probe-timeout',
    maxErrorRate: 'max-error-rate',
    maxLatencyMs: 'max-latency-ms',
    prometheusUrl: 'prometheus-url',
    query: 'query',
    maxValue: 'max-value',
    failFast: 'fail-fast',
    environment: 'environment',
    rollback: 'rollback',
    recordRollback: 'record-rollback',
    tagPrefix: 'tag-prefix',
    developBranch: 'develop-branch',
    changelogPath: 'changelog-path'
};
const Output = {
    result: 'result',
    errorRate: 'error-rate',
    p95LatencyMs: 'p95-latency-ms',
    queryValue: 'query-value',
    rounds: 'rounds'
};
function duration(name, fallback, minMs) {
    return (0,_packages_base_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)((0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(name) ?? fallback, name, minMs);
}
function readInputs() {
    const urls = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getListInput */ .DF)(Input.urls, /\r?\n/).map((u) => (0,_packages_action_kit_url_input_js__WEBPACK_IMPORTED_MODULE_4__/* .checkUrl */ .CU)(u, Input.urls, 'https://app.example.com/health'));
    const intervalMs = duration(Input.interval, '30s', _packages_base_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .MIN_POLL_INTERVAL_MS */ .WW);
    if (intervalMs <= 0) {
        throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'interval' must be longer than 0 (e.g. 30s).`, {
            input: Input.interval
        });
    }
    const rateText = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(Input.maxErrorRate) ?? '1%';
    const maxErrorRate = (0,_packages_monitor_stats_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRate */ .WN)(rateText);
    if (maxErrorRate === undefined) {
        throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'max-error-rate' is '${rateText}'; use a fraction from 0 to 1 (0.01) or a percentage (1%).`, { input: Input.maxErrorRate });
    }
    const prometheusUrl = (0,_packages_action_kit_url_input_js__WEBPACK_IMPORTED_MODULE_4__/* .getUrlInput */ .yU)(Input.prometheusUrl, 'http://prometheus:9090');
    const query = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(Input.query);
    if ((prometheusUrl === undefined) !== (query === undefined)) {
        throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("Inputs 'prometheus-url' and 'query' go together: give both, or neither.", { input: prometheusUrl ? Input.query : Input.prometheusUrl });
    }
    const maxLatency = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(Input.maxLatencyMs);
    return {
        ...(0,_packages_action_kit_common_js__WEBPACK_IMPORTED_MODULE_0__/* .readCommonInputs */ .di)(),
        urls,
        durationMs: duration(Input.duration, '600s'),
        intervalMs,
        probeTimeoutMs: duration(Input.probeTimeout, '10s'),
        maxErrorRate,
        maxLatencyMs: maxLatency === undefined ? undefined : (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getIntegerInput */ .$F)(Input.maxLatencyMs, 0, { min: 1 }),
        prometheus: prometheusUrl && query ? { url: prometheusUrl, query, maxValue: maxValue() } : undefined,
        failFast: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getBooleanInput */ .Vt)(Input.failFast, false),
        environment: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(Input.environment),
        rollback: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(Input.rollback),
        recordRollback: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getBooleanInput */ .Vt)(Input.recordRollback, true),
        tagPrefix: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(Input.tagPrefix) ?? 'v',
        developBranch: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(Input.developBranch) ?? 'develop',
        changelogPath: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(Input.changelogPath) ?? 'CHANGELOG.md'
    };
}
function maxValue() {
    const text = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(Input.maxValue);
    if (text === undefined)
        return undefined;
    const value = Number(text);
    if (!Number.isFinite(value)) {
        throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'max-value' must be a number, not '${text}'.`, {
            input: Input.maxValue
        });
    }
    return value;
}


/***/ }),

/***/ 4328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ formatRate),
/* harmony export */   WN: () => (/* binding */ parseRate),
/* harmony export */   Ym: () => (/* binding */ percentile),
/* harmony export */   zi: () => (/* binding */ errorRate)
/* harmony export */ });
/** Window statistics of the monitor: nearest-rank percentiles and error rates. */
/** The p-th percentile (0-100) by nearest rank; undefined for no values. */
function percentile(values, p) {
    if (values.length === 0)
        return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.ceil((p / 100) * sorted.length);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
/** Failed over total, 0 when there was nothing to count. */
function errorRate(failed, total) {
    return total === 0 ? 0 : failed / total;
}
/** A rate as people write it: `0.05`, `5%`, `0`; a fraction from 0 to 1, undefined if not one. */
function parseRate(value) {
    const text = value.trim();
    const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
    const rate = percent
        ? Number(percent[1]) / 100
        : /^\d+(?:\.\d+)?$/.test(text)
            ? Number(text)
            : NaN;
    return Number.isFinite(rate) && rate >= 0 && rate <= 1 ? rate : undefined;
}
/** `2.5%` from 0.025. */
function formatRate(rate) {
    return `${Number((rate * 100).toFixed(2))}%`;
}


/***/ })

};
;
//# sourceMappingURL=374.index.js.map