"use strict";
exports.id = 9410;
exports.ids = [9410];
exports.modules = {

/***/ 9410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _packages_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2399);
/* harmony import */ var _packages_action_kit_core_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5453);
/* harmony import */ var _packages_action_kit_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2841);
/* harmony import */ var _packages_action_kit_skip_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(629);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8585);
/** run-integration: inputs -> packages/integration -> outputs, annotations and summary. */





async function run() {
    await (0,_packages_action_kit_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runAction */ .Cs)('run-integration', async () => {
        if (!(0,_packages_action_kit_core_js__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.run)) {
            return (0,_packages_action_kit_skip_js__WEBPACK_IMPORTED_MODULE_3__/* .reportSkipped */ .v)('run-integration', "no integration suite to run (input 'run' is empty)", "Set 'run' to the command that runs it against ENVIRONMENT_URL (the reusable workflow's 'integration-command') to turn this stage on.");
        }
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readInputs */ .Ko)();
        const context = (0,_packages_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunContext */ .$)();
        // The work (suite, JUnit reports) loads only now that the inputs are good.
        const { runIntegrationStep } = await Promise.all(/* import() */[__webpack_require__.e(1893), __webpack_require__.e(4233)]).then(__webpack_require__.bind(__webpack_require__, 4233));
        await runIntegrationStep(inputs, context);
    });
}


/***/ }),

/***/ 8585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   k7: () => (/* binding */ Output),
/* harmony export */   pd: () => (/* binding */ Input)
/* harmony export */ });
/* harmony import */ var _packages_action_kit_common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5167);
/* harmony import */ var _packages_base_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9492);
/* harmony import */ var _packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1811);
/* harmony import */ var _packages_action_kit_url_input_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2052);
/* harmony import */ var _packages_action_kit_confine_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8540);





const Input = {
    run: 'run',
    environmentUrl: 'environment-url',
    version: 'version',
    junit: 'junit',
    retries: 'retries',
    timeout: 'timeout'
};
const Output = {
    passed: 'passed',
    failed: 'failed',
    skipped: 'skipped',
    flaky: 'flaky',
    attempts: 'attempts',
    result: 'result'
};
function readInputs() {
    const timeout = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(Input.timeout);
    const common = (0,_packages_action_kit_common_js__WEBPACK_IMPORTED_MODULE_0__/* .readCommonInputs */ .di)();
    const junit = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getListInput */ .DF)(Input.junit, /\r?\n/);
    // Reports are read from the checkout only: a pattern leading out of it is refused.
    for (const pattern of junit)
        (0,_packages_action_kit_confine_js__WEBPACK_IMPORTED_MODULE_4__/* .confinedFile */ .dD)(common.workingDirectory, pattern, Input.junit);
    return {
        ...common,
        run: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getRequiredInput */ .K1)(Input.run),
        environmentUrl: (0,_packages_action_kit_url_input_js__WEBPACK_IMPORTED_MODULE_3__/* .getUrlInput */ .yU)(Input.environmentUrl, 'https://staging.example.com'),
        version: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getLineInput */ .n2)(Input.version, _packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION_LABEL */ .Qu),
        junit,
        retries: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getIntegerInput */ .$F)(Input.retries, 0, { min: 0, max: 10 }),
        timeoutMs: timeout === undefined
            ? undefined
            : (0,_packages_base_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(timeout, Input.timeout, _packages_base_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .MIN_COMMAND_TIMEOUT_MS */ .qB)
    };
}


/***/ }),

/***/ 629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ reportSkipped)
/* harmony export */ });
/* unused harmony export SKIPPED */
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5453);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2841);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(336);
/**
 * An optional stage whose essential input is empty (SPEC: deploy's command, run-integration's
 * command, monitor's URLs, notify's webhook, close-milestone's Jira and milestone) succeeds with
 * `result: skipped`, a notice and a summary line naming what to set, so a pipeline goes on: a
 * library with no deployments still gets its tag, release, back-merge and notes.
 */



const SKIPPED = 'skipped';
/** Reports the stage as skipped; `reason` says what is empty, `enable` what to set to turn it on. */
async function reportSkipped(action, reason, enable) {
    (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm)(`${action} skipped: ${reason}. ${enable}`);
    await (0,_run_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutputs */ .n0)({ result: SKIPPED });
    await (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .appendSummary */ .fe)((0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .resultLine */ .ow)(action, SKIPPED, `${reason}. ${enable}`));
}


/***/ }),

/***/ 336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   R_: () => (/* binding */ heading),
/* harmony export */   ow: () => (/* binding */ resultLine),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/** Small markdown builders for job summaries; each action composes its summary from these. */
/** Escapes text for a markdown table cell. */
function cell(text) {
    return String(text ?? '')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
function table(header, rows) {
    const head = `| ${header.map(cell).join(' | ')} |`;
    const rule = `| ${header.map(() => '---').join(' | ')} |`;
    return [head, rule, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n') + '\n';
}
function codeBlock(text, language = '') {
    const fence = text.includes('```') ? '````' : '```';
    return `${fence}${language}\n${text.replace(/\n$/, '')}\n${fence}\n`;
}
function heading(text, level = 3) {
    return `${'#'.repeat(level)} ${text}\n`;
}
/** The first line every summary starts with: what ran and how it ended. */
function resultLine(action, result, detail) {
    const icon = result === 'failure'
        ? '❌'
        : result === 'dry-run'
            ? '🧪'
            : result === 'unchanged'
                ? '⏸️'
                : result === 'skipped'
                    ? '⏭️'
                    : '✅';
    return `${heading(`${icon} ${action}: ${result}`)}\n${detail}\n\n`;
}


/***/ }),

