"use strict";
exports.id = 9516;
exports.ids = [9516];
exports.modules = {

/***/ 8990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  backMergeStep: () => (/* binding */ backMergeStep)
});

// EXTERNAL MODULE: ./packages/action-kit/context.ts
var action_kit_context = __webpack_require__(2399);
// EXTERNAL MODULE: ./packages/action-kit/core.ts + 2 modules
var core = __webpack_require__(5453);
// EXTERNAL MODULE: ./packages/action-kit/logger.ts
var logger = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/action-kit/run.ts + 3 modules
var run = __webpack_require__(5500);
// EXTERNAL MODULE: ./packages/git/default-branch.ts
var default_branch = __webpack_require__(1597);
// EXTERNAL MODULE: ./packages/github/client.ts
var github_client = __webpack_require__(6217);
// EXTERNAL MODULE: ./packages/github/default-branch.ts
var github_default_branch = __webpack_require__(7102);
// EXTERNAL MODULE: ./packages/github/pulls.ts
var pulls = __webpack_require__(2888);
// EXTERNAL MODULE: ./packages/release/back-merge.ts
var back_merge = __webpack_require__(9848);
// EXTERNAL MODULE: ./packages/release/arrival.ts
var arrival = __webpack_require__(1993);
// EXTERNAL MODULE: ./packages/release/commit-via.ts
var commit_via = __webpack_require__(2410);
// EXTERNAL MODULE: ./actions/back-merge/src/inputs.ts
var src_inputs = __webpack_require__(6475);
// EXTERNAL MODULE: ./packages/action-kit/summary.ts
var summary = __webpack_require__(336);
;// CONCATENATED MODULE: ./actions/back-merge/src/summary.ts

