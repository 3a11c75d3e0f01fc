"use strict";
exports.id = 7374;
exports.ids = [7374];
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
        const { monitorStep } = await Promise.all(/* import() */[__webpack_require__.e(4018), __webpack_require__.e(8269), __webpack_require__.e(5334), __webpack_require__.e(7080), __webpack_require__.e(9848), __webpack_require__.e(9497), __webpack_require__.e(9150)]).then(__webpack_require__.bind(__webpack_require__, 9150));
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
/* harmony import */ var _packages_release_commit_via_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2410);
/* harmony import */ var _packages_action_kit_common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5167);
/* harmony import */ var _packages_base_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9492);
/* harmony import */ var _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4431);
/* harmony import */ var _packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1811);
/* harmony import */ var _packages_action_kit_url_input_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2052);
/* harmony import */ var _packages_monitor_stats_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4328);







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
    return (0,_packages_base_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)((0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(name) ?? fallback, name, minMs);
}
function readInputs() {
    const urls = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getListInput */ .DF)(Input.urls, /\r?\n/).map((u) => (0,_packages_action_kit_url_input_js__WEBPACK_IMPORTED_MODULE_5__/* .checkUrl */ .CU)(u, Input.urls, 'https://app.example.com/health'));
    const intervalMs = duration(Input.interval, '30s', _packages_base_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .MIN_POLL_INTERVAL_MS */ .WW);
    if (intervalMs <= 0) {
        throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input 'interval' must be longer than 0 (e.g. 30s).`, {
            input: Input.interval
        });
    }
    const rateText = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(Input.maxErrorRate) ?? '1%';
    const maxErrorRate = (0,_packages_monitor_stats_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRate */ .WN)(rateText);
    if (maxErrorRate === undefined) {
        throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input 'max-error-rate' is '${rateText}'; use a fraction from 0 to 1 (0.01) or a percentage (1%).`, { input: Input.maxErrorRate });
    }
    const prometheusUrl = (0,_packages_action_kit_url_input_js__WEBPACK_IMPORTED_MODULE_5__/* .getUrlInput */ .yU)(Input.prometheusUrl, 'http://prometheus:9090');
    const query = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(Input.query);
    if ((prometheusUrl === undefined) !== (query === undefined)) {
        throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1("Inputs 'prometheus-url' and 'query' go together: give both, or neither.", { input: prometheusUrl ? Input.query : Input.prometheusUrl });
    }
    const maxLatency = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(Input.maxLatencyMs);
    // Checked even without a query, so a wrong value is never silently ignored.
    const queryMax = maxValue();
    return {
        ...(0,_packages_action_kit_common_js__WEBPACK_IMPORTED_MODULE_1__/* .readCommonInputs */ .di)(),
        urls,
        durationMs: duration(Input.duration, '600s'),
        intervalMs,
        probeTimeoutMs: duration(Input.probeTimeout, '10s'),
        maxErrorRate,
        maxLatencyMs: maxLatency === undefined ? undefined : (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getIntegerInput */ .$F)(Input.maxLatencyMs, 0, { min: 1 }),
        prometheus: prometheusUrl && query ? { url: prometheusUrl, query, maxValue: queryMax } : undefined,
        failFast: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getBooleanInput */ .Vt)(Input.failFast, false),
        environment: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(Input.environment),
        rollback: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(Input.rollback),
        recordRollback: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getBooleanInput */ .Vt)(Input.recordRollback, true),
        tagPrefix: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(Input.tagPrefix) ?? 'v',
        developBranch: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(Input.developBranch) ?? 'develop',
        changelogPath: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(Input.changelogPath) ?? 'CHANGELOG.md',
        commitVia: (0,_packages_release_commit_via_js__WEBPACK_IMPORTED_MODULE_0__/* .readCommitViaInput */ .wF)()
    };
}
function maxValue() {
    const text = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(Input.maxValue);
    if (text === undefined)
        return undefined;
    const value = Number(text);
    if (!Number.isFinite(value)) {
        throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Input 'max-value' must be a number, not '${text}'.`, {
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


/***/ }),

/***/ 2410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fn: () => (/* binding */ stepMergePublisher),
/* harmony export */   I_: () => (/* binding */ resolveCommitVia),
/* harmony export */   U9: () => (/* binding */ commitPublisher),
/* harmony export */   lu: () => (/* binding */ stepPublisher),
/* harmony export */   wF: () => (/* binding */ readCommitViaInput)
/* harmony export */ });
/* unused harmony exports COMMIT_VIA_INPUT, COMMIT_VIA */
/* harmony import */ var _action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2399);
/* harmony import */ var _action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1811);
/**
 * The `commit-via` input of every action that commits: `git` pushes with the git CLI, `api`
 * creates the commit through GitHub's API (signed by GitHub, Verified), `auto` takes `api`
 * when the branch requires signed commits.
 */


const COMMIT_VIA_INPUT = 'commit-via';
const COMMIT_VIA = ['git', 'api', 'auto'];
function readCommitViaInput() {
    return (0,_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .getEnumInput */ .iv)(COMMIT_VIA_INPUT, COMMIT_VIA, 'git');
}
/** `git` or `api` for this branch: `auto` reads the branch's rules. */
async function resolveCommitVia(via, context) {
    if (via !== 'auto')
        return via;
    const { requiresSignedCommits } = await __webpack_require__.e(/* import() */ 3989).then(__webpack_require__.bind(__webpack_require__, 3989));
    const signed = await requiresSignedCommits(await context.github(), context.repository, context.branch);
    context.log.info(signed
        ? `${context.branch} requires signed commits: committing through the API (commit-via: auto).`
        : `${context.branch} does not require signed commits: committing with git (commit-via: auto).`);
    return signed ? 'api' : 'git';
}
/** The publisher for `commit-via` on this branch; undefined means `git push`. */
async function commitPublisher(via, context) {
    if ((await resolveCommitVia(via, context)) === 'git')
        return undefined;
    const { publishThroughApi } = await __webpack_require__.e(/* import() */ 7114).then(__webpack_require__.bind(__webpack_require__, 4733));
    return publishThroughApi(await context.github(), context.repository);
}
/** The API client of a step, made once and only when a choice needs it. */
function lazyClient(step) {
    let client;
    return () => (client ??= __webpack_require__.e(/* import() */ 6217).then(__webpack_require__.bind(__webpack_require__, 6217)).then(({ createGitHubClient }) => createGitHubClient({ token: step.token, apiUrl: step.context.apiUrl, log: step.log })));
}
/** The publisher of an action's step: nothing to decide for `git`. */
async function stepPublisher(via, step) {
    if (via === 'git' || !step.branch)
        return undefined;
    return commitPublisher(via, {
        repository: (0,_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__/* .requireRepository */ .C)(step.context),
        branch: step.branch,
        github: lazyClient(step),
        log: step.log
    });
}
/** Per merge target, how back-merge's merge commit reaches it: undefined means `git push`. */
function stepMergePublisher(via, step) {
    if (via === 'git')
        return undefined;
    const repository = (0,_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__/* .requireRepository */ .C)(step.context);
    const github = lazyClient(step);
    return async (target) => {
        const chosen = await resolveCommitVia(via, {
            repository,
            branch: target,
            github,
            log: step.log
        });
        if (chosen === 'git')
            return undefined;
        const { mergeThroughApi } = await __webpack_require__.e(/* import() */ 7395).then(__webpack_require__.bind(__webpack_require__, 7395));
        return mergeThroughApi(await github(), repository);
    };
}


/***/ })

};
;
//# sourceMappingURL=7374.index.js.map