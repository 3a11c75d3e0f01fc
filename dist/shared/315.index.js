"use strict";
exports.id = 315;
exports.ids = [315];
exports.modules = {

/***/ 4490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  preflightStep: () => (/* binding */ preflightStep)
});

// EXTERNAL MODULE: ./packages/action-kit/core.ts + 2 modules
var core = __webpack_require__(5453);
// EXTERNAL MODULE: ./packages/base/errors.ts
var errors = __webpack_require__(4431);
// EXTERNAL MODULE: ./packages/action-kit/logger.ts
var logger = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/action-kit/run.ts + 3 modules
var run = __webpack_require__(5500);
// EXTERNAL MODULE: ./packages/git/default-branch.ts
var default_branch = __webpack_require__(1597);
// EXTERNAL MODULE: ./packages/git/git.ts + 1 modules
var git = __webpack_require__(4553);
// EXTERNAL MODULE: ./packages/github/default-branch.ts
var github_default_branch = __webpack_require__(7102);
// EXTERNAL MODULE: ./packages/github/client.ts
var github_client = __webpack_require__(6217);
// EXTERNAL MODULE: ./packages/action-kit/confine.ts
var confine = __webpack_require__(8540);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/git/history.ts
var git_history = __webpack_require__(3213);
// EXTERNAL MODULE: ./packages/release/files-follow-release.ts
var files_follow_release = __webpack_require__(2541);
// EXTERNAL MODULE: ./packages/versioning/index.ts + 3 modules
var versioning = __webpack_require__(9636);
// EXTERNAL MODULE: ./packages/version-files/index.ts + 18 modules
var version_files = __webpack_require__(3225);
// EXTERNAL MODULE: ./packages/changelog/parse.ts
var parse = __webpack_require__(6524);
;// CONCATENATED MODULE: ./packages/preflight/changelog-check.ts
/**
 * The structural check of CHANGELOG.md that preflight runs, on the very reader update-changelog
 * uses (packages/changelog/parse.ts and its heading grammar), so preflight refuses exactly what
 * the update would refuse: problems where an update writes; irregular older history is only
 * noted, as the update keeps it as written.
 */

/** Checks the headings of a Keep a Changelog file; an empty `problems` means it is sound. */
function checkChangelog(text, file = 'CHANGELOG.md') {
    const doc = (0,parse/* parseChangelog */.EY)(text, file, { strict: false });
    return {
        problems: doc.problems,
        notices: doc.notices,
        versions: doc.sections.flatMap((s) => (s.version ? [s.version] : [])),
        hasUnreleased: doc.sections.some((s) => !s.version)
    };
}

;// CONCATENATED MODULE: ./packages/preflight/checks.ts
/** The result of one preflight check, and the checks that read only the checkout and origin. */








/** `fail` when a stage that would certainly fail on it is coming, else `warn`. */
function severity(stages, failing) {
    return failing.some((stage) => stages.includes(stage)) ? 'fail' : 'warn';
}
function stageList(stages, among) {
    const coming = among.filter((s) => stages.includes(s));
    return coming.length > 0 ? coming.join(', ') : 'no coming stage';
}
/** Informational: a shallow checkout is fine, the actions fetch the history they need. */
async function checkShallow(git) {
    const shallow = await git.isShallow();
    return {
        check: 'shallow checkout',
        status: 'pass',
        detail: shallow
            ? 'The checkout is shallow (fetch-depth: 1); the actions fetch the tags and history they need themselves.'
            : 'The checkout has full history.'
    };
}
/**
 * Origin's release tags and release branches in one `ls-remote`, asked the first time a check
 * needs them and shared by every check after; with `head`, origin's HEAD too (the default
 * branch, then known to `remoteDefaultBranch` without asking again).
 */
function originRefs(git, tagPrefix, head = false) {
    let asked;
    return () => (asked ??= git.listRemote([
        ...(head ? ['HEAD'] : []),
        `refs/tags/${tagPrefix}*`,
        ...RELEASE_BRANCH_GLOBS.map((glob) => `refs/heads/${glob}`)
    ]));
}
const RELEASE_BRANCH_GLOBS = ['release-*', 'release/*'];
/**
 * The latest release the version files must follow, from the names of origin's release tags
 * (`ls-remote`, nothing fetched): on a release or hotfix branch the newest tag below its version
 * (what bump-version finds on the line), elsewhere the newest tag.
 */
async function releaseLine(probe) {
    const names = [...(0,git_history/* releaseTags */.dt)(await probe.origin(), probe.tagPrefix).keys()];
    const tags = (0,versioning/* parseReleaseTags */.GU)(names, probe.tagPrefix);
    let branch;
    try {
        branch = probe.branch ? (0,versioning/* parseReleaseBranch */.lO)(probe.branch, (0,versioning/* parseBranchPatterns */.dV)()) : undefined;
    }
    catch {
        branch = undefined;
    }
    if (!branch)
        return { latest: tags[0] };
    const version = branch.version;
    const tag = `${probe.tagPrefix}${version}`;
    return {
        latest: tags.find((t) => t.name !== tag && (0,files_follow_release/* compareLoose */.o)(t.version, version) < 0),
        target: { version, tag }
    };
}
/**
 * The version files, found and judged as bump-version finds and judges them: they agree on one
 * version, or the version is derived from the git tag; they say the latest release (or already
 * the release branch's version), not an older one; else bump-version's own error.
 */
async function checkVersionFiles(dir, files, stages, readers, line) {
    const check = 'version files';
    try {
        const set = await (0,version_files/* inspectVersionFiles */.Mb)(dir, files);
        const found = (0,version_files/* currentVersion */.YO)(set.files);
        const source = (0,version_files/* versionSource */.sM)(found, set.lookedAt, set.empty);
        const release = line && source === 'literal' ? await releaseLine(line) : {};
        (0,files_follow_release/* checkFilesFollowRelease */.c)(found, release.target, release.latest);
        const where = found.occurrences.map((o) => `${o.file}:${o.line}`).join(', ');
        const dynamic = found.dynamic.map((d) => `${d.file} (${d.reason})`).join(', ');
        return {
            check,
            status: 'pass',
            detail: source === 'derived'
                ? `Derived from the git tag at build time: ${dynamic}; bump-version will say 'derived' and write nothing.`
                : `All agree on ${found.version}: ${where}.` +
                    (release.latest ? ` The latest release is ${release.latest.name}.` : '') +
                    (dynamic ? ` Computed: ${dynamic}.` : '')
        };
    }
    catch (error) {
        if (!(0,errors/* isConfigurationError */.p0)(error))
            throw error;
        const status = severity(stages, readers);
        const [first] = error.locations;
        return {
            check,
            status,
            detail: `${error.message}${status === 'fail' ? ` This would stop ${stageList(stages, readers)}.` : ''}`,
            locations: first ? [{ ...first, message: error.message }] : undefined
        };
    }
}
/** CHANGELOG.md is laid out as Keep a Changelog; each problem is annotated at its line. */
async function checkChangelogFile(dir, path, stages, readers) {
    const check = 'changelog';
    let text;
    try {
        text = await (0,promises_.readFile)((0,confine/* confinedFile */.dD)(dir, path), 'utf8');
    }
    catch (error) {
        return { check, status: 'warn', detail: `${path} cannot be read: ${(0,errors/* errorMessage */.gJ)(error)}` };
    }
    const result = checkChangelog(text, path);
    if (result.problems.length === 0) {
        const latest = result.versions[0] ? `latest release ${result.versions[0]}` : 'no release yet';
        const kept = result.notices.length > 0
            ? ` Older history has ${result.notices.length} irregular line(s), kept as written (${result.notices.map((n) => `line ${n.line}`).join(', ')}).`
            : '';
        return {
            check,
            status: 'pass',
            detail: `${path} is a Keep a Changelog file (${result.hasUnreleased ? '[Unreleased], ' : ''}${latest}).${kept}`
        };
    }
    const status = severity(stages, readers);
    const listing = result.problems.map((p) => `line ${p.line}: ${p.message}`).join('; ');
    return {
        check,
        status,
        detail: `${path} is not valid Keep a Changelog: ${listing}.${status === 'fail' ? ` This would stop ${stageList(stages, readers)}.` : ''}`,
        locations: result.problems.map((p) => ({
            file: path,
            line: p.line,
            message: `${path}:${p.line}: ${p.message}`
        }))
    };
}
/** More than one open release branch usually means an earlier release was never finished. */
async function checkReleaseBranches(origin) {
    const check = 'release branches';
    // The listing may name origin's HEAD branch too: only the release branches' names count.
    const branches = [...(await origin()).refs.keys()]
        .filter((ref) => RELEASE_BRANCH_GLOBS.some((glob) => ref.startsWith(`refs/heads/${glob.slice(0, -1)}`)))
        .map((ref) => ref.slice('refs/heads/'.length))
        .sort();
    if (branches.length > 1) {
        return {
            check,
            status: 'warn',
            detail: `${branches.length} release branches are open: ${branches.join(', ')}. Finish or delete the old ones so the next release is cut from the right one.`
        };
    }
    return {
        check,
        status: 'pass',
        detail: branches.length === 1 ? `One open: ${branches[0]}.` : 'None open.'
    };
}

