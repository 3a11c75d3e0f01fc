"use strict";
exports.id = 6831;
exports.ids = [6831];
exports.modules = {

/***/ 6831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _packages_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2399);
/* harmony import */ var _packages_action_kit_core_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5453);
/* harmony import */ var _packages_action_kit_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2841);
/* harmony import */ var _packages_action_kit_skip_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(629);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4214);
/** notify: the release (version, link, notes) -> a Slack, Teams or JSON message to the webhook. */





async function run() {
    await (0,_packages_action_kit_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runAction */ .Cs)('notify', async () => {
        // Only its emptiness is looked at here; a given URL is read (and masked) by readInputs.
        if (!(0,_packages_action_kit_core_js__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.webhookUrl)) {
            return (0,_packages_action_kit_skip_js__WEBPACK_IMPORTED_MODULE_3__/* .reportSkipped */ .v)('notify', "no webhook to announce the release to (input 'webhook-url' is empty)", "Set 'webhook-url' from a secret (the reusable workflow reads the secret RELEASE_WEBHOOK_URL) to turn this stage on.");
        }
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readInputs */ .Ko)();
        const context = (0,_packages_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunContext */ .$)();
        const repository = (0,_packages_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__/* .requireRepository */ .C)(context);
        // The work (release notes, message, webhook) loads only now that the inputs are good.
        const { notifyStep } = await Promise.all(/* import() */[__webpack_require__.e(4018), __webpack_require__.e(4360), __webpack_require__.e(9314), __webpack_require__.e(2397), __webpack_require__.e(6732), __webpack_require__.e(1747), __webpack_require__.e(8677)]).then(__webpack_require__.bind(__webpack_require__, 3518));
        await notifyStep(inputs, context, repository);
    });
}


/***/ }),

/***/ 4214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   k7: () => (/* binding */ Output),
/* harmony export */   pd: () => (/* binding */ Input)
/* harmony export */ });
/* unused harmony export FORMATS */
/* harmony import */ var _packages_action_kit_url_input_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2052);
/* harmony import */ var _packages_action_kit_confine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8540);
/* harmony import */ var _packages_action_kit_git_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9657);
/* harmony import */ var _packages_action_kit_common_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5167);
/* harmony import */ var _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4431);
/* harmony import */ var _packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1811);
/* harmony import */ var _packages_action_kit_release_line_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7656);







const Input = {
    version: 'version',
    webhookUrl: 'webhook-url',
    format: 'format',
    message: 'message',
    releaseUrl: 'release-url',
    releaseNotes: 'release-notes',
    changelog: 'changelog-path',
    tagPrefix: 'tag-prefix',
    mainBranch: 'main-branch',
    productionEnvironment: 'production-environment',
    repost: 'repost'
};
const Output = {
    result: 'result',
    status: 'status'
};
const FORMATS = ['slack', 'teams', 'json'];
function readInputs() {
    // Read (and masked) before anything else can print it; an empty one skipped the stage already.
    const webhookUrl = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getSecretInput */ .zn)(Input.webhookUrl) ?? '';
    checkWebhookUrl(webhookUrl);
    (0,_packages_action_kit_url_input_js__WEBPACK_IMPORTED_MODULE_0__/* .maskUrlSecrets */ .N$)(webhookUrl, { credentialPath: true });
    const common = (0,_packages_action_kit_common_js__WEBPACK_IMPORTED_MODULE_3__/* .readCommonInputs */ .di)();
    return {
        ...common,
        version: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getOptionalInput */ .lI)(Input.version),
        webhookUrl,
        format: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getEnumInput */ .iv)(Input.format, FORMATS, 'slack'),
        message: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getOptionalInput */ .lI)(Input.message),
        releaseUrl: (0,_packages_action_kit_url_input_js__WEBPACK_IMPORTED_MODULE_0__/* .getUrlInput */ .yU)(Input.releaseUrl, 'https://github.com/acme/app/releases/tag/v1.3.0'),
        releaseNotes: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getOptionalInput */ .lI)(Input.releaseNotes),
        changelog: (0,_packages_action_kit_confine_js__WEBPACK_IMPORTED_MODULE_1__/* .getFileInput */ .LS)(Input.changelog, 'CHANGELOG.md', common.workingDirectory),
        tagPrefix: (0,_packages_action_kit_release_line_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readTagPrefixInput */ .Z6)(Input.tagPrefix),
        mainBranch: (0,_packages_action_kit_git_names_js__WEBPACK_IMPORTED_MODULE_2__/* .getBranchInput */ .X9)(Input.mainBranch) ?? '',
        productionEnvironment: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getLineInput */ .n2)(Input.productionEnvironment, _packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .ENVIRONMENT */ .M0),
        repost: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getBooleanInput */ .Vt)(Input.repost, false)
    };
}
/** An http(s) URL; the error never repeats the value, which is a secret. */
function checkWebhookUrl(value) {
    let protocol;
    try {
        protocol = new URL(value).protocol;
    }
    catch {
        protocol = undefined;
    }
    if (protocol !== 'https:' && protocol !== 'http:') {
        throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`Input '${Input.webhookUrl}' is not an http(s) URL (its value is secret and not shown); ` +
            'check the secret holds the whole webhook URL, e.g. https://hooks.slack.com/services/...', { input: Input.webhookUrl });
    }
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


/***/ })

};
;
//# sourceMappingURL=6831.index.js.map