/***/ 2052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ checkUrl),
/* harmony export */   N$: () => (/* binding */ maskUrlSecrets),
/* harmony export */   yU: () => (/* binding */ getUrlInput)
/* harmony export */ });
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5453);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4431);
/* harmony import */ var _base_shown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8815);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1811);




/** An http(s) URL input, or undefined when blank; anything else names the input and an example. */
function getUrlInput(name, example = 'https://staging.example.com/health') {
    const value = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(name);
    return value === undefined ? undefined : checkUrl(value, name, example);
}
/** The value when it is an http(s) URL; a ConfigurationError naming `input` otherwise. */
function checkUrl(value, input, example) {
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        parsed = undefined;
    }
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${input}' has ${(0,_base_shown_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .S)(maskedUrl(value))}, which is not an http(s) URL (e.g. ${example}).`, { input });
    }
    maskUrlSecrets(value);
    return value;
}
/** The `user:pass@` of a URL-like text replaced by `***@`, for an error that quotes it. */
function maskedUrl(value) {
    return value.replace(/\/\/[^/@\s]*@/, '//***@');
}
/**
 * Masks the secret parts of a URL: the password of `user:pass@` (as written and decoded, and
 * with its user), and with `credentialPath` (a webhook, whose path and query are its
 * credential) the path and query too, so a server echoing them back is masked as well.
 */
function maskUrlSecrets(value, options = {}) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return;
    }
    if (url.password) {
        (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq)(`${url.username}:${url.password}`);
        (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq)(url.password);
        (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq)(safeDecode(url.password));
    }
    if (options.credentialPath) {
        // Short paths ('/', '/hook') are no secret and would mask ordinary words.
        if (url.pathname.length >= 12) {
            (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq)(url.pathname);
            (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq)(safeDecode(url.pathname));
        }
        if (url.search.length > 1) {
            (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq)(url.search.slice(1));
            for (const [, v] of url.searchParams)
                if (v.length >= 8)
                    (0,_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq)(v);
        }
    }
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}


/***/ }),

/***/ 9492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   WW: () => (/* binding */ MIN_POLL_INTERVAL_MS),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   qB: () => (/* binding */ MIN_COMMAND_TIMEOUT_MS)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);

const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 };
const UNIT_ORDER = ['h', 'm', 's', 'ms'];
const PLAIN_SECONDS = /^\d+$/;
const COMPONENT = /(\d+)\s*(ms|h|m|s)/gy;
/**
 * Reads a duration input as milliseconds: a bare number is seconds (`300`), else numbers with
 * units largest first (`300s`, `5m`, `1h`, `1h30m`, `1m30s`, `500ms`). Anything else, a
 * negative or an empty value included, is a ConfigurationError naming the input.
 */
function parseDuration(value, input, minMs = 1) {
    const ms = parseAnyDuration(value, input);
    if (ms >= minMs)
        return ms;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input \`${input}\` is \`${value.trim().slice(0, 40)}\`, below its minimum of ` +
        `${formatDuration(minMs)}${minMs === 1 ? ' (a duration of zero does nothing)' : ''}.`, { input });
}
/** Shortest pause between polls of a server (health checks, monitor rounds). */
const MIN_POLL_INTERVAL_MS = 100;
/** Shortest limit of a user's command. */
const MIN_COMMAND_TIMEOUT_MS = 1000;
function parseAnyDuration(value, input) {
    const text = value.trim();
    if (PLAIN_SECONDS.test(text))
        return checked(Number(text) * 1000, value, input);
    let total = 0;
    let lastUnit = -1;
    let end = 0;
    COMPONENT.lastIndex = 0;
    for (let match = COMPONENT.exec(text); match; match = COMPONENT.exec(text)) {
        const unit = UNIT_ORDER.indexOf(match[2]);
        if (unit <= lastUnit)
            throw durationError(value, input);
        lastUnit = unit;
        total += Number(match[1]) * UNIT_MS[match[2]];
        end = COMPONENT.lastIndex;
        while (text[COMPONENT.lastIndex] === ' ')
            COMPONENT.lastIndex++;
    }
    if (text === '' || end !== text.length)
        throw durationError(value, input);
    return checked(total, value, input);
}
/** Writes milliseconds the way a user would: `1h30m`, `5m`, `45s`, `250ms`, `0s`. */
function formatDuration(ms) {
    let rest = Math.max(0, Math.round(ms));
    const parts = [];
    for (const unit of UNIT_ORDER) {
        const count = Math.floor(rest / UNIT_MS[unit]);
        rest -= count * UNIT_MS[unit];
        if (count > 0)
            parts.push(`${count}${unit}`);
    }
    return parts.length > 0 ? parts.join('') : '0s';
}
function checked(ms, value, input) {
    if (!Number.isSafeInteger(ms))
        throw durationError(value, input);
    return ms;
}
function durationError(value, input) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input \`${input}\` is \`${value.length > 80 ? `${value.slice(0, 80)}…` : value}\`, which is not a duration. Use seconds (300) or numbers ` +
        'with units h, m, s, ms, largest first: 300s, 5m, 1h, 1h30m.', { input });
}


/***/ })

};
;
//# sourceMappingURL=9410.index.js.map