// EXTERNAL MODULE: ./packages/base/in-order.ts
var in_order = __webpack_require__(4418);
// EXTERNAL MODULE: ./packages/github/errors.ts
var github_errors = __webpack_require__(9325);
;// CONCATENATED MODULE: ./packages/preflight/branch-policy.ts
/**
 * What a branch's protection means for the pushes a release makes: classic branch protection
 * (readable by admins only) and the active ruleset rules (readable by anyone), reduced to the
 * reasons a direct push would be refused.
 */
/** The push blockers of a classic protection object (API shape). */
function classicBlockers(protection) {
    const blockers = [];
    const reviews = protection.required_pull_request_reviews;
    if (reviews) {
        const count = reviews.required_approving_review_count ?? 0;
        blockers.push({
            reason: `a pull request is required${count > 0 ? ` (${count} approving review${count > 1 ? 's' : ''})` : ''}`,
            refuses: 'every-push'
        });
    }
    const checks = protection.required_status_checks;
    if (checks) {
        const names = checks.contexts?.length ? ` (${checks.contexts.join(', ')})` : '';
        blockers.push({ reason: `status checks must pass first${names}`, refuses: 'every-push' });
    }
    if (protection.restrictions) {
        blockers.push({
            reason: 'only the listed people, teams and apps may push',
            refuses: 'every-push'
        });
    }
    if (protection.required_signatures?.enabled) {
        blockers.push({ reason: 'commits must be signed', refuses: 'every-push', signing: true });
    }
    if (protection.lock_branch?.enabled) {
        blockers.push({ reason: 'the branch is locked', refuses: 'every-push' });
    }
    if (protection.required_linear_history?.enabled) {
        blockers.push({ reason: 'linear history is required', refuses: 'merge-commits' });
    }
    return blockers;
}
/** What each rule type refuses; rules that only stop force pushes or deletions refuse nothing of ours. */
const RULE_BLOCKERS = {
    pull_request: { reason: 'a pull request is required (ruleset)', refuses: 'every-push' },
    required_status_checks: {
        reason: 'status checks must pass first (ruleset)',
        refuses: 'every-push'
    },
    update: { reason: 'updates are restricted (ruleset)', refuses: 'every-push' },
    required_signatures: {
        reason: 'commits must be signed (ruleset)',
        refuses: 'every-push',
        signing: true
    },
    required_deployments: {
        reason: 'deployments must succeed first (ruleset)',
        refuses: 'every-push'
    },
    merge_queue: { reason: 'changes go through the merge queue (ruleset)', refuses: 'every-push' },
    required_linear_history: {
        reason: 'linear history is required (ruleset)',
        refuses: 'merge-commits'
    }
};
/**
 * The reasons a direct push of this kind to the branch would be refused. Admins pass classic
 * protection that does not enforce admins; ruleset bypass lists are not visible to the API's
 * branch rules, so rules always count.
 */
function pushBlockers(policy, push, tokenIsAdmin) {
    const applies = (b) => b.refuses === 'every-push' || push === 'merge';
    const classic = policy.classic.state === 'read' && !(tokenIsAdmin && !policy.classic.enforceAdmins)
        ? policy.classic.blockers
        : [];
    const rules = (policy.rules ?? []).flatMap((type) => RULE_BLOCKERS[type] ? [RULE_BLOCKERS[type]] : []);
    return [...classic, ...rules].filter(applies);
}
/** One line on what protects the branch, for the summary. */
function describeProtection(policy) {
    if (!policy.exists)
        return 'does not exist on GitHub';
    const parts = [];
    if (policy.classic.state === 'read') {
        const reasons = policy.classic.blockers.map((b) => b.reason);
        parts.push(`classic protection${reasons.length ? `: ${reasons.join('; ')}` : ''}`);
    }
    else if (policy.classic.state === 'unreadable') {
        parts.push(`classic protection cannot be read with this token (${policy.classic.reason})`);
    }
    if (policy.rules?.length)
        parts.push(`ruleset rules: ${policy.rules.join(', ')}`);
    if (policy.rulesError)
        parts.push(`rules cannot be read (${policy.rulesError})`);
    if (parts.length === 0)
        return policy.protected ? 'protected' : 'not protected';
    return parts.join('; ');
}

;// CONCATENATED MODULE: ./packages/preflight/merge-methods.ts
/** The settings from a repository answer; undefined when GitHub did not show them. */
function mergeSettingsOf(data) {
    if (typeof data.allow_merge_commit !== 'boolean')
        return undefined;
    return {
        merge: data.allow_merge_commit,
        squash: data.allow_squash_merge === true,
        rebase: data.allow_rebase_merge === true,
        autoMerge: data.allow_auto_merge === true
    };
}
/** The methods allowed, as GitHub's merge_method values. */
function allowedMethods(settings) {
    return ['merge', 'squash', 'rebase'].filter((m) => settings[m]);
}
const NAMES = { merge: 'merge commit', squash: 'squash', rebase: 'rebase' };
/** The check: warns when nothing lets the release pull request land as a merge commit. */
function mergeMethodCheck(settings, main) {
    const check = 'release pull request merge method';
    const reasons = [];
    if (settings && !settings.merge) {
        reasons.push('the repository does not allow merge commits (Settings → General → Pull Requests → Allow merge commits)');
    }
    if (main) {
        const linear = (main.classic.state === 'read' &&
            main.classic.blockers.some((b) => b.refuses === 'merge-commits')) ||
            main.rules?.includes('required_linear_history');
        if (linear)
            reasons.push(`${main.branch} requires a linear history`);
        if (main.allowedMergeMethods && !main.allowedMergeMethods.includes('merge')) {
            reasons.push(`a ruleset allows only ${main.allowedMergeMethods.join(', ') || 'no method'} into ${main.branch}`);
        }
    }
    const allowed = settings
        ? `Allowed merge methods: ${allowedMethods(settings)
            .map((m) => NAMES[m])
            .join(', ') || 'none'}; auto-merge ${settings.autoMerge ? 'allowed' : 'not allowed'}.`
        : 'The allowed merge methods cannot be read with this token (GitHub shows them to tokens that can push).';
    const mainName = main?.branch ?? 'main';
    if (reasons.length > 0) {
        return {
            check,
            status: 'warn',
            detail: `${allowed} The release pull request must be merged into ${mainName} with a merge commit (step 12), but ${reasons.join('; ')}. ` +
                `A squash or rebase makes ${mainName} stop being an ancestor of develop: create-tag refuses it (allow-squash: true accepts it) and the back-merge meets the release's changes again.`
        };
    }
    const others = settings && (settings.squash || settings.rebase);
    return {
        check,
        status: 'pass',
        detail: `${allowed}` +
            (others
                ? ' Merge the release pull request with "Create a merge commit", not squash or rebase (open-release-pr with auto-merge: true does).'
                : '')
    };
}

;// CONCATENATED MODULE: ./packages/preflight/github-reads.ts
/**
 * The GitHub reads preflight makes, every one a GET: the repository (role flags and, for a
 * classic PAT, its scopes), and per branch the branch, its classic protection and its rules.
 */




/** The merge methods a `pull_request` rule allows (its newest parameter), if any rule says. */
function allowedMergeMethodsOf(rules) {
    const lists = rules.flatMap((rule) => {
        const methods = rule.parameters
            ?.allowed_merge_methods;
        return rule.type === 'pull_request' && Array.isArray(methods) ? [methods] : [];
    });
    if (lists.length === 0)
        return undefined;
    // Every rule applies: only the methods all of them allow are left.
    return lists.reduce((left, list) => left.filter((m) => list.includes(m)));
}
/** An API failure preflight reports: the HTTP status (0 when there was no answer) and message. */
class ApiReadError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
        this.name = 'ApiReadError';
    }
}
function readError(error) {
    const failure = error;
    const data = failure.response?.data;
    const status = typeof failure.status === 'number' ? failure.status : 0;
    return new ApiReadError(status, data?.message ?? failure.message ?? String(error));
}
/**
 * Runs a read; an answer with one of `tolerated` statuses comes back as that status. GitHub's
 * secondary rate limit (a 403 or 429 that says so) is never read as a missing permission or an
 * unreadable setting: it stops preflight with an error that names it.
 */
