"use strict";
exports.id = 395;
exports.ids = [395];
exports.modules = {

/***/ 7395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeThroughApi: () => (/* binding */ mergeThroughApi)
/* harmony export */ });
function mergeThroughApi(github, repository) {
    return async (target, sourceSha, message) => {
        try {
            const answer = await github.request('POST /repos/{owner}/{repo}/merges', {
                ...repository,
                base: target,
                head: sourceSha,
                commit_message: message
            });
            // 204 (nothing to merge) has no body; octokit's types know only the 201.
            const sha = answer.data?.sha;
            return sha ? { kind: 'merged', sha } : { kind: 'unchanged' };
        }
        catch (error) {
            const { status, message: text } = error;
            const detail = text ?? String(status);
            if (status === 409 && /^merge conflict/i.test(detail))
                return { kind: 'moved' };
            if (status === 409 || status === 422 || (status === 403 && /rule|protected/i.test(detail))) {
                return { kind: 'refused', rejection: 'protected', detail };
            }
            if (status === 403)
                return { kind: 'refused', rejection: 'permission', detail };
            throw error;
        }
    };
}


/***/ })

};
;
//# sourceMappingURL=395.index.js.map