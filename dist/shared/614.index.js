"use strict";
exports.id = 614;
exports.ids = [614];
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
        const { deployStep } = await Promise.all(/* import() */[__webpack_require__.e(18), __webpack_require__.e(692), __webpack_require__.e(339), __webpack_require__.e(848), __webpack_require__.e(742), __webpack_require__.e(961)]).then(__webpack_require__.bind(__webpack_require__, 9961));
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
/* harmony import */ var _packages_action_kit_common_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5167);
/* harmony import */ var _packages_base_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9492);
/* harmony import */ var _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4431);
/* harmony import */ var _packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1811);
/* harmony import */ var _packages_action_kit_url_input_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2052);





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
    const environment = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getRequiredInput */ .K1)(Input.environment);
    const tag = RELEASE_TAG.exec(context.ref);
    const ref = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(Input.ref) ?? (tag ? context.ref.slice('refs/tags/'.length) : context.sha);
    if (!ref) {
        throw new _packages_base_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("Input 'ref' is empty and GITHUB_SHA is not set; give the tag, branch or SHA to deploy.", { input: Input.ref });
    }
    const timeout = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(Input.timeout);
    const production = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(Input.productionEnvironment);
    return {
        ...(0,_packages_action_kit_common_js__WEBPACK_IMPORTED_MODULE_0__/* .readCommonInputs */ .di)(),
        environment,
        version: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(Input.version) ?? tag?.[1] ?? ref,
        ref,
        run: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getRequiredInput */ .K1)(Input.run),
        timeoutMs: timeout === undefined
            ? undefined
            : (0,_packages_base_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(timeout, Input.timeout, _packages_base_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .MIN_COMMAND_TIMEOUT_MS */ .qB),
        environmentUrl: (0,_packages_action_kit_url_input_js__WEBPACK_IMPORTED_MODULE_4__/* .getUrlInput */ .yU)(Input.environmentUrl, 'https://staging.example.com'),
        healthUrl: (0,_packages_action_kit_url_input_js__WEBPACK_IMPORTED_MODULE_4__/* .getUrlInput */ .yU)(Input.healthUrl),
        healthTimeoutMs: (0,_packages_base_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)((0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(Input.healthTimeout) ?? '300s', Input.healthTimeout),
        healthIntervalMs: (0,_packages_base_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)((0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(Input.healthInterval) ?? '5s', Input.healthInterval, _packages_base_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .MIN_POLL_INTERVAL_MS */ .WW),
        expectVersion: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getBooleanInput */ .Vt)(Input.expectVersion, false),
        rollback: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(Input.rollback),
        transient: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getBooleanInput */ .Vt)(Input.transientEnvironment, false),
        production: production === undefined ? undefined : (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getBooleanInput */ .Vt)(Input.productionEnvironment, false),
        recordRollback: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getBooleanInput */ .Vt)(Input.recordRollback, true),
        tagPrefix: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(Input.tagPrefix) ?? 'v',
        developBranch: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(Input.developBranch) ?? 'develop',
        changelogPath: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getOptionalInput */ .lI)(Input.changelogPath) ?? 'CHANGELOG.md'
    };
}


/***/ })

};
;
//# sourceMappingURL=614.index.js.map