async function read(call, tolerated = []) {
    try {
        return await call();
    }
    catch (error) {
        if ((0,github_errors/* isSecondaryRateLimit */.i7)(error))
            throw (0,github_errors/* explainApiError */.cU)(error, 'checking the repository');
        const failure = readError(error);
        if (tolerated.includes(failure.status))
            return failure;
        throw failure;
    }
}
function createPreflightGitHub(client, repository) {
    return {
        async repositoryAccess() {
            const answer = await read(() => client.request('GET /repos/{owner}/{repo}', repository));
            if (answer instanceof ApiReadError)
                throw answer;
            const scopesHeader = answer.headers['x-oauth-scopes'];
            return {
                role: answer.data.permissions,
                scopes: typeof scopesHeader === 'string'
                    ? scopesHeader
                        .split(',')
                        .map((s) => s.trim())
                        .filter(Boolean)
                    : undefined,
                private: answer.data.private,
                mergeSettings: mergeSettingsOf(answer.data)
            };
        },
        async tagRulesets() {
            const listed = await read(() => client.paginate('GET /repos/{owner}/{repo}/rulesets', {
                ...repository,
                targets: 'tag',
                includes_parents: true,
                per_page: 100
            }), [401, 403, 404]);
            if (listed instanceof ApiReadError)
                return { unreadable: `${listed.status} ${listed.message}` };
            // The list leaves out conditions and rules: each tag ruleset is read in full, all at once
            // (the first unreadable one in the list's order is the one reported).
            const summaries = listed.filter((r) => (r.target ?? 'tag') === 'tag' && r.enforcement !== 'disabled');
            const answers = await (0,in_order/* allInOrder */.b)(summaries.map((summary) => read(() => client.request('GET /repos/{owner}/{repo}/rulesets/{ruleset_id}', {
                ...repository,
                ruleset_id: summary.id,
                includes_parents: true
            }), [401, 403, 404])));
            const rulesets = [];
            for (const [i, full] of answers.entries()) {
                if (full instanceof ApiReadError) {
                    return { unreadable: `ruleset ${summaries[i].id}: ${full.status} ${full.message}` };
                }
                const refName = full.data.conditions?.ref_name;
                rulesets.push({
                    name: full.data.name,
                    enforcement: full.data.enforcement,
                    include: refName?.include ?? [],
                    exclude: refName?.exclude ?? [],
                    rules: (full.data.rules ?? []).map((rule) => rule.type),
                    canBypass: full.data.current_user_can_bypass
                });
            }
            return rulesets;
        },
        async branchPolicy(branch) {
            const params = { ...repository, branch };
            // The rules that apply to the branch are asked for with the branch itself, and used only
            // when it exists (their failure then counts, after the branch's own).
            const rulesRead = read(() => client.request('GET /repos/{owner}/{repo}/rules/branches/{branch}', params), [401, 403, 404]);
            rulesRead.catch(() => undefined);
            const found = await read(() => client.request('GET /repos/{owner}/{repo}/branches/{branch}', params), [404]);
            if (found instanceof ApiReadError) {
                return { branch, exists: false, protected: false, classic: { state: 'none' } };
            }
            // An unprotected branch has no classic protection to read (and only admins could).
            const protection = found.data.protected
                ? await read(() => client.request('GET /repos/{owner}/{repo}/branches/{branch}/protection', params), [401, 403, 404])
                : undefined;
            const rules = await rulesRead;
            let classic;
            if (protection === undefined) {
                classic = { state: 'none' };
            }
            else if (!(protection instanceof ApiReadError)) {
                const data = protection.data;
                const enforceAdmins = data.enforce_admins?.enabled;
                classic = { state: 'read', blockers: classicBlockers(data), enforceAdmins: !!enforceAdmins };
            }
            else if (protection.status === 404 && /not protected/i.test(protection.message)) {
                classic = { state: 'none' };
            }
            else {
                classic = {
                    state: 'unreadable',
                    reason: `${protection.status} ${protection.message}; reading it needs administration: read`
                };
            }
            return {
                branch,
                exists: true,
                protected: found.data.protected,
                classic,
                ...(rules instanceof ApiReadError
                    ? { rulesError: `${rules.status} ${rules.message}` }
                    : {
                        rules: [...new Set(rules.data.map((rule) => rule.type))],
                        allowedMergeMethods: allowedMergeMethodsOf(rules.data)
                    })
            };
        }
    };
}

// EXTERNAL MODULE: ./packages/base/input-defaults.ts
var input_defaults = __webpack_require__(8389);
// EXTERNAL MODULE: ./packages/base/shown.ts
var shown = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/preflight/stages.ts
var preflight_stages = __webpack_require__(1623);
;// CONCATENATED MODULE: ./packages/preflight/permissions.ts

/** Kinds whose access is granted permission by permission, below the actor's role. */
const PER_PERMISSION_KINDS = ['github-token', 'app', 'fine-grained-pat'];
function roleName(role) {
    if (role.admin)
        return 'admin';
    if (role.maintain)
        return 'maintain';
    if (role.push)
        return 'write';
    if (role.triage)
        return 'triage';
    return role.pull ? 'read' : 'none';
}
/** Whether the role allows a write of this permission at all. */
function roleAllows(permission, role) {
    if (permission === 'issues' || permission === 'pull-requests') {
        return role.push || role.triage === true;
    }
    return role.push;
}
/** Judges one needed write permission; see the module comment for the sources. */
function assess(permission, kind, access) {
    if (kind === 'classic-pat' && access.scopes) {
        const scoped = access.scopes.includes('repo') || (!access.private && access.scopes.includes('public_repo'));
        if (!scoped) {
            const scopes = access.scopes.length > 0 ? access.scopes.join(', ') : 'none';
            return {
                status: 'missing',
                reason: `the classic PAT lacks the ${access.private ? 'repo' : 'repo (or public_repo)'} scope (its scopes: ${scopes})`
            };
        }
    }
    if (!access.role) {
        return {
            status: 'unverified',
            reason: 'the repository answer did not say what this token may do'
        };
    }
    const role = roleName(access.role);
    if (!roleAllows(permission, access.role)) {
        return { status: 'missing', reason: `the token's access to the repository is ${role}` };
    }
    if (permission === 'contents') {
        return { status: 'held', reason: `the token may push (access: ${role})` };
    }
    if (PER_PERMISSION_KINDS.includes(kind)) {
        return {
            status: 'unverified',
            reason: `allowed by the token's access (${role}), but GitHub does not show a single permission of this kind of token without writing`
        };
    }
    return { status: 'held', reason: `the token's access is ${role}` };
}
/** Every write permission the stages need, judged against what the token may do. */
function assessPermissions(stages, kind, access) {
    return [...(0,preflight_stages/* neededPermissions */.We)(stages)].map(([permission, needing]) => ({
        permission,
        stages: needing,
        ...assess(permission, kind, access)
    }));
}

;// CONCATENATED MODULE: ./packages/preflight/signing.ts
/** Stages that make commits, and the branch each commits to. */
const COMMITTING_STAGES = [
    { stage: 'bump-version', branch: 'release' },
    { stage: 'update-changelog', branch: 'release' },
    { stage: 'back-merge', branch: 'develop' }
];
/** Whether a branch takes only signed commits: from its rules, or its classic protection. */
function signingRequirement(policy) {
    if (policy.rules?.includes('required_signatures'))
        return { required: true, source: 'ruleset' };
    if (policy.classic.state === 'read' && policy.classic.blockers.some((b) => b.signing)) {
        return { required: true, source: 'branch protection' };
    }
    if (policy.classic.state === 'unreadable' && policy.protected) {
        return { required: undefined, why: `classic protection unreadable: ${policy.classic.reason}` };
    }
    if (policy.rules === undefined && policy.protected) {
        return { required: undefined, why: `rules unreadable: ${policy.rulesError ?? 'no answer'}` };
    }
    return { required: false, source: '' };
}
/** One check per committing stage (and a note on tags and branches when signing matters). */
function signingChecks(stages, via, policies) {
    const checks = [];
    let anyRequired = false;
    for (const { stage, branch } of COMMITTING_STAGES) {
        if (!stages.includes(stage))
            continue;
        const policy = policies[branch];
        if (!policy?.exists)
            continue;
        const check = `signing ${stage}`;
        const need = signingRequirement(policy);
        const name = policy.branch;
        if (need.required === undefined) {
            checks.push({
                check,
                status: 'warn',
                detail: `Whether ${name} requires signed commits is unknown (${need.why}). commit-via: api (or auto) satisfies it either way; commit-via: ${via} is set.`
            });
        }
        else if (!need.required) {
            checks.push({
                check,
                status: 'pass',
                detail: `${name} does not require signed commits: any commit-via works (commit-via: ${via}).`
            });
        }
        else {
            anyRequired = true;
            const ok = via !== 'git';
            const refused = stage === 'back-merge'
                ? 'its push is refused, and back-merge opens a pull request instead (or fails with on-conflict: fail)'
                : 'its push is refused and the release stops';
            checks.push({
                check,
                status: ok ? 'pass' : stage === 'back-merge' ? 'warn' : 'fail',
                detail: ok
                    ? `${name} requires signed commits (${need.source}): commit-via: ${via} makes ${stage}'s commit through the API, signed by GitHub (Verified).`
                    : `${name} requires signed commits (${need.source}): with commit-via: git ${refused}. Set commit-via: api (or auto) on ${stage}.`
            });
        }
    }
    if (anyRequired && stages.includes('create-tag')) {
        checks.push({
            check: 'signing create-tag',
            status: 'pass',
            detail: 'Branches here require signed commits; create-tag makes no commit. The annotated tag it makes through the API is not signed (GitHub signs commits, not API tags): where signed tags are required, give create-tag gpg-private-key (or a git configuration with tag.gpgSign): it then signs the tag with git.'
        });
    }
    if (anyRequired && stages.includes('start-release')) {
        checks.push({
            check: 'signing start-release',
            status: 'pass',
            detail: 'start-release only points the new branch at an existing commit of develop: no new commit, nothing to sign.'
        });
    }
    return checks;
}

