"use strict";
exports.id = 7101;
exports.ids = [7101];
exports.modules = {

/***/ 7395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeThroughApi: () => (/* binding */ mergeThroughApi)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9325);
/* harmony import */ var _write_once_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6101);


function mergeThroughApi(github, repository) {
    return async (target, sourceSha, message) => {
        try {
            return await (0,_write_once_js__WEBPACK_IMPORTED_MODULE_1__/* .writeOnce */ .Fq)({
                what: `merging ${sourceSha} into ${target}`,
                send: async () => {
                    const answer = await github.request('POST /repos/{owner}/{repo}/merges', {
                        ...repository,
                        base: target,
                        head: sourceSha,
                        commit_message: message,
                        request: _write_once_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_BLIND_RETRY */ .hv
                    });
                    // 204 (nothing to merge) has no body; octokit's types know only the 201.
                    const sha = answer.data?.sha;
                    return sha ? { kind: 'merged', sha } : { kind: 'unchanged' };
                },
                // A lost answer: the merge was applied when the target's head is our merge commit.
                lookup: async () => {
                    const { data } = await github.rest.repos.getCommit({ ...repository, ref: target });
                    const ours = data.parents.some((p) => p.sha === sourceSha) &&
                        data.commit.message.trim() === message.trim();
                    return ours ? { kind: 'merged', sha: data.sha } : undefined;
                }
            });
        }
        catch (error) {
            const { status, message: text } = error;
            const detail = text ?? String(status);
            // A secondary rate limit is no refusal: it stays an API failure, named as such.
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isSecondaryRateLimit */ .i7)(error))
                throw error;
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
//# sourceMappingURL=7101.index.js.map