const SAID = {
    merged: 'merged',
    unchanged: 'already merged',
    'pull-request': 'pull request',
    'dry-run': 'dry run'
};
const ANCESTRY = {
    yes: 'yes',
    pending: 'pending (once the pull request is merged with a merge commit)',
    no: '**no**'
};
function backMergeSummary(report) {
    let body = (0,summary/* resultLine */.ow)('back-merge', report.result, `\`${report.source}\` (${report.version ?? 'no release tag'}, \`${report.sourceSha.slice(0, 12)}\`) into ` +
        `${report.targets.map((t) => `\`${t.target}\``).join(', ')}.`);
    body += (0,summary/* table */.tp)([
        'Target',
        'Result',
        'Commit',
        'Pull request',
        'Conflicting files',
        `${report.source} is an ancestor`
    ], report.targets.map((t) => [
        t.target,
        t.result === 'dry-run' && t.reason
            ? `dry run: would need a pull request (${t.reason})`
            : SAID[t.result],
        t.result === 'pull-request' ? '' : t.sha.slice(0, 12),
        t.pullRequestUrl ? `[#${t.pullRequestNumber}](${t.pullRequestUrl})` : '',
        t.conflicts.map((f) => `\`${f}\``).join(', '),
        ANCESTRY[t.ancestry]
    ]));
    if (report.arrival?.kind === 'squash') {
        const resolved = report.targets.flatMap((t) => t.resolved ?? []);
        body +=
            `\n⚠️ ${report.version ?? 'The release'} reached \`${report.source}\` squashed or rebased ` +
                `(${report.arrival.branch ?? 'release branch'} head \`${report.arrival.head?.slice(0, 12) ?? '?'}\` is not in its history). ` +
                (resolved.length > 0
                    ? `These files conflicted only because of it and were merged on the release branch's own base: ${resolved.map((f) => `\`${f}\``).join(', ')}.`
                    : 'Merged with that knowledge: content the target already had from the release branch is not a conflict.') +
                ' Merge release pull requests with a merge commit.\n';
    }
    return body;
}

;// CONCATENATED MODULE: ./actions/back-merge/src/step.ts
/** back-merge's work, loaded once its inputs and the checkout are known to be good. */













async function backMergeStep(inputs, context, git) {
    const publishMerge = (0,commit_via/* stepMergePublisher */.Fn)(inputs.commitVia, {
        token: inputs.token,
        context,
        log: logger/* actionsLogger */.M
    });
    let client;
    const github = () => (client ??= (0,github_client.createGitHubClient)({
        token: inputs.token,
        apiUrl: context.apiUrl,
        log: logger/* actionsLogger */.M
    }));
    const report = await (0,back_merge/* backMerge */.WT)(git, {
        ...inputs,
        scratch: context.runnerTemp,
        publishMerge,
        // Origin's HEAD not listed: the clone's note of it, the event, the API.
        defaultSource: async () => (await (0,default_branch/* remoteDefaultBranch */.Ki)(git, (0,github_default_branch/* apiDefaultBranch */.i)({ context, log: logger/* actionsLogger */.M, token: inputs.token }))) ?? ''
    }, async (spec) => (0,pulls/* upsertPull */.N2)(await github(), (0,action_kit_context/* requireRepository */.C)(context), spec), async (sha) => (0,arrival/* mergedReleasePull */.pM)(await github(), (0,action_kit_context/* requireRepository */.C)(context), sha, inputs.patterns));
    for (const t of report.targets) {
        if (t.result === 'pull-request') {
            (0,core/* warning */.$e)(`${report.source} was not merged into ${t.target} directly (${t.reason === 'conflict' ? `conflicts: ${t.conflicts.join(', ')}` : 'protected branch'}); ` +
                `pull request ${t.pullRequestUrl ?? ''} waits for a person.`);
        }
        else {
            (0,core/* info */.pq)(`${t.target}: ${t.result}${t.conflicts.length ? ` (would conflict: ${t.conflicts.join(', ')})` : ''} at ${t.sha.slice(0, 12)}`);
        }
    }
    const primary = report.targets[0];
    await (0,run/* setOutputs */.n0)({
        [src_inputs/* Output */.k7.result]: report.result,
        [src_inputs/* Output */.k7.sha]: primary.result === 'pull-request' ? '' : primary.sha,
        [src_inputs/* Output */.k7.ancestry]: primary.ancestry,
        [src_inputs/* Output */.k7.pullRequestUrl]: report.targets.find((t) => t.pullRequestUrl)?.pullRequestUrl ?? '',
        [src_inputs/* Output */.k7.targets]: JSON.stringify(report.targets.map((t) => ({
            target: t.target,
            result: t.result,
            sha: t.result === 'pull-request' ? '' : t.sha,
            conflicts: t.conflicts,
            pullRequestUrl: t.pullRequestUrl ?? ''
        })))
    });
    await (0,core/* appendSummary */.fe)(backMergeSummary(report));
    const broken = report.targets.filter((t) => t.ancestry === 'no');
    if (broken.length > 0) {
        (0,core/* error */.z3)(`${report.source} is not an ancestor of ${broken.map((t) => t.target).join(', ')} on origin after the back-merge ` +
            '(someone pushed over the merge?): git-flow relies on it. Merge it again with a merge commit.', undefined, 'back-merge: ancestry');
        (0,core/* markFailed */.ZY)();
    }
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

/***/ 7102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ apiDefaultBranch)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6217);


/**
 * A lookup of the default branch through the API, with `client` (or one made from `token` on
 * first use). Without a token or a repository it says nothing; an API failure is a warning.
 */
function apiDefaultBranch(options) {
    const { context, log } = options;
    return async () => {
        if (!context.owner || !context.repo || (!options.client && !options.token))
            return undefined;
        try {
            const github = options.client ??
                (await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.createGitHubClient)({ token: options.token, apiUrl: context.apiUrl, log }));
            const { data } = await github.request('GET /repos/{owner}/{repo}', {
                owner: context.owner,
                repo: context.repo
            });
            return data.default_branch || undefined;
        }
        catch (error) {
            log.warning(`GitHub did not say the repository's default branch: ${(0,_base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error)}`);
            return undefined;
        }
    };
}


/***/ })

};
;
//# sourceMappingURL=9516.index.js.map