;// CONCATENATED MODULE: ./packages/preflight/tag-rules.ts
/** fnmatch as rulesets use it on full ref names: `*` stays in a segment, `**` spans them. */
function refPatternMatches(pattern, ref) {
    if (pattern === '~ALL')
        return true;
    const source = pattern
        .split(/(\*\*|\*|\?)/)
        .map((part) => part === '**'
        ? '.*'
        : part === '*'
            ? '[^/]*'
            : part === '?'
                ? '[^/]'
                : part.replace(/[.+^${}()|[\]\\]/g, '\\$&'))
        .join('');
    return new RegExp(`^${source}$`).test(ref);
}
function applies(ruleset, ref) {
    return (ruleset.enforcement === 'active' &&
        ruleset.include.some((p) => refPatternMatches(p, ref)) &&
        !ruleset.exclude.some((p) => refPatternMatches(p, ref)));
}
const BYPASSES = new Set(['always', 'exempt']);
/** The create-tag check of the tag rulesets; none when create-tag is not coming. */
function tagRulesetChecks(stages, tag, rulesets) {
    if (!stages.includes('create-tag'))
        return [];
    const check = 'tag rulesets';
    const ref = `refs/tags/${tag}`;
    if (!Array.isArray(rulesets)) {
        return [
            {
                check,
                status: 'warn',
                detail: `The repository's rulesets could not be read (${rulesets.unreadable}): whether a ruleset restricts creating ${ref} is unknown.`
            }
        ];
    }
    const found = rulesets.filter((r) => applies(r, ref));
    const blocked = (type) => found.filter((r) => r.rules.includes(type) && !BYPASSES.has(r.canBypass ?? 'never'));
    const problems = [];
    const creation = blocked('creation');
    for (const r of creation) {
        problems.push(`ruleset '${r.name}' restricts creating ${ref} and this token may not bypass it (current_user_can_bypass: ${r.canBypass ?? 'not said'}): create-tag would be refused. Add the token's GitHub App (or user) to the ruleset's bypass list, or pass create-tag a token that may bypass it`);
    }
    for (const r of blocked('required_signatures')) {
        problems.push(`ruleset '${r.name}' requires signed tags on ${ref}: an unsigned tag (via: api, or git without a key) would be refused. Give create-tag gpg-private-key (a key GitHub knows for the tagger): it then makes a signed tag with git`);
    }
    if (problems.length > 0) {
        // A signature rule is met by create-tag's gpg-private-key, which preflight cannot see.
        return [
            { check, status: creation.length > 0 ? 'fail' : 'warn', detail: `${problems.join('; ')}.` }
        ];
    }
    if (found.length === 0) {
        return [
            {
                check,
                status: 'pass',
                detail: `No active tag ruleset applies to ${ref}: create-tag may create it.`
            }
        ];
    }
    return [
        {
            check,
            status: 'pass',
            detail: `Tag rulesets on ${ref}: ${found.map((r) => `'${r.name}' (${r.rules.join(', ') || 'no rules'}; bypass: ${r.canBypass ?? 'not said'})`).join(', ')}; none stops create-tag.`
        }
    ];
}

// EXTERNAL MODULE: ./packages/versioning/branches.ts
var branches = __webpack_require__(4555);
;// CONCATENATED MODULE: ./packages/preflight/preflight.ts
/**
 * preflight: before a release changes anything, every check of what would stop it, read-only.
 * Only what would certainly fail a coming stage is a failure; the rest are warnings.
 */











