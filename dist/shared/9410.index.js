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
        version: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(Input.version),
        junit,
        retries: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getIntegerInput */ .$F)(Input.retries, 0, { min: 0, max: 10 }),
        timeoutMs: timeout === undefined
            ? undefined
            : (0,_packages_base_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(timeout, Input.timeout, _packages_base_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .MIN_COMMAND_TIMEOUT_MS */ .qB)
    };
}


/***/ })

};
;
//# sourceMappingURL=9410.index.js.map