"use strict";
exports.id = 9758;
exports.ids = [9758];
exports.modules = {

/***/ 3989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   requiresSignedCommits: () => (/* binding */ requiresSignedCommits)
/* harmony export */ });
async function requiresSignedCommits(github, repository, branch) {
    const params = { ...repository, branch, per_page: 100 };
    const status = (error) => error.status;
    try {
        const rules = await github.request('GET /repos/{owner}/{repo}/rules/branches/{branch}', params);
        if (rules.data.some((rule) => rule.type === 'required_signatures'))
            return true;
    }
    catch (error) {
        if (![403, 404].includes(status(error) ?? 0))
            throw error;
    }
    try {
        const protection = await github.request('GET /repos/{owner}/{repo}/branches/{branch}/protection', { ...repository, branch });
        return protection.data.required_signatures?.enabled === true;
    }
    catch (error) {
        if ([401, 403, 404].includes(status(error) ?? 0))
            return false;
        throw error;
    }
}


/***/ })

};
;
//# sourceMappingURL=9758.index.js.map