/** Runs every check; throws only on a bug, every finding is a check in the report. */
async function runPreflight(
/** `origin`: the stage's one listing of origin, when the caller has begun it (originRefs). */
deps, options) {
    const { stages, token } = options;
    // The checkout's checks and GitHub's answers do not depend on each other: run them together.
    // Origin is asked once, for what both of its checks read (release tags, release branches).
    const tagPrefix = options.tagPrefix ?? input_defaults/* SHARED_DEFAULTS */.R['tag-prefix'];
    const origin = deps.origin ?? originRefs(deps.git, tagPrefix);
    const local = Promise.all([
        checkShallow(deps.git),
        checkVersionFiles(options.workingDirectory, options.files, stages, preflight_stages/* VERSION_FILE_READERS */.$B, {
            origin,
            tagPrefix,
            branch: options.currentBranch
        }),
        checkChangelogFile(options.workingDirectory, options.changelogPath, stages, preflight_stages/* CHANGELOG_READERS */.c6),
        checkReleaseBranches(origin)
    ]);
    // Awaited below; until then, a failure must not count as unhandled.
    local.catch(() => undefined);
    // The branches' and the tag rules' reads go out with the repository's own: they need only the
    // names. Used when the repository could be read (their failures count only then).
    const names = [options.mainBranch, options.developBranch];
    const current = options.currentBranch;
    const pushesCurrent = preflight_stages/* RELEASE_BRANCH_PUSHERS */.QR.some((s) => stages.includes(s));
    if (current && pushesCurrent && !names.includes(current))
        names.push(current);
    const policies = Promise.all(names.map((name) => deps.github.branchPolicy(name)));
    policies.catch(() => undefined);
    const tagRules = stages.includes('create-tag') ? deps.github.tagRulesets() : undefined;
    tagRules?.catch(() => undefined);
    const checks = [];
    let access;
    try {
        access = await deps.github.repositoryAccess();
    }
    catch (error) {
        if (!(error instanceof ApiReadError))
            throw error;
        checks.push(repositoryUnreadable(error));
    }
    checks.unshift(tokenCheck(token, stages, access));
    const permissions = access ? assessPermissions(stages, token.kind, access) : [];
    checks.push(...permissions.map(permissionCheck));
    const branches = [];
    if (access) {
        const admin = access.role?.admin ?? false;
        branches.push(...(await policies));
        for (const policy of branches) {
            const role = policy.branch === options.mainBranch
                ? 'main'
                : policy.branch === options.developBranch
                    ? 'develop'
                    : 'release';
            checks.push(branchCheck(policy, role, stages, admin, options.commitVia ?? 'git'));
        }
        checks.push(mergeMethodCheck(access.mergeSettings, branches.find((b) => b.branch === options.mainBranch && b.exists)));
        const find = (name) => branches.find((b) => b.branch === name);
        checks.push(...signingChecks(stages, options.commitVia ?? 'git', {
            release: current !== options.mainBranch ? find(current) : undefined,
            develop: find(options.developBranch)
        }));
        if (tagRules) {
            checks.push(...tagRulesetChecks(stages, `${tagPrefix}${releaseVersion(current) ?? '0.0.0'}`, await tagRules));
        }
    }
    checks.push(...(await local));
    return {
        token,
        scopes: access?.scopes,
        checks,
        permissions,
        branches,
        permissionsBlock: token.kind === 'github-token' ? (0,preflight_stages/* permissionsBlock */.It)(stages) : undefined,
        mergeMethods: access?.mergeSettings && allowedMethods(access.mergeSettings),
        result: checks.some((c) => c.status === 'fail') ? 'failure' : 'success'
    };
}
function repositoryUnreadable(error) {
    const check = 'repository access';
    if (error.status === 401) {
        return {
            check,
            status: 'fail',
            detail: `GitHub refused the token (401 ${error.message}): every stage that calls the API would fail. Pass a valid token.`
        };
    }
    if (error.status === 404) {
        return {
            check,
            status: 'fail',
            detail: 'The token cannot see this repository (404 Not Found): every stage that calls the API would fail.'
        };
    }
    return {
        check,
        status: 'warn',
        detail: `The repository could not be read (${error.status || 'no answer'}: ${error.message}); the token and branch checks were skipped.`
    };
}
function tokenCheck(token, stages, access) {
    const check = 'token';
    const scopes = access?.scopes ? ` Scopes: ${access.scopes.join(', ') || 'none'}.` : '';
    if (token.warning)
        return { check, status: 'warn', detail: token.warning };
    if (token.triggersWorkflows) {
        return {
            check,
            status: 'pass',
            detail: `${token.label}: pushes and pull requests made with it start workflows.${scopes}`
        };
    }
    const triggering = preflight_stages/* TRIGGERING_STAGES */.Nk.filter((s) => stages.includes(s));
    const detail = `${token.label}: pushes and pull requests made with it do not start workflows` +
        (triggering.length > 0
            ? ` (${triggering.join(', ')}): the release PR's checks and the jobs of the pushed branch will not run. Use a GitHub App token (actions/create-github-app-token) or a PAT as \`token\` where they must.`
            : '.');
    return { check, status: triggering.length > 0 ? 'warn' : 'pass', detail };
}
function permissionCheck(assessment) {
    const { permission, stages, status, reason } = assessment;
    const why = stages
        .map((stage) => {
        const need = preflight_stages/* STAGE_PERMISSIONS */.qh[stage].find((n) => n.permission === permission);
        return `${stage} (${need?.why ?? ''})`;
    })
        .join(', ');
    const check = `permission ${permission}: write`;
    if (status === 'missing') {
        return {
            check,
            status: 'fail',
            detail: `${stages.join(', ')} need${stages.length > 1 ? '' : 's'} ${permission}: write, which this token does not have: ${reason}. Needed by ${why}.`
        };
    }
    const prefix = status === 'held' ? 'Held' : 'Not refuted';
    return { check, status: 'pass', detail: `${prefix}: ${reason}. Needed by ${why}.` };
}
const UNREADABLE = 'cannot read protection with this token';
function branchCheck(policy, role, stages, admin, via) {
    const check = `branch ${policy.branch}`;
    const described = describeProtection(policy);
    if (!policy.exists && role === 'main') {
        return {
            check,
            status: 'fail',
            detail: `The main branch ${(0,shown/* shown */.S)(policy.branch)} does not exist on GitHub: every stage that follows its release tags would stop. Set Input 'main-branch' to the branch releases merge into (e.g. main or master).`
        };
    }
    if (!policy.exists) {
        return { check, status: 'warn', detail: `${policy.branch} does not exist on GitHub.` };
    }
    if (role === 'main') {
        return {
            check,
            status: 'pass',
            detail: `${described}. Nothing pushes to ${policy.branch} directly: the release reaches it through the release PR, the tag is made on its merge commit.`
        };
    }
    const pushers = role === 'develop'
        ? stages.filter((s) => s === 'back-merge')
        : preflight_stages/* RELEASE_BRANCH_PUSHERS */.QR.filter((s) => stages.includes(s));
    if (pushers.length === 0)
        return { check, status: 'pass', detail: `${described}.` };
    // Commits made through the API are signed: a signature rule does not stop them.
    const blockers = pushBlockers(policy, role === 'develop' ? 'merge' : 'fast-forward', admin).filter((b) => !(b.signing && via !== 'git'));
    const fallback = role === 'develop'
        ? ' back-merge will open a pull request main → develop instead (on-conflict: pull-request); with on-conflict: fail it fails.'
        : ' Those pushes will be refused: allow the token to bypass, or release from an unprotected branch.';
    if (blockers.length > 0) {
        return {
            check,
            status: 'warn',
            detail: `${pushers.join(', ')} cannot push to ${policy.branch}: ${blockers.map((b) => b.reason).join('; ')}.${fallback}`
        };
    }
    if (policy.classic.state === 'unreadable' && policy.protected) {
        return {
            check,
            status: 'warn',
            detail: `${UNREADABLE} (${policy.classic.reason}); ${policy.branch} is protected, so ${pushers.join(', ')} may be refused.${fallback}`
        };
    }
    return { check, status: 'pass', detail: `${described}. ${pushers.join(', ')} can push to it.` };
}
/** The version of the release branch the run is on, to name the tag create-tag will make. */
function releaseVersion(branch) {
    try {
        return branch ? (0,branches/* parseReleaseBranch */.lO)(branch, (0,branches/* parseBranchPatterns */.dV)())?.version : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/preflight/token-kind.ts
/** Telling what kind of token an action was given, from the token itself. */
const LABELS = {
    'github-token': 'GITHUB_TOKEN',
    app: 'GitHub App installation token',
    'classic-pat': 'classic personal access token',
    'fine-grained-pat': 'fine-grained personal access token',
    unknown: 'unknown kind of token'
};
function identity(kind, warning) {
    // GitHub does not start workflows for events the GITHUB_TOKEN caused (loops would follow).
    const triggersWorkflows = kind === 'unknown' ? undefined : kind !== 'github-token';
    return { kind, label: LABELS[kind], triggersWorkflows, warning };
}
/**
 * The kind of `token`: the GITHUB_TOKEN when it equals the workflow's own token
 * (`workflowToken`, from `${{ github.token }}`), else by GitHub's prefixes: `ghs_` an App
 * installation token, `ghp_` a classic PAT, `github_pat_` a fine-grained PAT.
 */
function detectTokenKind(token, workflowToken) {
    if (workflowToken && token === workflowToken)
        return identity('github-token');
    if (token.startsWith('github_pat_'))
        return identity('fine-grained-pat');
    if (token.startsWith('ghp_'))
        return identity('classic-pat');
    if (token.startsWith('ghs_')) {
        if (workflowToken)
            return identity('app');
        return identity('unknown', "A ghs_ token is either the GITHUB_TOKEN or a GitHub App installation token; leave the 'github-token' input at its default (${{ github.token }}) so preflight can tell them apart.");
    }
    const prefix = /^[a-z]+_/.exec(token)?.[0];
    return identity('unknown', `The token is not the GITHUB_TOKEN and its prefix (${prefix ?? 'none'}) is not one of ghs_ (App installation token), ghp_ (classic PAT), github_pat_ (fine-grained PAT); its kind is unknown.`);
}

// EXTERNAL MODULE: ./actions/preflight/src/inputs.ts
var src_inputs = __webpack_require__(5966);
// EXTERNAL MODULE: ./packages/action-kit/summary.ts
var summary = __webpack_require__(336);
;// CONCATENATED MODULE: ./actions/preflight/src/summary.ts

const STATUS = { pass: '✅ pass', warn: '⚠️ warn', fail: '❌ fail' };
const HELD = { held: '✅ held', missing: '❌ missing', unverified: '➖ not refuted' };
/** The one job summary of preflight: every check, the permissions, the branches. */
function preflightSummary(report, stages) {
    const count = (status) => report.checks.filter((c) => c.status === status).length;
    const triggers = report.token.triggersWorkflows === undefined
        ? 'unknown'
        : report.token.triggersWorkflows
            ? 'yes'
            : 'no';
    let body = (0,summary/* resultLine */.ow)('preflight', report.result, `${count('pass')} passed, ${count('warn')} warning(s), ${count('fail')} failed. ` +
        `Token: **${report.token.label}** (its pushes and PRs start workflows: ${triggers}). ` +
        `Stages: ${stages.join(', ')}.`);
    body += (0,summary/* table */.tp)(['Check', 'Status', 'Detail'], report.checks.map((c) => [c.check, STATUS[c.status], c.detail]));
    if (report.permissions.length > 0) {
        body += `\n${(0,summary/* heading */.R_)('Permissions the stages need', 4)}\n`;
        body += (0,summary/* table */.tp)(['Permission', 'Stages', 'This token', 'Why'], report.permissions.map((p) => [
            `${p.permission}: write`,
            p.stages.join(', '),
            HELD[p.status],
            p.reason
        ]));
    }
    if (report.branches.length > 0) {
        body += `\n${(0,summary/* heading */.R_)('Branches', 4)}\n`;
        body += (0,summary/* table */.tp)(['Branch', 'Protected', 'Classic protection', 'Ruleset rules'], report.branches.map((b) => [
            b.branch,
            !b.exists ? 'missing' : b.protected ? 'yes' : 'no',
            b.classic.state === 'read'
                ? b.classic.blockers.map((x) => x.reason).join('; ') || 'none that stops a push'
                : b.classic.state === 'unreadable'
                    ? 'cannot read protection with this token'
                    : 'none',
            b.rules ? b.rules.join(', ') || 'none' : (b.rulesError ?? '')
        ]));
    }
    if (report.permissionsBlock) {
        body += `\nWith the GITHUB_TOKEN, the job running these stages needs:\n\n`;
        body += (0,summary/* codeBlock */.DV)(report.permissionsBlock, 'yaml');
    }
    return body;
}

;// CONCATENATED MODULE: ./actions/preflight/src/step.ts














async function preflightStep(inputs, context, repository, git) {
    const token = detectTokenKind(inputs.token, inputs.githubToken);
    const client = await (0,github_client.createGitHubClient)({
        token: inputs.token,
        apiUrl: context.apiUrl,
        log: logger/* actionsLogger */.M
    });
    // One ls-remote for the stage: origin's HEAD (when main-branch is empty) with what the checks read.
    const origin = originRefs(git, inputs.tagPrefix, !inputs.mainBranch);
    if (!inputs.mainBranch)
        await origin();
    const mainBranch = inputs.mainBranch ||
        (await (0,default_branch/* remoteDefaultBranch */.Ki)(git, (0,github_default_branch/* apiDefaultBranch */.i)({ context, log: logger/* actionsLogger */.M, client })));
    if (!mainBranch) {
        throw new errors/* ConfigurationError */.j1("The repository's default branch is unknown (origin has no HEAD, the event does not name it, GitHub did not say it); " +
            "set the 'main-branch' input to the branch releases merge into (e.g. main or master).", { input: 'main-branch' });
    }
    const report = await runPreflight({ git, github: createPreflightGitHub(client, repository), origin }, {
        stages: inputs.stages,
        token,
        mainBranch,
        developBranch: inputs.developBranch,
        currentBranch: context.branch ?? (await git.currentBranch()),
        workingDirectory: inputs.workingDirectory,
        files: inputs.files,
        changelogPath: inputs.changelogPath,
        tagPrefix: inputs.tagPrefix,
        commitVia: inputs.commitVia
    });
    for (const check of report.checks)
        annotate(check);
    await (0,run/* setOutputs */.n0)({
        [src_inputs/* Output */.k7.tokenKind]: token.kind,
        [src_inputs/* Output */.k7.result]: report.result,
        [src_inputs/* Output */.k7.mergeMethods]: report.mergeMethods ? JSON.stringify(report.mergeMethods) : '',
        [src_inputs/* Output */.k7.checks]: JSON.stringify(report.checks.map(({ check, status, detail }) => ({ check, status, detail })))
    });
    await (0,core/* appendSummary */.fe)(preflightSummary(report, inputs.stages));
    if (report.result === 'failure')
        (0,core/* markFailed */.ZY)();
}
/** One annotation per finding: at each file location when there are some, else one for the check. */
function annotate(check) {
    if (check.status === 'pass')
        return;
    const title = `preflight: ${check.check}`;
    const places = check.locations?.length
        ? check.locations.map(({ message, ...location }) => ({ message, location }))
        : [{ message: check.detail }];
    for (const { message, location } of places) {
        if (check.status === 'fail')
            (0,core/* error */.z3)(message, location, title);
        else
            (0,core/* warning */.$e)(message, location);
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

/***/ 4418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ allInOrder)
/* harmony export */ });
/**
 * Independent reads sent at once, their failures reported as if sent one after the other: every
 * promise is waited for, and when any failed, the first failure in argument order (not the first
 * in time) is thrown, so the error a user reads does not depend on which server answered first.
 */
async function allInOrder(promises) {
    const settled = await Promise.allSettled(promises);
    for (const result of settled)
        if (result.status === 'rejected')
            throw result.reason;
    return settled.map((r) => r.value);
}


/***/ }),

