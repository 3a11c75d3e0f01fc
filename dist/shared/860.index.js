"use strict";
exports.id = 860;
exports.ids = [860];
exports.modules = {

/***/ 860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _packages_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2399);
/* harmony import */ var _packages_action_kit_logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _packages_action_kit_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2841);
/* harmony import */ var _packages_git_checkout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3913);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7555);
/** start-release: inputs -> packages/release/start-release -> outputs and summary. */





async function run() {
    await (0,_packages_action_kit_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runAction */ .Cs)('start-release', async () => {
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readInputs */ .Ko)();
        const context = (0,_packages_action_kit_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunContext */ .$)();
        const git = await (0,_packages_git_checkout_js__WEBPACK_IMPORTED_MODULE_3__/* .openCheckout */ .H)(inputs, _packages_action_kit_logger_js__WEBPACK_IMPORTED_MODULE_1__/* .actionsLogger */ .M);
        // The work (plan, push, milestone) loads only now that inputs and checkout are good.
        const { startReleaseStep } = await Promise.all(/* import() */[__webpack_require__.e(4018), __webpack_require__.e(4360), __webpack_require__.e(7750)]).then(__webpack_require__.bind(__webpack_require__, 7750));
        await startReleaseStep(inputs, context, git);
    });
}


/***/ }),

/***/ 7555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   k7: () => (/* binding */ Output)
/* harmony export */ });
/* unused harmony exports Input, BUMPS */
/* harmony import */ var _packages_action_kit_git_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9657);
/* harmony import */ var _packages_action_kit_common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5167);
/* harmony import */ var _packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1811);
/* harmony import */ var _packages_action_kit_release_line_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7656);




const Input = {
    version: 'version',
    bump: 'bump',
    hotfix: 'hotfix',
    developBranch: 'develop-branch',
    /** Deprecated name of develop-branch. */
    base: 'base',
    createMilestone: 'create-milestone',
    warnOpenPullRequests: 'warn-open-pull-requests'
};
const Output = {
    branch: 'branch',
    version: 'version',
    previousVersion: 'previous-version',
    sha: 'sha',
    milestoneNumber: 'milestone-number',
    result: 'result'
};
const BUMPS = ['minor', 'major'];
function readInputs() {
    // Errors name the input the value came from (the old name wins when given).
    const baseInput = (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(Input.base) !== undefined ? Input.base : Input.developBranch;
    return {
        ...(0,_packages_action_kit_common_js__WEBPACK_IMPORTED_MODULE_1__/* .readCommonInputs */ .di)(),
        version: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getOptionalInput */ .lI)(Input.version),
        bump: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getEnumInput */ .iv)(Input.bump, BUMPS, 'minor'),
        hotfix: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getBooleanInput */ .Vt)(Input.hotfix, false),
        base: (0,_packages_action_kit_git_names_js__WEBPACK_IMPORTED_MODULE_0__/* .checkRefName */ .hh)((0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getRenamedInput */ .rh)(Input.developBranch, Input.base, 'develop'), baseInput),
        baseInput,
        ...(0,_packages_action_kit_release_line_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readReleaseLineInputs */ .$n)(),
        releaseType: (0,_packages_action_kit_release_line_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readReleaseTypeInput */ .C3)(),
        createMilestone: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getBooleanInput */ .Vt)(Input.createMilestone, false),
        warnOpenPullRequests: (0,_packages_action_kit_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .getBooleanInput */ .Vt)(Input.warnOpenPullRequests, true)
    };
}


/***/ })

};
;
//# sourceMappingURL=860.index.js.map