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
        const { deployStep } = await Promise.all(/* import() */[__webpack_require__.e(4018), __webpack_require__.e(8269), __webpack_require__.e(5334), __webpack_require__.e(7080), __webpack_require__.e(9848), __webpack_require__.e(9497), __webpack_require__.e(9961)]).then(__webpack_require__.bind(__webpack_require__, 9961));
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
/* harmony import */ var _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4431);
/* harmony import */ var _packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1811);
/* harmony import */ var _packages_action_kit_url_input_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2052);






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
    const environment = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getRequiredInput */ .K1)(Input.environment);
    const tag = RELEASE_TAG.exec(context.ref);
    const ref = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(Input.ref) ?? (tag ? context.ref.slice('refs/tags/'.length) : context.sha);
    if (!ref) {
        throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1("Input 'ref' is empty and GITHUB_SHA is not set; give the tag, branch or SHA to deploy.", { input: Input.ref });
    }
    const timeout = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(Input.timeout);
    const production = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(Input.productionEnvironment);
    return {
        ...(0,_packages_action_kit_common_js__WEBPACK_IMPORTED_MODULE_1__/* .readCommonInputs */ .di)(),
        environment,
        version: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(Input.version) ?? tag?.[1] ?? ref,
        ref,
        run: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getRequiredInput */ .K1)(Input.run),
        timeoutMs: timeout === undefined
            ? undefined
            : (0,_packages_base_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(timeout, Input.timeout, _packages_base_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .MIN_COMMAND_TIMEOUT_MS */ .qB),
        environmentUrl: (0,_packages_action_kit_url_input_js__WEBPACK_IMPORTED_MODULE_5__/* .getUrlInput */ .yU)(Input.environmentUrl, 'https://staging.example.com'),
        healthUrl: (0,_packages_action_kit_url_input_js__WEBPACK_IMPORTED_MODULE_5__/* .getUrlInput */ .yU)(Input.healthUrl),
        healthTimeoutMs: (0,_packages_base_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)((0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(Input.healthTimeout) ?? '300s', Input.healthTimeout),
        healthIntervalMs: (0,_packages_base_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)((0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(Input.healthInterval) ?? '5s', Input.healthInterval, _packages_base_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .MIN_POLL_INTERVAL_MS */ .WW),
        expectVersion: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getBooleanInput */ .Vt)(Input.expectVersion, false),
        rollback: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(Input.rollback),
        transient: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getBooleanInput */ .Vt)(Input.transientEnvironment, false),
        production: production === undefined ? undefined : (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getBooleanInput */ .Vt)(Input.productionEnvironment, false),
        recordRollback: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getBooleanInput */ .Vt)(Input.recordRollback, true),
        tagPrefix: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(Input.tagPrefix) ?? 'v',
        developBranch: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(Input.developBranch) ?? 'develop',
        changelogPath: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .getOptionalInput */ .lI)(Input.changelogPath) ?? 'CHANGELOG.md',
        commitVia: (0,_packages_release_commit_via_js__WEBPACK_IMPORTED_MODULE_0__/* .readCommitViaInput */ .wF)()
    };
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