/***/ 3770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y0: () => (/* binding */ CHANGE_GROUPS),
/* harmony export */   s6: () => (/* binding */ isIsoDate),
/* harmony export */   sC: () => (/* binding */ DEFAULT_TICKET_PATTERN),
/* harmony export */   vK: () => (/* binding */ DEFAULT_ISSUE_PATTERN)
/* harmony export */ });
/**
 * The words of Keep a Changelog that inputs are checked against (its groups, its dates, the
 * ticket keys), apart from the parser and the renderer, so reading an action's inputs loads
 * neither them nor semver.
 */
/** The groups of Keep a Changelog, in the order a section lists them. */
const CHANGE_GROUPS = [
    'Added',
    'Changed',
    'Deprecated',
    'Removed',
    'Fixed',
    'Security'
];
/** Jira-style keys: `JIRA-1234`, `ABC2-7`. */
const DEFAULT_ISSUE_PATTERN = '\\b[A-Z][A-Z0-9]+-\\d+\\b';
const DEFAULT_TICKET_PATTERN = new RegExp(DEFAULT_ISSUE_PATTERN, 'g');
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** True for a real calendar date written YYYY-MM-DD. */
function isIsoDate(value) {
    const match = ISO_DATE.exec(value);
    if (!match)
        return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}


/***/ }),

/***/ 5444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F5: () => (/* binding */ headingLine),
/* harmony export */   ZB: () => (/* binding */ formatReleaseHeading),
/* harmony export */   i0: () => (/* binding */ readReleaseHeading),
/* harmony export */   mm: () => (/* binding */ formatUnreleasedHeading),
/* harmony export */   qh: () => (/* binding */ DEFAULT_HEADING_FORM)
/* harmony export */ });
/* unused harmony export isVersionLabel */
/* harmony import */ var _grammar_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3770);
/**
 * The one grammar of a changelog's release headings, shared by the parser, preflight and the
 * writer, so what one accepts the others accept and a new heading is written the way the
 * file's newest one is:
 *
 *   ## [Unreleased]
 *   ## [1.2.0] - 2026-01-05              ### [1.2.0] - 2026-01-05 (one level down, under a `##`)
 *   ## [v1.2.0] - 2026-01-05 [YANKED]    ## [1.2.0](https://host/o/r/compare/1.1.0...1.2.0) - 2026-01-05
 *   ## [1.2.0] – 2026-01-05              ## [1.2.0] (2026-01-05)
 *
 * Pure: no semver, no file system.
 */

const DEFAULT_HEADING_FORM = {
    level: 2,
    labelPrefix: '',
    linked: false,
    separator: ' - ',
    dateInParentheses: false
};
const ATX = /^(#{1,6})(?:[ \t]+(.*?))?[ \t#]*$/;
const RELEASE = /^\[([^\]]+)\](?:\(([^)\s]*)\))?(?:([ \t]+[-–—]?[ \t]*)(\(?)(\S+?)\)?)?(?:[ \t]+\[YANKED\])?[ \t]*$/i;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
/** `## text` -> level and text; undefined when the line is no ATX heading. */
function headingLine(line) {
    if (line.charCodeAt(0) !== 35 /* # */)
        return undefined;
    const match = ATX.exec(line);
    return match ? { level: match[1].length, text: (match[2] ?? '').trim() } : undefined;
}
/** True for a version label (`1.2.0`, `v1.2.0-rc.1`). */
function isVersionLabel(label) {
    return SEMVER.test(label.replace(/^v/, ''));
}
/**
 * Reads a heading's text as a release heading. `releaseLike` says whether it was meant as one
 * (a bracketed label or a version), which decides the release level of a file.
 */
function readReleaseHeading(heading) {
    const { level, text } = heading;
    const match = RELEASE.exec(text);
    const bare = /^v?(\d+\.\d+(?:\.\d+)?\S*)(?:\s+[-–—(]*\s*(\S+?)\)?)?$/.exec(text);
    if (!match) {
        const hint = bare
            ? `write '${'#'.repeat(level)} [${bare[1]}] - ${bare[2] ?? 'YYYY-MM-DD'}'`
            : `write '${'#'.repeat(level)} [Unreleased]' or '${'#'.repeat(level)} [X.Y.Z] - YYYY-MM-DD'`;
        return {
            ok: false,
            releaseLike: bare !== null,
            problem: `'${'#'.repeat(level)} ${text}' is not a Keep a Changelog release heading; ${hint}.`
        };
    }
    const [, rawLabel, url, separator, paren, date] = match;
    const label = rawLabel.trim();
    const form = {
        level,
        labelPrefix: label.startsWith('v') ? 'v' : '',
        linked: url !== undefined,
        separator: separator ?? DEFAULT_HEADING_FORM.separator,
        dateInParentheses: paren === '('
    };
    if (label.toLowerCase() === 'unreleased') {
        return { ok: true, heading: { level, label, unreleased: true, url, form } };
    }
    if (!isVersionLabel(label)) {
        return {
            ok: false,
            releaseLike: true,
            problem: `'${label}' in '${'#'.repeat(level)} ${text}' is not a version (X.Y.Z).`
        };
    }
    const version = label.replace(/^v/, '');
    if (date === undefined) {
        return {
            ok: false,
            releaseLike: true,
            problem: `the section for ${version} has no date; write '${'#'.repeat(level)} [${label}] - YYYY-MM-DD'.`
        };
    }
    if (!(0,_grammar_js__WEBPACK_IMPORTED_MODULE_0__/* .isIsoDate */ .s6)(date)) {
        return {
            ok: false,
            releaseLike: true,
            problem: `the date '${date}' of ${version} is not an ISO date; write it as YYYY-MM-DD (e.g. 2026-11-23).`
        };
    }
    return { ok: true, heading: { level, label, unreleased: false, version, date, url, form } };
}
/** A release heading in `form`; `url` is the label's link when the form carries one. */
function formatReleaseHeading(form, version, date, url) {
    const label = `[${form.labelPrefix}${version}]${form.linked && url ? `(${url})` : ''}`;
    const when = form.dateInParentheses ? `(${date})` : date;
    return `${'#'.repeat(form.level)} ${label}${form.separator}${when}`;
}
/** `## [Unreleased]` at a level. */
function formatUnreleasedHeading(level) {
    return `${'#'.repeat(level)} [Unreleased]`;
}


/***/ }),

/***/ 6524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ parseChangelog),
/* harmony export */   Y0: () => (/* reexport safe */ _grammar_js__WEBPACK_IMPORTED_MODULE_3__.Y0),
/* harmony export */   gt: () => (/* binding */ sectionBody),
/* harmony export */   rv: () => (/* binding */ findSection),
/* harmony export */   uz: () => (/* binding */ splitLines),
/* harmony export */   x3: () => (/* binding */ decodeChangelog)
/* harmony export */ });
/* unused harmony export changelogRefusal */
/* harmony import */ var _versioning_semver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8235);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4431);
/* harmony import */ var _headings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5444);
/* harmony import */ var _grammar_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3770);
/**
 * A Keep a Changelog 1.1.0 document as offsets into its text, so an update can replace exactly
 * the bytes it means to and leave every other byte as it was. Read tolerantly: only the part an
 * update changes must be unambiguous (see `parseChangelog`); the rest is kept as written.
 */





