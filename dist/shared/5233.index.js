"use strict";
exports.id = 5233;
exports.ids = [5233];
exports.modules = {

/***/ 5233:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _packages_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2399);
/* harmony import */ var _packages_action_kit_core_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5453);
/* harmony import */ var _packages_action_kit_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2841);
/* harmony import */ var _packages_action_kit_skip_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(629);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8376);
/** deploy: inputs -> packages/deploy -> outputs and summary. */





async function run() {
    await (0,_packages_action_kit_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runAction */ .Cs)('deploy', async () => {
        if (!(0,_packages_action_kit_core_js__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.run)) {
            const environment = (0,_packages_action_kit_core_js__WEBPACK_IMPORTED_MODULE_1__/* .readInput */ .R5)(_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.environment);
            return (0,_packages_action_kit_skip_js__WEBPACK_IMPORTED_MODULE_3__/* .reportSkipped */ .v)('deploy', `no deploy command for ${environment ? `'${environment}'` : 'the environment'} (input 'run' is empty)`, "Set 'run' to the command that deploys (the reusable workflow's 'deploy-command') to turn this stage on.");
        }
        const context = (0,_packages_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunContext */ .$)();
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readInputs */ .Ko)(context);
        const repository = (0,_packages_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__/* .requireRepository */ .C)(context);
        // The work (deployment record, command, health gate) loads only now that inputs are good.
        const { deployStep } = await Promise.all(/* import() */[__webpack_require__.e(4018), __webpack_require__.e(4360), __webpack_require__.e(9314), __webpack_require__.e(6732), __webpack_require__.e(7080), __webpack_require__.e(9848), __webpack_require__.e(3687), __webpack_require__.e(9961)]).then(__webpack_require__.bind(__webpack_require__, 9961));
        await deployStep(inputs, context, repository);
    });
}


/***/ }),

/***/ 8376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   k7: () => (/* binding */ Output),
/* harmony export */   pd: () => (/* binding */ Input)
/* harmony export */ });
/* harmony import */ var _packages_release_commit_via_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2410);
/* harmony import */ var _packages_action_kit_common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5167);
/* harmony import */ var _packages_base_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9492);
/* harmony import */ var _packages_action_kit_confine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8540);
/* harmony import */ var _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4431);
/* harmony import */ var _packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1811);
/* harmony import */ var _packages_action_kit_git_names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9657);
/* harmony import */ var _packages_action_kit_release_line_inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7656);
/* harmony import */ var _packages_action_kit_url_input_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2052);









const Input = {
    environment: 'environment',
    version: 'version',
    ref: 'ref',
    run: 'run',
    timeout: 'timeout',
    environmentUrl: 'environment-url',
    healthUrl: 'health-url',
    healthTimeout: 'health-timeout',
    healthInterval: 'health-interval',
    expectVersion: 'expect-version',
    rollback: 'rollback',
    transientEnvironment: 'transient-environment',
    productionEnvironment: 'production-environment',
    recordRollback: 'record-rollback',
    tagPrefix: 'tag-prefix',
    developBranch: 'develop-branch',
    changelogPath: 'changelog-path'
};
const Output = {
    deploymentId: 'deployment-id',
    environmentUrl: 'environment-url',
    previousVersion: 'previous-version',
    result: 'result'
};
const RELEASE_TAG = /^refs\/tags\/v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?)$/;
function readInputs(context) {
    const environment = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .checkLine */ .tY)((0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getRequiredInput */ .K1)(Input.environment), Input.environment, _packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .ENVIRONMENT */ .M0);
    const tag = RELEASE_TAG.exec(context.ref);
    const ref = (0,_packages_action_kit_git_names_js__WEBPACK_IMPORTED_MODULE_6__/* .getRevisionInput */ .wS)(Input.ref) ?? (tag ? context.ref.slice('refs/tags/'.length) : context.sha);
    if (!ref) {
        throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1("Input 'ref' is empty and GITHUB_SHA is not set; give the tag, branch or SHA to deploy.", { input: Input.ref });
    }
    const timeout = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getOptionalInput */ .lI)(Input.timeout);
    const production = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getOptionalInput */ .lI)(Input.productionEnvironment);
    const common = (0,_packages_action_kit_common_js__WEBPACK_IMPORTED_MODULE_1__/* .readCommonInputs */ .di)();
    return {
        ...common,
        environment,
        version: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getLineInput */ .n2)(Input.version, _packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION_LABEL */ .Qu) ?? tag?.[1] ?? ref,
        ref,
        run: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getRequiredInput */ .K1)(Input.run),
        timeoutMs: timeout === undefined
            ? undefined
            : (0,_packages_base_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(timeout, Input.timeout, _packages_base_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .MIN_COMMAND_TIMEOUT_MS */ .qB),
        environmentUrl: (0,_packages_action_kit_url_input_js__WEBPACK_IMPORTED_MODULE_8__/* .getUrlInput */ .yU)(Input.environmentUrl, 'https://staging.example.com'),
        healthUrl: (0,_packages_action_kit_url_input_js__WEBPACK_IMPORTED_MODULE_8__/* .getUrlInput */ .yU)(Input.healthUrl),
        healthTimeoutMs: (0,_packages_base_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)((0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getOptionalInput */ .lI)(Input.healthTimeout) ?? '300s', Input.healthTimeout),
        healthIntervalMs: (0,_packages_base_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)((0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getOptionalInput */ .lI)(Input.healthInterval) ?? '5s', Input.healthInterval, _packages_base_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .MIN_POLL_INTERVAL_MS */ .WW),
        expectVersion: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getBooleanInput */ .Vt)(Input.expectVersion, false),
        rollback: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getOptionalInput */ .lI)(Input.rollback),
        transient: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getBooleanInput */ .Vt)(Input.transientEnvironment, false),
        production: production === undefined ? undefined : (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getBooleanInput */ .Vt)(Input.productionEnvironment, false),
        recordRollback: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .getBooleanInput */ .Vt)(Input.recordRollback, true),
        tagPrefix: (0,_packages_action_kit_release_line_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .readTagPrefixInput */ .Z6)(Input.tagPrefix),
        developBranch: (0,_packages_action_kit_git_names_js__WEBPACK_IMPORTED_MODULE_6__/* .getBranchInput */ .X9)(Input.developBranch, 'develop'),
        // Read only if a rollback marks the version [YANKED]: checked now, not in the middle of one.
        changelogPath: (0,_packages_action_kit_confine_js__WEBPACK_IMPORTED_MODULE_3__/* .getFileInput */ .LS)(Input.changelogPath, 'CHANGELOG.md', common.workingDirectory),
        commitVia: (0,_packages_release_commit_via_js__WEBPACK_IMPORTED_MODULE_0__/* .readCommitViaInput */ .wF)()
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
//# sourceMappingURL=5233.index.js.map