const LINK_REFERENCE = /^ {0,3}\[([^\]]+)\]: *(\S+).*$/;
const FENCE = /^ {0,3}(```|~~~)/;
/** Splits text into lines with their offsets; `\r\n` and `\n` both end a line. */
function splitLines(text) {
    const lines = [];
    let start = 0;
    let number = 1;
    while (start < text.length) {
        const newline = text.indexOf('\n', start);
        const next = newline === -1 ? text.length : newline + 1;
        const end = newline === -1
            ? text.length
            : newline > start && text[newline - 1] === '\r'
                ? newline - 1
                : newline;
        lines.push({ number, start, end, next, text: text.slice(start, end) });
        start = next;
        number++;
    }
    return lines;
}
/** Decodes bytes as UTF-8; anything else is refused with the line of the first bad byte. */
function decodeChangelog(bytes, file) {
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        const lossy = Buffer.from(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), 'utf8');
        let bad = 0;
        while (bad < bytes.length && bytes[bad] === lossy[bad])
            bad++;
        let line = 1;
        for (let i = 0; i < bad; i++)
            if (bytes[i] === 0x0a)
                line++;
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${file} is not UTF-8 (line ${line} has a byte that is not valid UTF-8). Re-save the file as UTF-8.`, { locations: [{ file, line }] });
    }
}
/**
 * Reads a CHANGELOG.md. Tolerant: only the part an update changes ([Unreleased], the newest
 * release, the version's own section, the link block) must be unambiguous; anything irregular
 * in older history is kept as written and listed in `notices`. With `strict` (the default),
 * problems in the changed part throw one ConfigurationError that lists every one of them.
 */
function parseChangelog(text, file = 'CHANGELOG.md', options = {}) {
    const lines = splitLines(text);
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const linksStart = footLinksStart(lines, text.length);
    const links = [];
    const sections = [];
    const irregular = [];
    const level = releaseLevel(lines, linksStart);
    let section;
    let group;
    let entry;
    let fenced = false;
    let comment = false;
    for (const line of lines) {
        if (line.start >= linksStart) {
            const link = LINK_REFERENCE.exec(line.text);
            if (link)
                links.push({ label: link[1], url: link[2], line });
            continue;
        }
        const opaque = fenced || comment;
        if (!comment && FENCE.test(line.text))
            fenced = !fenced;
        else if (!fenced)
            comment = commentState(line.text, comment);
        const heading = opaque ? undefined : (0,_headings_js__WEBPACK_IMPORTED_MODULE_2__/* .headingLine */ .F5)(line.text);
        if (heading && heading.level <= level) {
            // A heading of the release level or above ends the section before it.
            if (section)
                section.end = line.start;
            section = undefined;
            group = undefined;
            entry = undefined;
            if (heading.level < level)
                continue;
            const reading = (0,_headings_js__WEBPACK_IMPORTED_MODULE_2__/* .readReleaseHeading */ .i0)(heading);
            if (!reading.ok) {
                irregular.push({ line: line.number, message: reading.problem, after: sections.length });
                continue;
            }
            const h = reading.heading;
            section = {
                label: h.label,
                version: h.version,
                date: h.date,
                level: h.level,
                form: h.form,
                url: h.url,
                line: line.number,
                start: line.start,
                bodyStart: line.next,
                end: linksStart,
                contentEnd: line.next,
                groups: [],
                preface: []
            };
            sections.push(section);
            continue;
        }
        if (!section || line.text.trim() === '') {
            entry = undefined;
            continue;
        }
        section.contentEnd = line.next;
        if (heading && heading.level === level + 1) {
            group = {
                name: heading.text,
                line: line.number,
                start: line.start,
                end: line.next,
                entries: []
            };
            section.groups.push(group);
            entry = undefined;
            continue;
        }
        if (!group) {
            section.preface.push(line);
            continue;
        }
        group.end = line.next;
        const bullet = opaque ? null : /^[-*+] +(.*)$/.exec(line.text);
        if (bullet) {
            entry = { text: bullet[1].trim(), line: line.number, start: line.start, end: line.next };
            group.entries.push(entry);
        }
        else if (entry) {
            entry.text += ` ${line.text.trim()}`;
            entry.end = line.next;
        }
    }
    const doc = {
        file,
        text,
        eol,
        sections,
        links,
        linksStart,
        level,
        problems: [],
        notices: []
    };
    sortIssues(doc, irregular, options.version);
    if (options.strict !== false && doc.problems.length > 0)
        throw changelogRefusal(doc);
    return doc;
}
/** Every problem in one error, each with its line, so a person fixes them all in one go. */
function changelogRefusal(doc) {
    const { file, problems } = doc;
    const listing = problems.map((p) => `line ${p.line}: ${p.message}`);
    const message = problems.length === 1
        ? `${file} ${listing[0]}`
        : `${file} has ${problems.length} problems in the part an update changes: ${listing.join('; ')}`;
    return new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(message, {
        locations: problems.map((p) => ({ file, line: p.line }))
    });
}
/**
 * The level of the release headings: that of the first heading written as a release
 * (`## [1.2.0] - ...`, `### [Unreleased]`, `## 1.2.0`), else 2.
 */
function releaseLevel(lines, linksStart) {
    let fenced = false;
    let comment = false;
    for (const line of lines) {
        if (line.start >= linksStart)
            break;
        const opaque = fenced || comment;
        if (!comment && FENCE.test(line.text))
            fenced = !fenced;
        else if (!fenced)
            comment = commentState(line.text, comment);
        if (opaque)
            continue;
        const heading = (0,_headings_js__WEBPACK_IMPORTED_MODULE_2__/* .headingLine */ .F5)(line.text);
        if (!heading || heading.level < 2 || heading.level > 3)
            continue;
        const reading = (0,_headings_js__WEBPACK_IMPORTED_MODULE_2__/* .readReleaseHeading */ .i0)(heading);
        if (reading.ok || reading.releaseLike)
            return heading.level;
    }
    return 2;
}
/** Whether an HTML comment is open after `line` (a heading inside one is no heading). */
function commentState(line, open) {
    let state = open;
    let at = 0;
    for (;;) {
        const next = state ? line.indexOf('-->', at) : line.indexOf('<!--', at);
        if (next === -1)
            return state;
        state = !state;
        at = next + (state ? 4 : 3);
    }
}
/**
 * Sorts what is irregular into problems (the changed part) and notices (older history).
 * Problems: a second or misplaced [Unreleased]; an irregular heading between [Unreleased] (or
 * the top) and the newest release, where [Unreleased] would end or which may be the newest
 * release written wrongly; the newest release or the version's own section repeated or out of
 * order. Everything further down is a notice.
 */
function sortIssues(doc, irregular, version) {
    const { sections } = doc;
    const newest = sections.find((s) => s.version !== undefined);
    const newestIndex = newest ? sections.indexOf(newest) : sections.length;
    for (const issue of irregular) {
        const target = issue.after <= newestIndex ? doc.problems : doc.notices;
        target.push({ line: issue.line, message: issue.message });
    }
    const own = version !== undefined && _versioning_semver_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.valid(version) ? version : undefined;
    let unreleased;
    let previous;
    const seen = new Map();
    for (const section of sections) {
        if (!section.version) {
            if (unreleased) {
                doc.problems.push({
                    line: section.line,
                    message: `a second [Unreleased] section (the first is at line ${unreleased.line}); merge them into one.`
                });
            }
            else if (previous) {
                doc.problems.push({
                    line: section.line,
                    message: `[Unreleased] must be the first section, above ${previous.label} (line ${previous.line}).`
                });
            }
            unreleased ??= section;
            continue;
        }
        const mine = own !== undefined && _versioning_semver_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.eq(section.version, own);
        const first = seen.get(section.version);
        if (first) {
            const head = first === newest || mine;
            (head ? doc.problems : doc.notices).push({
                line: section.line,
                message: `a second section for ${section.version} (the first is at line ${first.line})${head ? '; merge them into one.' : '.'}`
            });
        }
        else if (previous?.version && _versioning_semver_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.gte(section.version, previous.version)) {
            const head = previous === newest || mine;
            (head ? doc.problems : doc.notices).push({
                line: section.line,
                message: `versions are out of order: ${section.version} comes after ${previous.version} (line ${previous.line})${head ? '; list the newest release first.' : '.'}`
            });
        }
        if (!first)
            seen.set(section.version, section);
        previous = section;
    }
    doc.problems.sort((a, b) => a.line - b.line);
    doc.notices.sort((a, b) => a.line - b.line);
}
/** The link block at the foot: trailing link definitions and blank lines. */
function footLinksStart(lines, length) {
    let start = length;
    for (let i = lines.length - 1; i >= 0; i--) {
        const line = lines[i];
        if (line.text.trim() === '')
            continue;
        if (!LINK_REFERENCE.test(line.text))
            break;
        start = line.start;
    }
    return start;
}
/** The section of a version, or undefined. */
function findSection(doc, version) {
    return doc.sections.find((s) => s.version !== undefined && _versioning_semver_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.eq(s.version, version));
}
/** The body of a section (after its heading), trimmed of blank lines at both ends. */
function sectionBody(doc, section) {
    return doc.text
        .slice(section.bodyStart, section.contentEnd)
        .replace(/^(\r?\n)+/, '')
        .replace(/(\r?\n)+$/, '');
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


/***/ }),

/***/ 9325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ apiStatus),
/* harmony export */   Eb: () => (/* binding */ validationCodes),
/* harmony export */   Qg: () => (/* binding */ ruleViolation),
/* harmony export */   Uz: () => (/* binding */ isNoAnswer),
/* harmony export */   V2: () => (/* binding */ wasRetried),
/* harmony export */   cU: () => (/* binding */ explainApiError),
/* harmony export */   fo: () => (/* binding */ requestOf),
/* harmony export */   i7: () => (/* binding */ isSecondaryRateLimit)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/**
 * What a failed GitHub API call means for the user. A 403 names the permission GitHub accepts
 * for the call (the `x-accepted-github-permissions` header), so the fix is one line of workflow.
 */

/** The HTTP status of an API error, or undefined for anything else. */
function apiStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** A 403 (or 429) that is GitHub's secondary rate limit, not a missing permission. */
function isSecondaryRateLimit(error) {
    const failure = error;
    const data = failure?.response?.data;
    const text = `${failure?.message ?? ''} ${data?.message ?? ''}`;
    return /secondary rate limit|abuse detection/i.test(text);
}
/**
 * True when no answer came: the connection was refused, reset or closed before a response
 * (octokit reports it as a 500 without a response; the request may have been applied).
 */
function isNoAnswer(error) {
    const failure = error;
    return failure?.status === 500 && failure.request !== undefined && failure.response === undefined;
}
/**
 * GitHub's words when a ruleset refused a write (a 422 "Repository rule violations found" with
 * the rules broken, e.g. "Cannot create ref due to creations being restricted."), or undefined.
 */
function ruleViolation(error) {
    if (apiStatus(error) !== 422)
        return undefined;
    const failure = error;
    const data = failure?.response?.data;
    const text = data?.message ?? failure?.message ?? '';
    if (!/Repository rule violations? found/i.test(text))
        return undefined;
    const rules = text
        .replace(/^[\s\S]*?Repository rule violations? found\s*/i, '')
        .split('\n')
        .map((line) => line.replace(/^\s*-\s*/, '').trim())
        .filter(Boolean);
    return rules.length > 0 ? rules.join(' ') : 'Repository rule violations found.';
}
/** `POST /repos/acme/app/releases on api.github.com`, from an octokit error's request. */
function requestOf(error) {
    const request = error?.request;
    if (!request?.url)
        return undefined;
    try {
        const url = new URL(request.url);
        return { route: `${request.method ?? ''} ${url.pathname}`.trim(), host: url.host };
    }
    catch {
        return undefined;
    }
}
/**
 * True when the call that failed had been sent before (the client retried it after a lost
 * answer or a 5xx): an "already exists" then most likely names what that earlier try made.
 */
function wasRetried(error) {
    const request = error
        ?.request?.request;
    return (request?.retryCount ?? 0) > 0;
}
/** The `errors[].code` values of a 422 'Validation Failed' answer. */
function validationCodes(error) {
    const data = error?.response?.data;
    return (data?.errors ?? []).map((e) => e.code ?? '').filter(Boolean);
}
/** `contents=write` -> `contents: write`, several alternatives joined with "or". */
function describePermissions(header) {
    if (!header)
        return undefined;
    return header
        .split(';')
        .map((alternative) => alternative
        .split(',')
        .map((p) => p.trim().replace('=', ': '))
        .join(', '))
        .join(' or ');
}
/**
 * Turns an API failure of `what` (e.g. "creating the release v1.3.0") into a ConfigurationError
 * for the user's mistakes (401, 403, 404) and leaves other errors (bugs, 5xx after retries)
 * as they are, with the call named.
 */
function explainApiError(error, what) {
    const failure = error;
    const status = apiStatus(error);
    const message = failure?.message ?? String(error);
    const request = requestOf(error);
    const to = request ? ` to ${request.route}` : '';
    if (isNoAnswer(error)) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7(`No answer from GitHub (${request?.host ?? 'the API'})${to} while ${what}: the ` +
            `connection failed (${message}), also on the retries. The request may or may not have ` +
            'been applied; rerunning the job is safe.', { cause: error });
    }
    if (status === 401) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub refused the token while ${what} (401 ${message}); check the 'token' input.`, { input: 'token' });
    }
    if ((status === 403 || status === 429) && isSecondaryRateLimit(error)) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7(`GitHub's secondary rate limit stopped ${what} (${status}${to}: ${message}), also after ` +
            'waiting it out; this is not a missing permission: rerun the job in a few minutes.', { cause: error });
    }
    if (status === 403) {
        const needed = describePermissions(failure.response?.headers?.['x-accepted-github-permissions']);
        const fix = needed
            ? `The token lacks the permission '${needed}': add \`permissions: { ${needed} }\` to the job, ` +
                'or pass a token (GitHub App or PAT) that has it.'
            : 'Check that the token may write to this repository.';
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub answered 403 while ${what}: ${message}. ${fix}`, {
            input: 'token'
        });
    }
    const violated = ruleViolation(error);
    if (violated) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`A ruleset of the repository refused ${what}: ${violated} Add the token's App or user to ` +
            "the ruleset's bypass list, or pass a token that may bypass it.", { input: 'token' });
    }
    if (status === 404) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`GitHub answered 404 while ${what}: the repository is not visible to this token, or the ` +
            `object does not exist (${message}).`);
    }
    if (status !== undefined && (status >= 500 || status === 429)) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ServiceError */ ._7(`GitHub answered ${status}${to} while ${what}: ${message}, also on the retries; rerun ` +
            'the job later (rerunning is safe).', { cause: error });
    }
    if (status !== undefined)
        return new Error(`GitHub answered ${status} while ${what}: ${message}`);
    return error instanceof Error ? error : new Error(message);
}


/***/ }),

/***/ 2541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ checkFilesFollowRelease),
/* harmony export */   o: () => (/* binding */ compareLoose)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _version_files_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3225);
/**
 * The version files must say the previous release (or already the target): anything else means
 * the files found are not this project's version (a nested package, a stale copy), and writing
 * the release version over them would be a silent downgrade or a jump.
 */


/**
 * Refuses when the files' version is above the target (when known), or below the latest release tag. A
 * version between the two (`1.3.0.dev0`, `1.3.0-rc.1` before 1.3.0) is a pre-release of this one.
 */
function checkFilesFollowRelease(current, target, latest) {
    const found = current.version;
    if (found === undefined || found === target?.version)
        return;
    const where = current.occurrences.map((o) => `${o.file}:${o.line}`).join(', ');
    const fix = `Set the files to the version of the latest release, or list the files that hold this ` +
        `project's version in the '${_version_files_index_js__WEBPACK_IMPORTED_MODULE_1__/* .FILES_INPUT */ .xl}' input.`;
    const locations = current.occurrences.map((o) => ({ file: o.file, line: o.line, col: o.column }));
    if (target && compareLoose(found, target.version) > 0) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The version files say ${found} (${where}), above the release version ${target.version} ` +
            `(${target.tag}): writing it would go backwards. ${fix}`, { input: _version_files_index_js__WEBPACK_IMPORTED_MODULE_1__/* .FILES_INPUT */ .xl, locations });
    }
    if (latest && compareLoose(found, latest.version) < 0) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The version files say ${found} (${where}), but the latest release is ${latest.name} ` +
            `(${latest.version}): they are not the version this project released last. ${fix}`, { input: _version_files_index_js__WEBPACK_IMPORTED_MODULE_1__/* .FILES_INPUT */ .xl, locations });
    }
}
/**
 * Orders versions as written in files: semver (`1.3.0-rc.1`), PEP 440 (`1.3.0.dev0`,
 * `2.1.0a0`, `1.2.0.post1`), and 2- or 4-part ones (`1.00`). A pre-release sorts below its
 * release, a post-release or `+local` at or above it.
 */
function compareLoose(a, b) {
    const pa = parseLoose(a);
    const pb = parseLoose(b);
    for (let i = 0; i < Math.max(pa.core.length, pb.core.length); i++) {
        const d = (pa.core[i] ?? 0) - (pb.core[i] ?? 0);
        if (d !== 0)
            return Math.sign(d);
    }
    if (pa.rank !== pb.rank)
        return Math.sign(pa.rank - pb.rank);
    // Equal suffixes (most often none) need no collator: its first use loads ICU data, ~10 ms.
    if (pa.suffix === pb.suffix)
        return 0;
    return Math.sign(pa.suffix.localeCompare(pb.suffix, 'en', { numeric: true }));
}
function parseLoose(version) {
    const match = /^v?(\d+(?:\.\d+)*)(.*)$/.exec(version.trim());
    if (!match)
        return { core: [], rank: 0, suffix: version };
    // Build metadata (`+local`) does not order versions.
    const suffix = match[2].startsWith('+') ? '' : match[2];
    const rank = suffix === '' || suffix.startsWith('+') ? 1 : /^[-._]?post/.test(suffix) ? 2 : 0;
    return { core: match[1].split('.').map(Number), rank, suffix };
}


/***/ })

};
;
//# sourceMappingURL=315.index.js.map