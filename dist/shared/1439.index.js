"use strict";
exports.id = 1439;
exports.ids = [1439];
exports.modules = {

/***/ 4145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createTagStep: () => (/* binding */ createTagStep)
});

// EXTERNAL MODULE: ./packages/action-kit/core.ts + 2 modules
var core = __webpack_require__(5453);
// EXTERNAL MODULE: ./packages/base/errors.ts
var errors = __webpack_require__(4431);
// EXTERNAL MODULE: ./packages/action-kit/logger.ts
var logger = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/action-kit/run.ts + 3 modules
var run = __webpack_require__(5500);
// EXTERNAL MODULE: ./packages/git/git.ts + 1 modules
var git = __webpack_require__(4553);
// EXTERNAL MODULE: ./packages/github/client.ts
var github_client = __webpack_require__(6217);
// EXTERNAL MODULE: ./packages/versioning/semver.ts
var semver = __webpack_require__(8235);
// EXTERNAL MODULE: ./packages/base/shown.ts
var shown = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/git/push.ts
var push = __webpack_require__(7801);
;// CONCATENATED MODULE: ./packages/git/tags.ts
/**
 * Release tags through the git CLI: read a tag on the remote, make an annotated tag with the bot
 * identity as tagger (signed when asked), push it (never forced), and move a floating tag (`v1`) with a lease.
 */


/**
 * Refs named `name` in a listing origin gave already (one that asked for `refs/tags/<name>` or a
 * glob covering it, and `refs/heads/<name>`): no round trip.
 */
function remoteNameIn(listing, name) {
    const ref = `refs/tags/${name}`;
    const object = listing.objects.get(ref);
    const commit = listing.refs.get(ref);
    return {
        tag: object && commit ? { name, object, commit, annotated: object !== commit } : undefined,
        branch: listing.refs.has(`refs/heads/${name}`)
    };
}
/** Refs named `name` on the remote: the tag (if any) and whether a branch has that name. */
async function readRemoteName(git, name, remote = 'origin') {
    const tag = `refs/tags/${name}`;
    const out = await git.output(['ls-remote', remote, tag, `${tag}^{}`, `refs/heads/${name}`]);
    let object;
    let peeled;
    let branch = false;
    for (const line of out.split('\n')) {
        const [sha, ref] = line.split('\t');
        if (!sha || !ref)
            continue;
        if (ref === `refs/heads/${name}`)
            branch = true;
        else if (ref === `refs/tags/${name}`)
            object = sha;
        else if (ref === `refs/tags/${name}^{}`)
            peeled = sha;
    }
    return {
        tag: object
            ? { name, object, commit: peeled ?? object, annotated: peeled !== undefined }
            : undefined,
        branch
    };
}
/**
 * Makes the annotated tag `name` on `sha` locally; git takes the tagger from the identity the
 * `Git` carries (GIT_COMMITTER_*). A local tag of that name that the remote lacks (left by an
 * earlier attempt, or fetched from elsewhere) is replaced. Returns the tag object's sha.
 */
async function createAnnotatedTag(git, tag, signing) {
    await git.run(['tag', '--delete', tag.name], { allowFailure: true });
    // Signed only when asked (tag-signing.ts); else unsigned whatever tag.gpgSign says.
    const how = signing
        ? [...(signing.key ? ['-c', `user.signingKey=${signing.key}`] : []), 'tag', '--sign']
        : ['-c', 'tag.gpgSign=false', 'tag', '--annotate'];
    const made = await git.run([...how, tag.name, '-F', '-', tag.sha], {
        input: tag.message,
        env: signing?.env,
        allowFailure: !!signing
    });
    if (made.exitCode !== 0) {
        throw new errors/* ConfigurationError */.j1(`Signing the tag ${tag.name} failed: ${made.stderr.trim() || made.stdout.trim()}. ` +
            "Give a key without a passphrase in 'gpg-private-key', or a git configuration whose user.signingKey is in the runner's keyring; nothing was tagged.");
    }
    return git.output(['rev-parse', `refs/tags/${tag.name}`]);
}
/**
 * Pushes `refs/tags/<name>`, never forced. A tag the remote already has is reported as
 * `exists` (the caller re-checks where it points), any other refusal as `refused`.
 */
async function pushTag(git, name, remote = 'origin') {
    const ref = `refs/tags/${name}`;
    const result = await git.run(['push', '--porcelain', remote, `${ref}:${ref}`], {
        allowFailure: true
    });
    if (result.exitCode === 0)
        return { pushed: true };
    return { pushed: false, reason: tagExists(result) ? 'exists' : 'refused', detail: detail(result) };
}
/**
 * Points the floating tag `name` (e.g. `v1`) at `sha`, only if the remote still has it where we
 * saw it (`expected`, undefined when it did not exist): a lease, so a concurrent move is not lost.
 */
async function moveFloatingTag(git, name, sha, expected, remote = 'origin') {
    const ref = `refs/tags/${name}`;
    const result = await git.run(['push', '--porcelain', `--force-with-lease=${ref}:${expected ?? ''}`, remote, `${sha}:${ref}`], { allowFailure: true });
    if (result.exitCode === 0)
        return { pushed: true };
    return { pushed: false, reason: 'refused', detail: detail(result) };
}
function tagExists(result) {
    return /\[rejected\].*\(already exists\)|\(stale info\)|would clobber existing tag/.test(`${result.stdout}\n${result.stderr}`);
}
function detail(result) {
    return (0,push/* remoteMessage */.aT)(result) || result.stderr.trim() || result.stdout.trim();
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./packages/git/tag-signing.ts
/**
 * Signed release tags (`git tag --sign`, what `tag.gpgSign` asks for): with the user's own git
 * configuration and keyring, or with a GPG private key given as an input, imported into a
 * keyring of its own in a temporary GNUPGHOME that is deleted (and its agent stopped) after.
 */




function gpg(args, env, input) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.execFile)('gpg', ['--batch', '--no-tty', ...args], { env: { ...process.env, ...env }, encoding: 'utf8' }, (error, stdout, stderr) => resolve({
            code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
            stdout,
            stderr
        }));
        child.stdin?.end(input ?? '');
    });
}
/** Whether the checkout's git configuration asks for signed tags (`tag.gpgSign`). */
async function configAsksForSignedTags(git) {
    const answer = await git.run(['config', '--bool', 'tag.gpgSign'], { allowFailure: true });
    return answer.exitCode === 0 && answer.stdout.trim() === 'true';
}
/**
 * Runs `work` with the signing the request asks for: undefined (unsigned), the user's own
 * configuration, or the given key in a temporary keyring removed afterwards.
 */
async function withTagSigning(git, request, work) {
    if (request.privateKey)
        return withImportedKey(request.privateKey, request.scratch, work);
    const sign = request.mode === 'true' || (request.mode === 'auto' && (await configAsksForSignedTags(git)));
    if (sign)
        git.log.info('Signing the tag with the checkout’s git configuration (tag.gpgSign).');
    return work(sign ? {} : undefined);
}
async function withImportedKey(armored, scratch, work) {
    const home = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(scratch, 'gnupg-'));
    const env = { GNUPGHOME: home };
    try {
        const imported = await gpg(['--import'], env, armored);
        const listed = await gpg(['--with-colons', '--list-secret-keys'], env);
        const fingerprint = /^fpr:(?:[^:]*:){8}([0-9A-F]{40,64}):/m.exec(listed.stdout)?.[1];
        if (imported.code !== 0 || !fingerprint) {
            throw new errors/* ConfigurationError */.j1(`Input 'gpg-private-key' is not a GPG private key gpg can import (ASCII-armored, as 'gpg --armor --export-secret-keys' writes it, without a passphrase): ${imported.stderr.split('\n').find((l) => /error|no valid|invalid/i.test(l)) ??
                'no secret key found'}`, { input: 'gpg-private-key' });
        }
        return await work({ key: fingerprint, env: { ...env, GPG_TTY: '' } });
    }
    finally {
        await new Promise((resolve) => (0,external_node_child_process_.execFile)('gpgconf', ['--kill', 'gpg-agent'], { env: { ...process.env, ...env } }, resolve));
        (0,external_node_fs_.rmSync)(home, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./packages/github/errors.ts
var github_errors = __webpack_require__(9325);
// EXTERNAL MODULE: ./packages/github/refs.ts
var refs = __webpack_require__(8456);
;// CONCATENATED MODULE: ./packages/tagging/api-refs.ts


async function orUndefinedOn404(call) {
    try {
        return await call();
    }
    catch (error) {
        if ((0,github_errors/* apiStatus */.$T)(error) === 404)
            return undefined;
        throw error;
    }
}
/** The tag `name` and whether a branch has that name, through GET /git/ref. */
async function readNameViaApi(github, repository, name) {
    try {
        const [tagRef, branchRef] = await Promise.all([
            orUndefinedOn404(() => github.rest.git.getRef({ ...repository, ref: `tags/${name}` })),
            orUndefinedOn404(() => github.rest.git.getRef({ ...repository, ref: `heads/${name}` }))
        ]);
        const branch = branchRef !== undefined && branchRef.data.ref === `refs/heads/${name}`;
        if (!tagRef || tagRef.data.ref !== `refs/tags/${name}`)
            return { branch };
        const { sha, type } = tagRef.data.object;
        if (type !== 'tag')
            return { branch, tag: { name, commit: sha, object: sha, annotated: false } };
        const { data } = await github.rest.git.getTag({ ...repository, tag_sha: sha });
        return { branch, tag: { name, commit: data.object.sha, object: sha, annotated: true } };
    }
    catch (error) {
        throw (0,github_errors/* explainApiError */.cU)(error, `reading the tag ${name}`);
    }
}
/**
 * Makes the annotated tag through the API: the tag object (tagger = the bot identity), then
 * `refs/tags/<name>`. Returns 'exists' when the ref appeared meanwhile (422), for a re-check.
 */
async function createTagViaApi(github, repository, tag) {
    try {
        const { data: object } = await github.rest.git.createTag({
            ...repository,
            tag: tag.name,
            message: tag.message,
            object: tag.sha,
            type: 'commit',
            tagger: { ...tag.tagger, date: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') }
        });
        try {
            await (0,refs/* createRefOnce */.P)(github, repository, `refs/tags/${tag.name}`, object.sha);
        }
        catch (error) {
            // A ruleset's refusal is a 422 too: only "already exists" means someone made the tag.
            if ((0,github_errors/* apiStatus */.$T)(error) === 422 && !(0,github_errors/* ruleViolation */.Qg)(error))
                return 'exists';
            throw error;
        }
        return 'created';
    }
    catch (error) {
        throw (0,github_errors/* explainApiError */.cU)(error, `creating the tag ${tag.name}`);
    }
}
/** Every tag of the repository, name -> commit, through the paginated GET /tags. */
async function listTagsViaApi(github, repository) {
    try {
        const tags = await github.paginate(github.rest.repos.listTags, {
            ...repository,
            per_page: 100
        });
        return new Map(tags.map((t) => [t.name, t.commit.sha]));
    }
    catch (error) {
        throw (0,github_errors/* explainApiError */.cU)(error, 'listing the tags');
    }
}
/** Points the floating tag `name` at `sha`: creates the ref, or moves it (forced, by design). */
async function moveFloatingTagViaApi(github, repository, name, sha, exists) {
    try {
        if (exists) {
            await github.rest.git.updateRef({ ...repository, ref: `tags/${name}`, sha, force: true });
        }
        else {
            await (0,refs/* createRefOnce */.P)(github, repository, `refs/tags/${name}`, sha);
        }
    }
    catch (error) {
        throw (0,github_errors/* explainApiError */.cU)(error, `moving the tag ${name}`);
    }
}
/** The message of a commit, through GET /repos/{owner}/{repo}/commits/{sha}. */
async function commitMessageViaApi(github, repository, sha) {
    try {
        const { data } = await github.rest.repos.getCommit({ ...repository, ref: sha });
        return { sha: data.sha, message: data.commit.message, parents: data.parents.length };
    }
    catch (error) {
        throw (0,github_errors/* explainApiError */.cU)(error, `reading the commit ${sha}`);
    }
}

// EXTERNAL MODULE: ./packages/tagging/github-release.ts
var github_release = __webpack_require__(8979);
// EXTERNAL MODULE: ./packages/action-kit/confine.ts
var confine = __webpack_require__(8540);
// EXTERNAL MODULE: ./packages/changelog/release-section.ts
var release_section = __webpack_require__(9004);
// EXTERNAL MODULE: ./packages/git/default-branch.ts
var default_branch = __webpack_require__(1597);
// EXTERNAL MODULE: ./packages/release/arrival.ts
var release_arrival = __webpack_require__(1993);
// EXTERNAL MODULE: ./packages/release/target.ts
var release_target = __webpack_require__(1807);
// EXTERNAL MODULE: ./packages/version-files/index.ts + 18 modules
var version_files = __webpack_require__(3225);
// EXTERNAL MODULE: ./packages/versioning/index.ts + 3 modules
var versioning = __webpack_require__(9636);
// EXTERNAL MODULE: ./packages/tagging/version-evidence.ts
var version_evidence = __webpack_require__(5698);
;// CONCATENATED MODULE: ./packages/release/tag-plan.ts
/**
 * The first half of create-tag, before anything is written: which commit, which version (input,
 * branch, merge message, or the merged pull request), the cross-check with the version files
 * and CHANGELOG.md, the release notes, the tag's state on the remote, and the version policy.
 */














/** Works out everything create-tag will do, reading only; throws on any disagreement. */
async function planTag(ctx, request) {
    const { git } = ctx;
    const commit = git ? await localCommit(git, request.sha) : await apiCommit(ctx, request.sha);
    const sha = commit.sha;
    const resolved = await resolveVersion(ctx, request, sha, commit.message);
    const origin = describeOrigin(resolved);
    const files = git ? await readRepositoryFiles(git, request, sha, ctx.log) : undefined;
    if (!git)
        ctx.log.info('No checkout: the version files and CHANGELOG.md are not cross-checked.');
    const evidence = [
        { source: origin, version: resolved.version },
        ...(files?.evidence ?? [])
    ];
    (0,version_evidence/* checkVersionAgreement */.pl)(evidence);
    const base = git
        ? {
            ...(await (0,release_target/* resolveReleaseTarget */.A)(git, {
                versionInput: resolved.version,
                branch: request.branch,
                patterns: request.patterns,
                tagPrefix: request.tagPrefix,
                mainBranch: request.mainBranch,
                alsoList: refsToList(request, resolved),
                alsoFetch: (listing) => arrivalBranchToFetch(request, resolved, commit, listing)
            })),
            ...resolved
        }
        : targetFromTags(resolved, `${request.tagPrefix}${resolved.version}`, await listTagsViaApi(await ctx.github(), ctx.repository), request.tagPrefix);
    const listing = 'listing' in base ? base.listing : undefined;
    const target = request.prereleaseId
        ? candidateOf(base, sha, request, await candidateTags(ctx, `${request.tagPrefix}${base.version}-`, listing))
        : base;
    const tagName = target.tag;
    if (target !== base)
        ctx.log.info(`Release candidate ${target.version} of ${base.version}.`);
    const remote = listing
        ? remoteNameIn(listing, tagName)
        : await readNameViaApi(await ctx.github(), ctx.repository, tagName);
    if (remote.branch) {
        throw new errors/* ConfigurationError */.j1(`The tag name ${tagName} is taken by a branch: origin has refs/heads/${tagName}. A tag of the ` +
            'same name would make the name ambiguous for git and GitHub. Rename or delete that branch ' +
            '(or set a different `tag-prefix`), then rerun. Nothing was changed.');
    }
    if (remote.tag && remote.tag.commit !== sha) {
        throw new errors/* ConfigurationError */.j1(`The tag ${tagName} already exists on commit ${remote.tag.commit}, not on ${sha}, the commit ` +
            'this run releases. A release tag is never moved; nothing was changed. Release a new ' +
            'version, or run on the tagged commit.');
    }
    // The tag at this very commit is a rerun, not a repeated version.
    (0,release_target/* enforcePolicy */.h)(target, request.releaseType, {
        tolerateOwnTag: remote.tag !== undefined,
        tagPrefix: request.tagPrefix
    });
    const arrival = await checkArrival(ctx, request, resolved, commit, listing);
    // A candidate's notes are its version's section (1.3.0 for 1.3.0-rc.2).
    const notes = releaseNotes(request, resolved.version, files);
    return { target, sha, origin, existing: remote.tag, notes, evidence, arrival, listing };
}
/**
 * What create-tag asks origin besides the branches and release tags, in the same `ls-remote`: a
 * branch named like the tag (or its candidates), the release branch whose arrival is checked,
 * and branches named like the floating tags. Absent from the answer means absent on origin.
 */
function refsToList(request, resolved) {
    const tag = `${request.tagPrefix}${resolved.version}`;
    const refs = [`refs/heads/${tag}`];
    if (request.prereleaseId && /^[0-9A-Za-z-]+$/.test(request.prereleaseId))
        refs.push(`refs/heads/${tag}-${request.prereleaseId}.*`);
    if (!resolved.pullHead) {
        try {
            refs.push(`refs/heads/${(0,versioning/* branchNameFor */.xG)(resolved.version, resolved.kind, request.patterns)}`);
        }
        catch {
            // No branch name for this version: the arrival is read without one.
        }
    }
    const major = semver/* default */.A.major(resolved.version);
    const minor = semver/* default */.A.minor(resolved.version);
    if (request.updateMajorTag)
        refs.push(`refs/heads/${request.tagPrefix}${major}`);
    if (request.updateMinorTag)
        refs.push(`refs/heads/${request.tagPrefix}${major}.${minor}`);
    return refs;
}
/**
 * The release branch whose arrival the plan checks, when origin's head of it is neither the
 * commit nor one of its parents (the branch moved on after the merge): the arrival check reads
 * its history, so it comes in the stage's one fetch with main and the tags, not in fetches of
 * its own afterwards.
 */
function arrivalBranchToFetch(request, resolved, commit, listing) {
    if (resolved.pullHead || (resolved.source !== 'merge' && !request.branch))
        return [];
    let branch;
    try {
        branch = (0,versioning/* branchNameFor */.xG)(resolved.version, resolved.kind, request.patterns);
    }
    catch {
        return [];
    }
    const head = listing.refs.get(`refs/heads/${branch}`);
    if (!head || head === commit.sha || commit.parentShas?.includes(head))
        return [];
    return [branch];
}
/**
 * On main, a release must arrive by a merge commit (step 12): a squash or rebase is refused,
 * or with `allow-squash` tagged with a warning. A run on the release branch is not checked.
 */
async function checkArrival(ctx, request, resolved, commit, listing) {
    if (resolved.source !== 'merge' && !request.branch)
        return undefined;
    const mainBranch = await mainBranchOf(ctx, request.mainBranch);
    const onMain = resolved.source === 'merge' || request.branch === mainBranch;
    if (!onMain)
        return undefined;
    const arrival = ctx.git
        ? await (0,release_arrival/* releaseArrival */.j)(ctx.git, {
            sha: commit.sha,
            version: resolved.version,
            kind: resolved.kind,
            patterns: request.patterns,
            pull: resolved.pullHead,
            listing
        })
        : (0,release_arrival/* arrivalFromApi */.IU)(commit.parents ?? 1, commit.sha, resolved.pullHead);
    if (arrival.kind === 'unknown') {
        ctx.log.info(`Cannot tell how ${resolved.version} reached ${mainBranch}: no release branch or merged pull request names its head.`);
    }
    if (arrival.kind !== 'squash')
        return arrival;
    const why = (0,release_arrival/* describeSquash */.Bi)(arrival, commit.sha, mainBranch);
    if (request.allowSquash) {
        ctx.log.warning(`${why}. Tagging the squash commit anyway (allow-squash: true).`);
        return arrival;
    }
    throw new errors/* ConfigurationError */.j1(`${why}. Revert it on ${mainBranch} and merge the release pull request with ` +
        '"Create a merge commit" (open-release-pr\'s auto-merge: true does so), or set ' +
        "'allow-squash: true' to tag the squash commit anyway. Nothing was changed.", { input: 'allow-squash' });
}
/** The `main-branch` input, or when it is empty the repository's default branch. */
async function mainBranchOf(ctx, given) {
    if (given)
        return given;
    const fromApi = async () => {
        const github = await ctx.github();
        try {
            const { data } = await github.request('GET /repos/{owner}/{repo}', { ...ctx.repository });
            return data.default_branch;
        }
        catch (error) {
            throw (0,github_errors/* explainApiError */.cU)(error, "reading the repository's default branch");
        }
    };
    return (ctx.git && (await (0,default_branch/* remoteDefaultBranch */.Ki)(ctx.git, fromApi))) || fromApi();
}
/**
 * The commit to tag, full sha, its parents and message; fetched when a shallow checkout lacks it.
 * That fetch is one of its own: the version may be read from this very message, and the stage's
 * one ls-remote asks for refs named after the version.
 */
async function localCommit(git, sha) {
    const wanted = sha ?? 'HEAD';
    let full = await git.resolveCommit(wanted);
    if (!full && sha) {
        await git.run(['fetch', '--no-tags', '--depth=1', '--', 'origin', sha], {
            allowFailure: true
        });
        full = await git.resolveCommit(sha);
    }
    if (!full) {
        throw new errors/* ConfigurationError */.j1(`Input 'sha' is ${wanted}, which is not a commit of this repository (not even after fetching it).`, { input: 'sha' });
    }
    // `parents` first: a root commit's empty parent line survives the output's trim.
    const [first = '', ...message] = (await git.output(['log', '-1', '--format=parents %P%n%B', full])).split('\n');
    const parentShas = first.slice('parents '.length).split(' ').filter(Boolean);
    return { sha: full, message: message.join('\n'), parentShas };
}
async function apiCommit(ctx, sha) {
    if (!sha) {
        throw new errors/* ConfigurationError */.j1("There is no checkout and no commit to tag: set the 'sha' input (or run in a workflow, which sets GITHUB_SHA).", { input: 'sha' });
    }
    return commitMessageViaApi(await ctx.github(), ctx.repository, sha);
}
/** Input, branch, merge message; then the pull request the commit was merged by. */
async function resolveVersion(ctx, request, sha, message) {
    const direct = (0,versioning/* resolveReleaseVersion */.me)({
        input: request.versionInput,
        branch: request.branch,
        mergeMessage: message,
        patterns: request.patterns
    });
    if (direct)
        return direct;
    const github = await ctx.github();
    let pulls;
    try {
        pulls = await github.paginate(github.rest.repos.listPullRequestsAssociatedWithCommit, {
            ...ctx.repository,
            commit_sha: sha,
            per_page: 100
        });
    }
    catch (error) {
        throw (0,github_errors/* explainApiError */.cU)(error, `looking up the pull request of commit ${sha.slice(0, 12)}`);
    }
    const pull = (0,version_evidence/* releaseBranchOfPulls */.jB)(pulls, sha, request.patterns);
    if (pull) {
        return {
            version: pull.version,
            kind: pull.kind,
            source: 'merge',
            branch: pull.branch,
            pull: pull.number,
            pullHead: pull.headSha
                ? { number: pull.number, branch: pull.branch, headSha: pull.headSha }
                : undefined
        };
    }
    const subject = message.split('\n')[0] ?? '';
    throw new errors/* ConfigurationError */.j1(`Cannot tell which version commit ${sha.slice(0, 12)} ("${subject}") releases: the 'version' ` +
        `input is empty, the branch '${request.branch ?? '(none)'}' is not a release or hotfix branch, ` +
        'the commit is not the merge of one, and no merged pull request from one contains it. ' +
        "Set the 'version' input, or run on the merge of release-vX.Y.Z.", { input: 'version' });
}
function describeOrigin(resolved) {
    if (resolved.source === 'input')
        return "the 'version' input";
    if (resolved.source === 'branch')
        return `the branch ${resolved.branch ?? ''}`;
    if (resolved.pull !== undefined)
        return `the merged pull request #${resolved.pull} (${resolved.branch ?? ''})`;
    return `the merged branch ${resolved.branch ?? ''}`;
}
/** The version files and CHANGELOG.md of the checkout, as evidence. */
async function readRepositoryFiles(git, request, sha, log) {
    if ((await git.headSha()) !== sha) {
        log.warning(`The checkout is not at ${sha.slice(0, 12)}; the version files and ${request.changelogPath} are read from its HEAD.`);
    }
    const evidence = [];
    const versions = await readVersionFiles(git.cwd, request.files);
    if (versions)
        evidence.push(versions);
    const path = request.changelogPath;
    const file = (0,confine/* confinedFile */.dD)(git.cwd, path);
    if (!(0,external_node_fs_.existsSync)(file)) {
        log.info(`${path} does not exist; the release notes cannot come from it.`);
        return { evidence };
    }
    const changelog = (0,external_node_fs_.readFileSync)(file, 'utf8');
    const top = (0,version_evidence/* topReleasedVersion */.Be)(changelog);
    if (top) {
        evidence.push({
            source: `${path}'s top released section`,
            version: top.version,
            where: `${path}:${top.line}`,
            locations: [{ file: path, line: top.line }]
        });
    }
    return { evidence, changelog };
}
/**
 * What the version files say. Files listed in `files` must be there; when none are listed and
 * none are found (a project that keeps no version in files), there is nothing to compare.
 */
async function readVersionFiles(dir, specs) {
    let loaded;
    try {
        loaded = await (0,version_files/* loadVersionFiles */.Cd)(dir, specs);
    }
    catch (error) {
        const noneFound = error instanceof errors/* ConfigurationError */.j1 && /^No version file found/.test(error.message);
        if (specs === undefined && noneFound)
            return undefined;
        throw error;
    }
    const current = (0,version_files/* currentVersion */.YO)(loaded);
    if (current.version === undefined)
        return undefined;
    return {
        source: 'the version files',
        version: current.version,
        where: current.occurrences.map((o) => `${o.file}:${o.line}`).join(', '),
        locations: current.occurrences.map((o) => ({ file: o.file, line: o.line }))
    };
}
/** Release tags of the API's tag list, shaped as resolveReleaseTarget shapes a checkout's. */
/** The candidate `X.Y.Z-<id>.N` of the target: the one on `sha` already, or the next number. */
function candidateOf(target, sha, request, remoteTags) {
    const id = (0,versioning/* checkPrereleaseId */.cP)(request.prereleaseId ?? '');
    if (semver/* default */.A.prerelease(target.version) !== null) {
        throw new errors/* ConfigurationError */.j1(`The version ${target.version} is already a pre-release; 'prerelease-id' makes candidates of a release version (1.3.0).`, { input: 'prerelease-id' });
    }
    const stem = `${request.tagPrefix}${target.version}-${id}.`;
    const numbered = [...remoteTags]
        .filter(([name]) => name.startsWith(stem) && /^\d+$/.test(name.slice(stem.length)))
        .map(([name, commit]) => ({ n: Number(name.slice(stem.length)), commit }));
    const n = numbered.find((c) => c.commit === sha)?.n ?? Math.max(0, ...numbered.map((c) => c.n)) + 1;
    const version = `${target.version}-${id}.${n}`;
    return { ...target, version, tag: `${request.tagPrefix}${version}` };
}
/**
 * The remote's tags that start with `stem` (pre-release tags are no release tags, so read apart):
 * from the plan's listing, whose `refs/tags/<prefix>*` covers them, else the API.
 */
async function candidateTags(ctx, stem, listing) {
    const all = listing
        ? new Map([...listing.refs]
            .filter(([ref]) => ref.startsWith('refs/tags/'))
            .map(([ref, commit]) => [ref.slice('refs/tags/'.length), commit]))
        : await listTagsViaApi(await ctx.github(), ctx.repository);
    return new Map([...all].filter(([name]) => name.startsWith(stem)));
}
function targetFromTags(resolved, tag, tags, prefix) {
    const all = (0,versioning/* parseReleaseTags */.GU)([...tags.keys()], prefix);
    // Without history, a hotfix follows the tags of its own line and below (v1.2.x for 1.2.1).
    const ceiling = semver/* default */.A.inc(resolved.version, 'minor') ?? resolved.version;
    const lineTags = resolved.kind === 'hotfix' ? all.filter((t) => semver/* default */.A.lt(t.version, ceiling)) : all;
    const remoteTags = new Map(all.map((t) => [t.name, tags.get(t.name) ?? '']));
    return {
        ...resolved,
        tag,
        latest: lineTags.find((t) => t.name !== tag),
        lineTags,
        remoteTags
    };
}
function releaseNotes(request, version, files) {
    if (request.releaseNotes !== undefined)
        return { text: request.releaseNotes, from: 'input' };
    const changelog = files?.changelog;
    const section = changelog === undefined ? undefined : (0,release_section/* readReleaseSection */.Dz)(changelog, version);
    if (section && section.body.trim() !== '')
        return { text: section.body, from: 'changelog' };
    const why = files === undefined
        ? 'cannot be read without a checkout'
        : changelog === undefined
            ? 'does not exist'
            : section
                ? `has an empty section for ${version}`
                : `has no section for ${version}`;
    return { text: '', from: 'none', why };
}

;// CONCATENATED MODULE: ./packages/release/create-tag.ts
/**
 * Steps 14 and 21 of the process: the annotated release tag on the merge commit, pushed (or made
 * through the API), then the GitHub Release, then, only when asked, the floating `v1` tag.
 * Everything is read and checked first; a rerun finishes what an earlier run left undone.
 */








/** Creates (or confirms) the release tag and its GitHub Release. */
async function createReleaseTag(ctx, request) {
    const plan = await planTag(ctx, request);
    const { version, tag } = plan.target;
    if (request.createRelease && plan.notes.from === 'none' && !ctx.git) {
        ctx.log.warning(`No release notes for ${version}: ${request.changelogPath} ${plan.notes.why ?? ''}; an ` +
            "existing release keeps its notes, a new one gets none unless 'release-notes' gives them.");
    }
    else if (request.createRelease &&
        plan.notes.from === 'none' &&
        plan.notes.why === 'does not exist') {
        // The changelog named is not there: the input to fix is 'changelog-path'.
        throw new errors/* ConfigurationError */.j1(`No release notes for ${version}: Input 'changelog-path' is ${(0,shown/* shown */.S)(request.changelogPath)}, ` +
            "a file that does not exist, and the 'release-notes' input is empty. Point " +
            "'changelog-path' at the changelog, or give the notes in 'release-notes'. " +
            'Nothing was changed.', { input: 'changelog-path' });
    }
    else if (request.createRelease && plan.notes.from === 'none') {
        // A release with an empty body is published for good; say so before anything is written.
        throw new errors/* ConfigurationError */.j1(`No release notes for ${version}: ${request.changelogPath} ${plan.notes.why ?? ''} ` +
            "and the 'release-notes' input is empty. Run update-changelog on the release branch, " +
            "point 'changelog-path' at the changelog, or give the notes in 'release-notes'. " +
            'Nothing was changed.', { input: 'release-notes' });
    }
    const message = request.message.replaceAll('{version}', version);
    const releaseName = request.releaseName.replaceAll('{version}', version);
    // A version with a pre-release part (1.3.0-rc.1) is published as one, never as Latest (SPEC).
    const prerelease = request.prerelease || semver/* default */.A.prerelease(version) !== null;
    const makeLatest = (0,github_release/* makeLatestFor */.zy)(version, [...plan.target.remoteTags.keys()].map((name) => name.slice(request.tagPrefix.length)), request.makeLatest, { draft: request.draft, prerelease });
    const base = { plan, message, releaseName, makeLatest, prerelease };
    if (request.dryRun) {
        const floating = floatingTagNames(request, plan).map((f) => ({ ...f, result: f.result }));
        return { ...base, result: 'dry-run', tag: 'dry-run', floating };
    }
    const tagResult = plan.existing ? 'unchanged' : await writeTag(ctx, request, plan, message);
    const release = request.createRelease
        ? await (0,github_release/* publishRelease */.Dl)(await ctx.github(), {
            ...ctx.repository,
            tag,
            version,
            sha: plan.sha,
            name: releaseName,
            body: plan.notes.from === 'none' ? undefined : plan.notes.text,
            draft: request.draft,
            prerelease,
            makeLatest
        }, ctx.log)
        : undefined;
    const floating = await moveFloatingTags(ctx, request, plan);
    const changed = (release && release.result !== 'unchanged') ||
        floating.some((f) => f.result === 'moved' || f.result === 'created');
    // A release made by this run (the tag pushed by an earlier one) is created, not updated.
    const created = tagResult === 'created' || release?.result === 'created';
    const result = created ? 'created' : changed ? 'updated' : 'unchanged';
    return { ...base, result, tag: tagResult, release, floating };
}
/** Makes and publishes the tag; a tag that appeared meanwhile is accepted only at our commit. */
async function writeTag(ctx, request, plan, message) {
    const { tag } = plan.target;
    let outcome;
    if (request.via === 'git' && ctx.git) {
        const git = ctx.git;
        const tagging = { name: tag, sha: plan.sha, message };
        if (request.signing) {
            await withTagSigning(git, request.signing, (signing) => createAnnotatedTag(git, tagging, signing));
        }
        else {
            await createAnnotatedTag(git, tagging);
        }
        const pushed = await pushTag(git, tag);
        if (!pushed.pushed && pushed.reason === 'refused') {
            throw new errors/* ConfigurationError */.j1(`The server refused the push of the tag ${tag}:\n${pushed.detail}\n` +
                "The job needs 'contents: write', and no tag ruleset may forbid the token to create it (or the token's App or user must be on the ruleset's bypass list).");
        }
        outcome = pushed.pushed ? 'created' : 'exists';
    }
    else {
        const github = await ctx.github();
        outcome = await createTagViaApi(github, ctx.repository, {
            name: tag,
            sha: plan.sha,
            message,
            tagger: request.identity
        });
    }
    if (outcome === 'created')
        return 'created';
    // Someone else made the tag between our check and our push: fine only if it is ours.
    const now = ctx.git
        ? await readRemoteName(ctx.git, tag)
        : await readNameViaApi(await ctx.github(), ctx.repository, tag);
    if (now.tag?.commit === plan.sha) {
        ctx.log.info(`The tag ${tag} appeared on ${plan.sha} meanwhile (another run); keeping it.`);
        return 'unchanged';
    }
    throw new errors/* ConfigurationError */.j1(`The tag ${tag} was created on commit ${now.tag?.commit ?? '(unknown)'} by someone else while ` +
        `this run was tagging ${plan.sha}. A release tag is never moved; nothing was changed.`);
}
/**
 * The floating tags asked for (`v1`, and `v1.3` with update-minor-tag), each moved only when
 * this release is the newest of its line: a hotfix of an older minor never moves `v1` back.
 */
function floatingTagNames(request, plan) {
    if (!request.updateMajorTag && !request.updateMinorTag)
        return [];
    const { version } = plan.target;
    if (semver/* default */.A.prerelease(version) !== null) {
        return [
            {
                name: `${request.tagPrefix}${semver/* default */.A.major(version)}`,
                result: 'skipped',
                reason: 'a pre-release'
            }
        ];
    }
    const versions = [...plan.target.remoteTags.keys()].map((n) => n.slice(request.tagPrefix.length));
    const lines = [
        ...(request.updateMajorTag ? [`${semver/* default */.A.major(version)}`] : []),
        ...(request.updateMinorTag ? [`${semver/* default */.A.major(version)}.${semver/* default */.A.minor(version)}`] : [])
    ];
    return lines.map((line) => {
        const newer = versions.find((v) => semver/* default */.A.gt(v, version) && `${v}.`.startsWith(`${line}.`));
        const name = `${request.tagPrefix}${line}`;
        return newer
            ? { name, result: 'skipped', reason: `${request.tagPrefix}${newer} is newer` }
            : { name, result: 'moved' };
    });
}
async function moveFloatingTags(ctx, request, plan) {
    const outcomes = [];
    for (const planned of floatingTagNames(request, plan)) {
        if (planned.result === 'skipped') {
            outcomes.push(planned);
            continue;
        }
        const { name } = planned;
        // The plan's listing asked for the tag (under the prefix's glob) and a branch of its name.
        const current = plan.listing
            ? remoteNameIn(plan.listing, name)
            : await readNameViaApi(await ctx.github(), ctx.repository, name);
        if (current.branch) {
            throw new errors/* ConfigurationError */.j1(`Cannot move the tag ${name}: origin has a branch of that name. Rename the branch, or set update-major-tag: false.`);
        }
        if (current.tag?.commit === plan.sha) {
            outcomes.push({ name, result: 'unchanged' });
            continue;
        }
        if (request.via === 'git' && ctx.git) {
            const moved = await moveFloatingTag(ctx.git, name, plan.sha, current.tag?.object);
            if (!moved.pushed) {
                throw new errors/* ConfigurationError */.j1(`The tag ${plan.target.tag} and its release are done, but moving ${name} failed:\n${moved.detail}\nRerun to retry.`);
            }
        }
        else {
            await moveFloatingTagViaApi(await ctx.github(), ctx.repository, name, plan.sha, current.tag !== undefined);
        }
        outcomes.push({ name, result: current.tag ? 'moved' : 'created' });
    }
    return outcomes;
}

// EXTERNAL MODULE: ./actions/create-tag/src/inputs.ts
var src_inputs = __webpack_require__(6506);
// EXTERNAL MODULE: ./packages/action-kit/summary.ts
var summary = __webpack_require__(336);
;// CONCATENATED MODULE: ./actions/create-tag/src/summary.ts

function arrivalText(arrival) {
    const head = arrival.head
        ? ` (${arrival.branch ?? 'release branch'} head ${arrival.head.slice(0, 12)}, from ${arrival.from ?? '?'})`
        : '';
    return {
        merge: `a merge${head}`,
        squash: `a squash or rebase${head}: ⚠️ not in the history of the tagged commit (allow-squash)`,
        unknown: 'unknown: no release branch head to compare with'
    }[arrival.kind];
}
/** The job summary: the tag, the commit, the release link and the notes. */
function tagSummary(outcome, serverUrl, repository) {
    const { plan, release } = outcome;
    const { target, sha } = plan;
    const repoUrl = `${serverUrl}/${repository.owner}/${repository.repo}`;
    const tagState = {
        created: 'created and pushed',
        unchanged: 'already there (a rerun)',
        'dry-run': 'would be created'
    }[outcome.tag];
    const releaseState = release
        ? `[${outcome.releaseName}](${release.url}) ${release.result}${release.draft ? ' (draft)' : ''}`
        : outcome.result === 'dry-run'
            ? `${outcome.releaseName} would be created or updated`
            : 'not asked for (create-release: false)';
    const detail = `**${target.tag}** (${outcome.message}) on [\`${sha.slice(0, 12)}\`](${repoUrl}/commit/${sha}); ` +
        `version ${target.version} from ${plan.origin}` +
        (plan.evidence.length > 1
            ? `, confirmed by ${plan.evidence
                .slice(1)
                .map((e) => e.source)
                .join(' and ')}.`
            : '.');
    const rows = [
        [
            'Tag',
            `[${target.tag}](${repoUrl}/releases/tag/${encodeURIComponent(target.tag)}): ${tagState}`
        ],
        ['Commit', sha],
        ...(plan.arrival
            ? [['Arrived on main by', arrivalText(plan.arrival)]]
            : []),
        ['Release', releaseState + (outcome.prerelease ? ' (pre-release)' : '')],
        ['Latest release', outcome.makeLatest ?? '(not set: draft or pre-release)'],
        ['Previous release', target.latest?.name ?? '(none)'],
        ...outcome.floating.map((f) => [
            `Floating tag ${f.name}`,
            f.result + (f.reason ? ` (${f.reason})` : '')
        ])
    ];
    let body = (0,summary/* resultLine */.ow)('create-tag', outcome.result, detail);
    body += (0,summary/* table */.tp)(['', ''], rows);
    const notesFrom = {
        input: "the 'release-notes' input",
        changelog: "the version's changelog section",
        none: 'nowhere: empty'
    }[plan.notes.from];
    body += `\n**Release notes** (from ${notesFrom}):\n\n${(0,summary/* codeBlock */.DV)(plan.notes.text || '(empty)', 'markdown')}`;
    return body;
}

;// CONCATENATED MODULE: ./actions/create-tag/src/step.ts









async function createTagStep(inputs, context, repository) {
    const checkout = new git/* Git */.TU(inputs.workingDirectory, {
        log: logger/* actionsLogger */.M,
        identity: inputs.identity,
        token: inputs.token
    });
    const isCheckout = await checkout.isRepository();
    if (!isCheckout && inputs.via === 'git') {
        throw new errors/* ConfigurationError */.j1(`${inputs.workingDirectory} is not a git checkout; run actions/checkout first, or set via: api to tag through the API without one.`);
    }
    let client;
    const github = () => (client ??= (0,github_client.createGitHubClient)({
        token: inputs.token,
        apiUrl: context.apiUrl,
        log: logger/* actionsLogger */.M
    }));
    const outcome = await createReleaseTag({ repository, git: isCheckout ? checkout : undefined, github, log: logger/* actionsLogger */.M }, {
        ...inputs,
        versionInput: inputs.version,
        sha: inputs.sha ?? (context.sha || undefined),
        branch: context.branch,
        signing: inputs.via === 'git'
            ? { mode: inputs.signTag, privateKey: inputs.gpgPrivateKey, scratch: context.runnerTemp }
            : undefined
    });
    const { target, sha } = outcome.plan;
    (0,core/* info */.pq)(outcome.result === 'unchanged'
        ? `${target.tag} is already on ${sha} and its release is up to date; nothing to do.`
        : `${target.tag} on ${sha}: ${outcome.result}.`);
    await (0,run/* setOutputs */.n0)({
        [src_inputs/* Output */.k7.tag]: target.tag,
        [src_inputs/* Output */.k7.version]: target.version,
        [src_inputs/* Output */.k7.sha]: sha,
        [src_inputs/* Output */.k7.releaseUrl]: outcome.release?.url ?? '',
        [src_inputs/* Output */.k7.releaseId]: outcome.release?.id ?? '',
        [src_inputs/* Output */.k7.arrival]: outcome.plan.arrival?.kind ?? '',
        [src_inputs/* Output */.k7.result]: outcome.result
    });
    await (0,core/* appendSummary */.fe)(tagSummary(outcome, context.serverUrl, repository));
}


/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ actionsLogger)
/* harmony export */ });
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5453);

/** The Logger of an action: the runner's log, warnings as annotations, debug lines. */
const actionsLogger = {
    info: (message) => _core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
    warning: (message) => _core_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message),
    debug: (message) => _core_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message)
};


/***/ }),

/***/ 6421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eb: () => (/* binding */ compilePattern),
/* harmony export */   NZ: () => (/* binding */ parseClassificationRules),
/* harmony export */   OY: () => (/* binding */ pullRequestMergeNumber),
/* harmony export */   Xk: () => (/* binding */ parseChangeGroup),
/* harmony export */   oo: () => (/* binding */ classifyCommit)
/* harmony export */ });
/* unused harmony exports DEFAULT_SKIP, breakingNote */
/* harmony import */ var _base_user_regex_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4385);
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4431);
/* harmony import */ var _grammar_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3770);
/**
 * Which Keep a Changelog group a commit belongs to, from its subject: the seed's style
 * (`Feature: ...`, `Fix: ...`, `Improved ...`) and Conventional Commits (`feat(api)!: ...`),
 * after any rules the user gave. Commits that are not notable (merges, chores, our own bump and
 * changelog commits) get no group.
 */



/** The suite's own commits: bump-version's and ours, with their default messages. */
const DEFAULT_SKIP = [
    /^Bump version to \S+$/,
    /^Update CHANGELOG for \S+$/
];
const CONVENTIONAL = /^([a-zA-Z]+)(?:\(([^)]*)\))?(!)?: *(.+)$/;
const CONVENTIONAL_GROUPS = {
    feat: 'Added',
    feature: 'Added',
    fix: 'Fixed',
    bugfix: 'Fixed',
    perf: 'Changed',
    refactor: 'Changed',
    revert: 'Changed',
    security: 'Security',
    deprecate: 'Deprecated',
    remove: 'Removed',
    chore: 'skip',
    ci: 'skip',
    docs: 'skip',
    doc: 'skip',
    test: 'skip',
    tests: 'skip',
    build: 'skip',
    style: 'skip',
    wip: 'skip'
};
/** The seed's style: `Label: text` keeps the text, a leading verb keeps the whole subject. */
const SEED_LABELS = [
    [/^(?:Feature|Add|Added|New): */i, 'Added'],
    [/^(?:Fix|Fixed|Bug|Bugfix|Hotfix): */i, 'Fixed'],
    [/^(?:Change|Changed|Improve|Improvement|Update|Updated|Perf|Performance): */i, 'Changed'],
    [/^(?:Remove|Removed): */i, 'Removed'],
    [/^(?:Deprecate|Deprecated): */i, 'Deprecated'],
    [/^Security: */i, 'Security']
];
const SEED_VERBS = [
    [/^(?:Add|Adds|Added|Introduce|Introduces|Introduced|Support|Supports) /i, 'Added'],
    [
        /^(?:Fix|Fixes|Fixed|Bug|Bugfix|Correct|Corrects|Corrected|Resolve|Resolves|Resolved) /i,
        'Fixed'
    ],
    [
        /^(?:Improve|Improves|Improved|Improvement|Change|Changes|Changed|Update|Updates|Updated|Refactor|Refactored|Speed up|Optimi[sz]e|Optimi[sz]ed) /i,
        'Changed'
    ],
    [/^(?:Remove|Removes|Removed|Drop|Drops|Dropped|Delete|Deleted) /i, 'Removed'],
    [/^(?:Deprecate|Deprecates|Deprecated) /i, 'Deprecated'],
    [/^Revert "/, 'Changed']
];
const MERGE_SUBJECT = /^Merge (?:branch|remote-tracking branch|tag|commit|pull request|[0-9a-f]{7,40}) /;
/** A ticket key leading the subject, Apache/Jira style: `[CLI-123] ...` or `CLI-123: ...`. */
const JIRA_PREFIX = /^(?:\[([A-Z][A-Z0-9_]+-\d+)\]:?|([A-Z][A-Z0-9_]+-\d+):)\s*(\S.*)$/;
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE: /m;
/**
 * Classifies one commit, or returns undefined when it is left out. `body` is read for
 * `BREAKING CHANGE:` footers.
 */
function classifyCommit(subject, body, options) {
    const line = subject.trim();
    if (line === '' || MERGE_SUBJECT.test(line))
        return undefined;
    if (DEFAULT_SKIP.some((p) => p.test(line)) || options.skip.some((p) => p.test(line)))
        return undefined;
    // Read for every commit of a rebuild: the plain search first, the pattern only if it can match.
    const breakingFooter = body.includes('BREAKING') && BREAKING_FOOTER.test(body);
    const note = breakingFooter ? breakingNote(body) : undefined;
    for (const rule of options.rules) {
        const match = rule.pattern.exec(line);
        if (!match)
            continue;
        if (rule.group === 'skip')
            return undefined;
        const text = match.groups?.text ??
            (match.index === 0 && match[0].length < line.length ? line.slice(match[0].length) : line);
        return finish(rule.group, text, breakingFooter, note);
    }
    const keyed = JIRA_PREFIX.exec(line);
    if (keyed) {
        // `[CLI-123] Fix ...`, `CLI-123: Fix ...`: classified by the words, the key kept at the end.
        const key = keyed[1] ?? keyed[2];
        const rest = classifyCommit(keyed[3], body, options);
        if (!rest)
            return undefined;
        return rest.text.includes(key) ? rest : { ...rest, text: `${rest.text} (${key})` };
    }
    const conventional = CONVENTIONAL.exec(line);
    if (conventional) {
        const [, type = '', scope, bang, description = ''] = conventional;
        // Own keys only: `constructor: x` is no type, though every object has a constructor.
        const key = type.toLowerCase();
        const group = Object.hasOwn(CONVENTIONAL_GROUPS, key) ? CONVENTIONAL_GROUPS[key] : undefined;
        const breaking = bang === '!' || breakingFooter;
        if (group !== undefined && (group !== 'skip' || breaking)) {
            const text = scope ? `**${scope}:** ${capitalize(description)}` : description;
            return finish(group === 'skip' ? 'Changed' : group, text, breaking, note);
        }
        if (group === 'skip')
            return undefined;
    }
    // Every label ends in a colon: a subject without one is not tried against them.
    for (const [pattern, group] of line.includes(':') ? SEED_LABELS : []) {
        const match = pattern.exec(line);
        if (match && match[0].includes(':'))
            return finish(group, line.slice(match[0].length), breakingFooter, note);
    }
    for (const [pattern, group] of SEED_VERBS) {
        if (pattern.test(line))
            return finish(group, line, breakingFooter, note);
    }
    return options.unclassified ? finish(options.unclassified, line, breakingFooter, note) : undefined;
}
function finish(group, text, breaking, note) {
    const clean = capitalize(text.trim());
    if (clean === '')
        return undefined;
    if (!breaking)
        return { group, text: clean, breaking };
    return { group, text: `**Breaking:** ${clean}${note ? ` — ${note}` : ''}`, breaking };
}
/**
 * The text of a `BREAKING CHANGE:` footer, its continuation lines joined, up to the next footer
 * (`Token: ` or `Token #`) or a blank line: what a user must know, so it goes into the entry.
 */
function breakingNote(body) {
    const lines = body.split(/\r?\n/);
    const start = lines.findIndex((l) => BREAKING_FOOTER.test(l));
    if (start === -1)
        return undefined;
    const parts = [lines[start].replace(BREAKING_FOOTER, '')];
    for (const line of lines.slice(start + 1)) {
        if (line.trim() === '' || /^[\w-]+(?:: | #)/.test(line))
            break;
        parts.push(line.trim());
    }
    const note = parts.join(' ').replace(/\s+/g, ' ').trim();
    return note === '' ? undefined : note;
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** `Merge pull request #12 from owner/branch`: the PR's number, else undefined. */
function pullRequestMergeNumber(subject) {
    const match = /^Merge pull request #(\d+) from \S+/.exec(subject);
    return match ? Number(match[1]) : undefined;
}
/** Looks a group name up case-insensitively (`added`, `Fixed`), or undefined. */
function parseChangeGroup(name) {
    return _grammar_js__WEBPACK_IMPORTED_MODULE_2__/* .CHANGE_GROUPS */ .Y0.find((g) => g.toLowerCase() === name.trim().toLowerCase());
}
/**
 * Reads the `group-patterns` input: one `regex => Group` (or `=> skip`) per line. Patterns are
 * case-insensitive; a named group `text` picks the entry's text.
 */
function parseClassificationRules(lines, input) {
    return lines.map((raw) => {
        const arrow = raw.lastIndexOf('=>');
        const source = arrow === -1 ? '' : raw.slice(0, arrow).trim();
        const target = arrow === -1 ? '' : raw.slice(arrow + 2).trim();
        const group = target.toLowerCase() === 'skip' ? 'skip' : parseChangeGroup(target);
        if (!source || !group) {
            throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${input}' has the line '${raw}'; write 'regex => Group' with Group one of ${_grammar_js__WEBPACK_IMPORTED_MODULE_2__/* .CHANGE_GROUPS */ .Y0.join(', ')} or skip.`, { input });
        }
        return { pattern: compilePattern(source, input), group };
    });
}
/** Compiles a user's regex (case-insensitive), naming the input when it is not valid. */
function compilePattern(source, input, flags = 'i') {
    let regex;
    try {
        regex = new RegExp(source, flags);
    }
    catch (error) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${input}' has '${source}', which is not a valid regular expression: ${error.message}.`, { input });
    }
    return (0,_base_user_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .checkUserRegex */ .Hm)(regex, input);
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

/***/ 9004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dz: () => (/* reexport safe */ _index_js__WEBPACK_IMPORTED_MODULE_0__.Dz),
/* harmony export */   PD: () => (/* binding */ ticketKeys)
/* harmony export */ });
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2397);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7183);
/**
 * Reading one released section and its ticket keys: the entry point create-tag,
 * open-release-pr and close-milestone use. One parser serves writer and readers alike.
 */



/** The ticket keys (JIRA-1234) in a text, in order of first appearance, each once. */
function ticketKeys(text, pattern = _render_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_TICKET_PATTERN */ .sC) {
    return (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .ticketKeys */ .PD)(text, pattern);
}


/***/ }),

/***/ 4553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TU: () => (/* binding */ Git),
  iR: () => (/* binding */ GitCommandError)
});

// UNUSED EXPORTS: authHeaderKey

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/base/token-source.ts
var token_source = __webpack_require__(5681);
;// CONCATENATED MODULE: ./packages/base/logger.ts
/** A logger that keeps every line, for tests and for the CLI rehearsal. */
class RecordingLogger {
    lines = [];
    info(message) {
        this.lines.push({ level: 'info', message });
    }
    warning(message) {
        this.lines.push({ level: 'warning', message });
    }
    debug(message) {
        this.lines.push({ level: 'debug', message });
    }
    text(level) {
        return this.lines
            .filter((l) => !level || l.level === level)
            .map((l) => l.message)
            .join('\n');
    }
}
const silentLogger = { info: () => { }, warning: () => { }, debug: () => { } };

// EXTERNAL MODULE: ./packages/base/round-trips.ts
var round_trips = __webpack_require__(9695);
;// CONCATENATED MODULE: ./packages/git/git.ts
/**
 * The real `git` CLI, run through `@actions/exec`. Every git call in the suite goes through a
 * `Git` instance, which carries the working directory, the bot identity and the token.
 */





class GitCommandError extends Error {
    args;
    result;
    constructor(args, result) {
        super(`git ${args.join(' ')} failed (exit ${result.exitCode}): ${result.stderr.trim() || result.stdout.trim()}`);
        this.args = args;
        this.result = result;
        this.name = 'GitCommandError';
    }
}
const NETWORK_COMMANDS = new Set(['fetch', 'push', 'ls-remote', 'pull']);
/**
 * Commands after which git starts `git maintenance run --auto` (or `gc --auto`): a process
 * more per call, and on a large history a repack, in a checkout the runner throws away.
 */
const AUTO_MAINTENANCE = new Set(['fetch', 'pull', 'commit', 'merge', 'rebase', 'am']);
const NO_AUTO_MAINTENANCE = ['-c', 'maintenance.auto=false', '-c', 'gc.auto=0'];
const ORIGIN_CALL = {
    fetch: 'fetch',
    pull: 'fetch',
    push: 'push',
    'ls-remote': 'ls-remote'
};
/**
 * `@actions/exec`, with `@actions/io` and `child_process` behind it, loads with the first git
 * call rather than with the action: an action that stops at a bad input never pays for it.
 */
async function exec(command, args, options) {
    const { getExecOutput } = await __webpack_require__.e(/* import() | actions-exec */ 2810).then(__webpack_require__.bind(__webpack_require__, 1260));
    return getExecOutput(command === 'git' ? gitExecutable() : command, args, options);
}
/**
 * git's absolute path, looked up on PATH once per PATH: given a bare name, `@actions/exec`
 * stats every PATH entry on each call (a few ms a process); given the path, one file.
 */
const gitOnPath = new Map();
function gitExecutable() {
    if (process.platform === 'win32')
        return 'git';
    const path = process.env.PATH ?? '';
    let found = gitOnPath.get(path);
    if (found === undefined) {
        found =
            path
                .split(external_node_path_.delimiter)
                .filter((dir) => (0,external_node_path_.isAbsolute)(dir))
                .map((dir) => (0,external_node_path_.join)(dir, 'git'))
                .find(isExecutableFile) ?? 'git';
        gitOnPath.set(path, found);
    }
    return found;
}
function isExecutableFile(file) {
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
        return (0,external_node_fs_.statSync)(file).isFile();
    }
    catch {
        return false;
    }
}
class Git {
    cwd;
    log;
    identity;
    token;
    serverUrl;
    checkoutAuth;
    /** The branch origin's HEAD named in this run's `ls-remote --symref ... HEAD`, once asked. */
    originHead;
    constructor(cwd, options = {}) {
        this.cwd = cwd;
        this.log = options.log ?? silentLogger;
        this.identity = options.identity;
        this.token = options.token;
        this.serverUrl = options.serverUrl ?? process.env.GITHUB_SERVER_URL ?? 'https://github.com';
    }
    /** The same git (log, identity, token, server) in another directory, e.g. a worktree. */
    at(cwd) {
        return new Git(cwd, {
            log: this.log,
            identity: this.identity,
            token: this.token,
            serverUrl: this.serverUrl
        });
    }
    /** Runs git; throws GitCommandError on a non-zero exit unless `allowFailure` (or `allowExit`). */
    async run(args, options = {}) {
        const auth = NETWORK_COMMANDS.has(args[0] ?? '') ? await this.networkAuthArgs() : [];
        this.log.debug(`git ${args.join(' ')}`);
        const call = ORIGIN_CALL[args[0] ?? ''];
        if (call)
            (0,round_trips/* countOriginCall */.ud)(call);
        const quiet = AUTO_MAINTENANCE.has(args[0] ?? '') ? NO_AUTO_MAINTENANCE : [];
        const result = await exec('git', [...auth, ...quiet, ...args], {
            cwd: this.cwd,
            silent: true,
            ignoreReturnCode: true,
            input: options.input === undefined ? undefined : Buffer.from(options.input),
            env: {
                ...stringEnv(process.env),
                ...this.identityEnv(),
                GIT_TERMINAL_PROMPT: '0',
                ...options.env
            }
        });
        if (result.exitCode !== 0 &&
            !options.allowFailure &&
            !options.allowExit?.includes(result.exitCode))
            throw new GitCommandError(args, result);
        return result;
    }
    /** Runs git and returns its trimmed standard output. */
    async output(args) {
        return (await this.run(args)).stdout.trim();
    }
    /**
     * Whether git takes the directory for a repository. One `git config` answers it (a repository
     * always has a local `core.repositoryformatversion`) and, in the same process, whether the
     * checkout left an auth header for network commands: one git process where two would do.
     */
    async isRepository() {
        // Nothing named .git here or above (and no GIT_DIR): git would say no, so skip asking it.
        if (!process.env.GIT_DIR && !hasGitEntryAbove(this.cwd))
            return false;
        const config = await this.run([
            'config',
            '--show-scope',
            '--get-regexp',
            '^(http\\..*extraheader|core\\.repositoryformatversion)$'
        ], { allowFailure: true });
        const lines = config.exitCode === 0 ? config.stdout.split('\n') : [];
        if (lines.some((line) => /^local\tcore\.repositoryformatversion /.test(line))) {
            this.checkoutAuth ??= Promise.resolve(lines.some((line) => /^\w+\thttp\..*extraheader( |$)/.test(line)));
            return true;
        }
        return (await this.run(['rev-parse', '--git-dir'], { allowFailure: true })).exitCode === 0;
    }
    /**
     * Whether the clone is shallow: its `shallow` file read where git keeps it, no git process;
     * git asked only when the repository's directory cannot be told from the working directory.
     */
    async isShallow() {
        const file = this.shallowFile();
        if (file !== undefined)
            return (0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).size > 0;
        return (await this.output(['rev-parse', '--is-shallow-repository'])) === 'true';
    }
    /** `$GIT_COMMON_DIR/shallow`, as git finds it (GIT_DIR, a .git directory or gitfile, commondir). */
    shallowFile() {
        const common = this.commonDir();
        return common === undefined ? undefined : (0,external_node_path_.join)(common, 'shallow');
    }
    /**
     * The directory git keeps what worktrees share (objects, refs, `shallow`), as git finds it:
     * GIT_DIR, a .git directory or gitfile, commondir. Undefined when it cannot be told.
     */
    commonDir() {
        return commonDirOf(findGitDir(this.cwd), this.cwd);
    }
    /**
     * HEAD's commit read from the files git keeps it in, no git process: HEAD itself (detached),
     * or the loose ref of the branch it names, which git writes on every update of that branch.
     * Undefined where the files do not tell: an unborn branch, a ref only in packed-refs, a
     * reftable repository, a directory git cannot be found from.
     */
    headFromFiles() {
        const gitDir = findGitDir(this.cwd);
        const common = commonDirOf(gitDir, this.cwd);
        if (gitDir === undefined || common === undefined)
            return undefined;
        try {
            let content = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(gitDir, 'HEAD'), 'utf8').trim();
            const branch = /^ref: (refs\/heads\/[^\s]+)$/.exec(content)?.[1];
            if (branch !== undefined) {
                if (branch.split('/').includes('..'))
                    return undefined;
                content = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(common, branch), 'utf8').trim();
            }
            return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(content) ? content : undefined;
        }
        catch {
            return undefined;
        }
    }
    async headSha() {
        return this.output(['rev-parse', 'HEAD']);
    }
    /** The commit a ref points at, or undefined when it does not exist. */
    async resolveCommit(ref) {
        const result = await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], {
            allowFailure: true
        });
        return result.exitCode === 0 ? result.stdout.trim() : undefined;
    }
    /** The checked-out branch, or undefined on a detached HEAD. */
    async currentBranch() {
        const result = await this.run(['symbolic-ref', '--quiet', '--short', 'HEAD'], {
            allowFailure: true
        });
        return result.exitCode === 0 ? result.stdout.trim() : undefined;
    }
    async isAncestor(ancestor, descendant) {
        const result = await this.run(['merge-base', '--is-ancestor', ancestor, descendant], {
            allowFailure: true
        });
        return result.exitCode === 0;
    }
    /** Remote refs under a prefix (e.g. `refs/tags/v*`), name -> commit sha (tags peeled). */
    async remoteRefs(pattern, remote = 'origin') {
        return (await this.listRemote([pattern], remote)).refs;
    }
    /**
     * Everything a step needs to know of origin in one `ls-remote`: the refs matching any of
     * `patterns` (`HEAD` among them gives the default branch too, through `--symref`).
     */
    async listRemote(patterns, remote = 'origin') {
        const out = await this.output(['ls-remote', '--symref', remote, ...patterns]);
        const listing = { refs: new Map(), objects: new Map() };
        for (const line of out.split('\n')) {
            const [sha, ref] = line.split('\t');
            if (!sha || !ref)
                continue;
            if (sha.startsWith('ref: ')) {
                if (ref === 'HEAD')
                    listing.head = sha.slice('ref: refs/heads/'.length);
            }
            else if (ref.endsWith('^{}')) {
                listing.refs.set(ref.slice(0, -3), sha);
            }
            else {
                listing.objects.set(ref, sha);
                if (!listing.refs.has(ref))
                    listing.refs.set(ref, sha);
            }
        }
        if (listing.head && remote === 'origin')
            this.originHead = listing.head;
        // HEAD's line carries the default branch's commit: the branch is known without naming it.
        const head = listing.refs.get('HEAD');
        if (listing.head && head) {
            listing.refs.set(`refs/heads/${listing.head}`, head);
            listing.objects.set(`refs/heads/${listing.head}`, head);
        }
        return listing;
    }
    /** Tag names matching a glob that are reachable from `ref`. */
    async tagsMergedInto(ref, glob) {
        const out = await this.output(['tag', '--merged', ref, '--list', glob]);
        return out ? out.split('\n') : [];
    }
    /**
     * The tags of `tagsMergedInto`, or undefined when `ref` names nothing: one git process where
     * `resolveCommit` and then `tagsMergedInto` would take two.
     */
    async tagsMergedIntoIfExists(ref, glob) {
        try {
            return await this.tagsMergedInto(ref, glob);
        }
        catch (error) {
            if (error instanceof GitCommandError && /malformed object name/.test(error.result.stderr))
                return undefined;
            throw error;
        }
    }
    /**
     * Commits the given paths, and only them (`git commit -- <paths>`: what else is staged stays
     * out); the new commit and its parent, or undefined when nothing changed. One git process when
     * git tracks every path; when it declines (a path new to git, like a first CHANGELOG.md), the
     * paths are staged and committed again, and only then is it asked whether anything changed.
     * The new commit and its parent are HEAD after and before, read from git's files where they
     * tell it (`headFromFiles`); git is asked only where they do not.
     */
    async commit(paths, message) {
        const before = this.headFromFiles();
        const args = ['commit', '--no-verify', '--quiet', '-m', message, '--', ...paths];
        let made = await this.run(args, { allowFailure: true });
        if (made.exitCode !== 0) {
            await this.run(['add', '--', ...paths]);
            made = await this.run(args, { allowFailure: true });
        }
        if (made.exitCode !== 0) {
            const changed = await this.run(['diff', '--quiet', 'HEAD', '--', ...paths], {
                allowFailure: true
            });
            if (changed.exitCode === 0)
                return undefined;
            throw new GitCommandError(args, made);
        }
        const after = this.headFromFiles();
        if (before !== undefined && after !== undefined && after !== before)
            return { sha: after, parent: before };
        const [sha = '', parent = ''] = (await this.output(['log', '-1', '--format=%H%n%P', 'HEAD']))
            .split('\n')
            .map((line) => line.split(' ')[0] ?? '');
        return { sha, parent };
    }
    /** The bytes of a blob (`HEAD:path`), exactly as stored: no decoding on the way. */
    async blobBytes(revision) {
        const { execFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
        return new Promise((resolve, reject) => {
            execFile('git', ['cat-file', 'blob', revision], { cwd: this.cwd, encoding: 'buffer', maxBuffer: 1 << 30 }, (error, stdout) => (error ? reject(new Error(error.message)) : resolve(stdout)));
        });
    }
    identityEnv() {
        if (!this.identity)
            return {};
        return {
            GIT_AUTHOR_NAME: this.identity.name,
            GIT_AUTHOR_EMAIL: this.identity.email,
            GIT_COMMITTER_NAME: this.identity.name,
            GIT_COMMITTER_EMAIL: this.identity.email
        };
    }
    /**
     * actions/checkout leaves an `http.<server>.extraheader` with the token unless
     * `persist-credentials: false`; only when there is none do we add ours, so git never sends two.
     * An App installation token lives an hour: each network command asks the run's token source
     * for a token valid a while yet (minted again near its end), never the first one kept.
     */
    async networkAuthArgs() {
        if (!this.token)
            return [];
        this.checkoutAuth ??= exec('git', ['config', '--get-regexp', '^http\\..*extraheader$'], {
            cwd: this.cwd,
            silent: true,
            ignoreReturnCode: true
        }).then((existing) => existing.exitCode === 0 && existing.stdout.trim() !== '');
        if (await this.checkoutAuth)
            return [];
        const app = (0,token_source/* tokenSource */.Z)();
        const token = app?.minted(this.token) ? await app.fresh() : this.token;
        const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
        // Scoped to the GitHub server: an origin naming another host never receives the token.
        return ['-c', `${authHeaderKey(this.serverUrl)}=AUTHORIZATION: basic ${basic}`];
    }
}
/** `http.<server>/.extraheader`, the key actions/checkout writes, for one server URL. */
function authHeaderKey(serverUrl) {
    const url = new URL(serverUrl);
    return `http.${url.protocol}//${url.host}/.extraheader`;
}
/** The repository directory git would use for `cwd`, or undefined when it cannot be told here. */
function findGitDir(cwd) {
    if (process.env.GIT_DIR)
        return (0,external_node_path_.resolve)(cwd, process.env.GIT_DIR);
    for (let dir = (0,external_node_path_.resolve)(cwd);; dir = (0,external_node_path_.dirname)(dir)) {
        const entry = (0,external_node_path_.join)(dir, '.git');
        if ((0,external_node_fs_.existsSync)(entry)) {
            if ((0,external_node_fs_.statSync)(entry).isDirectory())
                return entry;
            const line = /^gitdir: (.+)$/m.exec((0,external_node_fs_.readFileSync)(entry, 'utf8'));
            return line ? (0,external_node_path_.resolve)(dir, line[1].trim()) : undefined;
        }
        if ((0,external_node_path_.dirname)(dir) === dir)
            return undefined;
    }
}
/** The common dir of `gitDir` (see `Git.commonDir`); `cwd` resolves a relative GIT_COMMON_DIR. */
function commonDirOf(gitDir, cwd) {
    if (!gitDir)
        return undefined;
    let common = gitDir;
    if (process.env.GIT_COMMON_DIR)
        common = (0,external_node_path_.resolve)(cwd, process.env.GIT_COMMON_DIR);
    else if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(gitDir, 'commondir')))
        common = (0,external_node_path_.resolve)(gitDir, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(gitDir, 'commondir'), 'utf8').trim());
    return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(common, 'objects')) ? common : undefined;
}
function hasGitEntryAbove(cwd) {
    for (let dir = (0,external_node_path_.resolve)(cwd);; dir = (0,external_node_path_.dirname)(dir)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git')))
            return true;
        if ((0,external_node_path_.dirname)(dir) === dir)
            return false;
    }
}
function stringEnv(env) {
    const out = {};
    for (const [key, value] of Object.entries(env))
        if (value !== undefined)
            out[key] = value;
    return out;
}


/***/ }),

/***/ 7801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aT: () => (/* binding */ remoteMessage),
/* harmony export */   hN: () => (/* binding */ classifyPushFailure),
/* harmony export */   r9: () => (/* binding */ pushCommits),
/* harmony export */   tq: () => (/* binding */ replayOnRemote)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/**
 * Pushing our own commits to a branch other people push to as well. A push that loses a race is
 * replayed on top of the new remote head and retried a bounded number of times; a push the server
 * refuses (protected branch, missing permission) is a clear error. Never `--force`: a lease, at
 * most, on the head our commits were made on, so the update is always a fast-forward.
 */

/** Tells a lost race from a refusal by reading git's report of the push. */
function classifyPushFailure(result) {
    const text = `${result.stdout}\n${result.stderr}`;
    if (/\[rejected\].*\((fetch first|non-fast-forward)\)/.test(text) ||
        /\(stale info\)/.test(text) ||
        // Another push landed between the server's ref advertisement and our update.
        /cannot lock ref '[^']+': is at [0-9a-f]+ but expected/.test(text)) {
        return 'race';
    }
    if (/\[remote rejected\]|pre-receive hook declined|protected branch|GH006|GH013|rule violations/i.test(text)) {
        return 'protected';
    }
    if (/Permission to .* denied|The requested URL returned error: 403|403 Forbidden|Authentication failed/i.test(text)) {
        return 'permission';
    }
    return 'other';
}
/** The lines of the push report that came from the server (`remote: ...`), for error messages. */
function remoteMessage(result) {
    const lines = `${result.stderr}\n${result.stdout}`
        .split('\n')
        .filter((l) => /^remote:|^ ?!|\[remote rejected\]|\[rejected\]|^error:|^fatal:/.test(l.trim()))
        .map((l) => l.trim())
        .filter((l) => l !== 'remote:');
    return lines.join('\n');
}
/**
 * Pushes HEAD to `branch`. `base` is the remote head our own commits were made on; after a lost
 * race they are rebased from `base` onto the new remote head, so the other commit is kept.
 */
async function pushCommits(git, branch, base, 
/**
 * `head`: HEAD's commit, known to the caller; a push that lands at once needs no look at it.
 * `remoteHead`: the branch's head on origin as the stage last saw it (its ls-remote).
 */
options = {}) {
    const remote = options.remote ?? 'origin';
    const maxAttempts = options.maxAttempts ?? 4;
    let onto = base;
    // The push is taken only while origin's head is the one our commits sit on: a force-push
    // that moved the branch back meanwhile fails it (a lost race), where a plain push would bring
    // back the commits it dropped. Only then: a lease on a head our commits do not sit on would
    // let git replace whatever is there.
    let lease = options.remoteHead === base ? base : undefined;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        const leased = lease ? [`--force-with-lease=refs/heads/${branch}:${lease}`] : [];
        const result = await git.run(['push', '--porcelain', ...leased, remote, `HEAD:refs/heads/${branch}`], { allowFailure: true });
        if (result.exitCode === 0) {
            const sha = attempt === 1 && options.head ? options.head : await git.headSha();
            return { sha, replays: attempt - 1 };
        }
        const kind = classifyPushFailure(result);
        if (kind !== 'race')
            throw pushRefusal(branch, kind, result);
        git.log.info(`The push to ${branch} lost a race with another commit; replaying ours on top (attempt ${attempt}).`);
        onto = await replayOnRemote(git, branch, onto, remote);
        // Our commits now sit on the head just fetched.
        lease = onto;
    }
    throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Pushing to ${branch} kept losing races with other pushes (${maxAttempts} attempts). Nothing was forced; rerun the job.`);
}
/**
 * After a lost race: fetches the branch and rebases our commits from `base` onto its new head
 * (the other commit is kept); returns that head. A conflict aborts the rebase and says so.
 */
async function replayOnRemote(git, branch, base, remote) {
    const tracking = `refs/remotes/${remote}/${branch}`;
    await git.run(['fetch', '--no-tags', remote, `+refs/heads/${branch}:${tracking}`]);
    const remoteHead = await git.output(['rev-parse', tracking]);
    const rebase = await git.run(['rebase', '--onto', remoteHead, base], { allowFailure: true });
    if (rebase.exitCode !== 0) {
        await git.run(['rebase', '--abort'], { allowFailure: true });
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Another commit (${remoteHead.slice(0, 12)}) landed on ${branch} and ours does not apply on top of it: ` +
            `${rebase.stdout.trim() || rebase.stderr.trim()}. Nothing was pushed; rerun the job on the new head.`);
    }
    return remoteHead;
}
function pushRefusal(branch, kind, result) {
    const detail = remoteMessage(result) || result.stderr.trim();
    if (kind === 'protected' && /verified signatures|must be signed/i.test(detail)) {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The server refused the push to ${branch}: the branch requires signed commits.\n${detail}\n` +
            "Set 'commit-via: api' (or 'auto'): the commit is then made through GitHub's API, which signs it.");
    }
    if (kind === 'protected') {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The server refused the push to ${branch}; the branch is protected or a rule forbids it.\n${detail}\n` +
            'Allow this token to push (a GitHub App or PAT listed in the bypass list), or let the action open a pull request instead.');
    }
    if (kind === 'permission') {
        return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The token may not push to ${branch} (the job needs 'contents: write').\n${detail}`);
    }
    return new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Pushing to ${branch} failed.\n${detail}`);
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

/***/ 8456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ readRefViaApi),
/* harmony export */   P: () => (/* binding */ createRefOnce)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9325);
/* harmony import */ var _write_once_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6101);


/** The ref `ref` ('refs/tags/v1.3.0') and what it points at; undefined when there is none. */
async function readRefViaApi(github, repository, ref) {
    try {
        const { data } = await github.rest.git.getRef({
            ...repository,
            ref: ref.replace(/^refs\//, '')
        });
        // Only the exact ref counts, never one it is a prefix of.
        return data.ref === ref ? data : undefined;
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .apiStatus */ .$T)(error) === 404)
            return undefined;
        throw error;
    }
}
/**
 * POST /git/refs, exactly once: after a lost answer the ref is looked up, and a ref already
 * pointing at `sha` is the write applied. A ref pointing elsewhere is left for the 422.
 */
async function createRefOnce(github, repository, ref, sha) {
    await (0,_write_once_js__WEBPACK_IMPORTED_MODULE_1__/* .writeOnce */ .Fq)({
        what: `creating ${ref}`,
        send: async () => (await github.rest.git.createRef({ ...repository, ref, sha, request: _write_once_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_BLIND_RETRY */ .hv })).data,
        lookup: async () => {
            const found = await readRefViaApi(github, repository, ref);
            return found?.object.sha === sha ? found : undefined;
        }
    });
}


/***/ }),

/***/ 6101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ writeOnce),
/* harmony export */   hv: () => (/* binding */ NO_BLIND_RETRY)
/* harmony export */ });
/* unused harmony export isLostAnswer */
/* harmony import */ var _http_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7573);

/** Per-request options that turn octokit's retry plugin off for one call. */
const NO_BLIND_RETRY = { retries: 0 };
/** Sends `send` until it is answered, looking with `lookup` after each lost answer. */
async function writeOnce(write) {
    const attempts = write.attempts ?? 4;
    for (let attempt = 1;; attempt++) {
        try {
            return await write.send();
        }
        catch (error) {
            // A 429 the throttling left (no rate-limit headers) was refused, not applied: send again.
            if (statusOf(error) === 429 && attempt < attempts) {
                const after = Number(headerOf(error, 'retry-after'));
                const waitMs = (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .retryBaseMs */ .wR)() * (Number.isFinite(after) && after > 0 ? Math.min(after, 60) : attempt);
                write.log?.warning(`GitHub answered 429 to ${write.what}; sending it again (${attempt} of ${attempts - 1}).`);
                await new Promise((resolve) => setTimeout(resolve, waitMs));
                continue;
            }
            if (!isLostAnswer(error))
                throw error;
            const found = await write.lookup();
            if (found !== undefined) {
                write.log?.info(`The answer to ${write.what} was lost, but it was applied; not sent again.`);
                return found;
            }
            if (attempt >= attempts)
                throw error;
            write.log?.warning(`The answer to ${write.what} was lost and it was not applied; sending it again (${attempt} of ${attempts - 1}).`);
            await new Promise((resolve) => setTimeout(resolve, (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .retryBaseMs */ .wR)() * attempt));
        }
    }
}
/**
 * A failure after which the request may or may not have been applied: no answer (octokit
 * reports a network failure as status 500) or a 5xx. Reads a wrapped error's `cause` too.
 */
function isLostAnswer(error) {
    const status = statusOf(error);
    return status !== undefined && status >= 500;
}
/** The HTTP status of an octokit error, or of the error a wrapper names as its `cause`. */
function statusOf(error) {
    for (const e of [error, error?.cause]) {
        const status = e?.status;
        if (typeof status === 'number')
            return status;
    }
    return undefined;
}
function headerOf(error, name) {
    for (const e of [error, error?.cause]) {
        const value = e?.response
            ?.headers?.[name];
        if (typeof value === 'string' || typeof value === 'number')
            return String(value);
    }
    return undefined;
}


/***/ }),

/***/ 1993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ describeSquash),
/* harmony export */   IU: () => (/* binding */ arrivalFromApi),
/* harmony export */   j: () => (/* binding */ releaseArrival),
/* harmony export */   pM: () => (/* binding */ mergedReleasePull)
/* harmony export */ });
/* harmony import */ var _tagging_version_evidence_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5698);
/* harmony import */ var _versioning_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9636);


/** Reads the arrival from the checkout: the commit's parents, the head, their ancestry. */
async function releaseArrival(git, request) {
    const parents = (await git.output(['rev-list', '--parents', '-n', '1', request.sha]))
        .split(' ')
        .slice(1);
    const found = await releaseHead(git, request);
    if (!found) {
        return parents.length > 1
            ? { kind: 'merge', head: parents[1], from: 'the merge commit' }
            : { kind: 'unknown' };
    }
    // The merge commit of the branch, or main fast-forwarded to it.
    if (found.head === request.sha || parents.includes(found.head))
        return { kind: 'merge', ...found };
    const present = await ensureCommit(git, found.head);
    const merged = present && (await git.isAncestor(found.head, request.sha));
    if (merged)
        return { kind: 'merge', ...found };
    // A merge commit of the branch that moved on afterwards (a fix pushed for the next candidate).
    if (!present || parents.length < 2)
        return { kind: 'squash', ...found };
    const movedOn = await branchMovedOn(git, parents[1], found.head);
    return movedOn ? { kind: 'merge', ...found, head: parents[1] } : { kind: 'squash', ...found };
}
/**
 * The same, from what the API says of the commit (no checkout): a merge commit has two parents;
 * a one-parent commit that is not the head of the pull request it merged was squashed or rebased.
 */
function arrivalFromApi(parents, sha, pull) {
    if (!pull)
        return parents > 1 ? { kind: 'merge' } : { kind: 'unknown' };
    const found = { branch: pull.branch, head: pull.headSha, from: `pull request #${pull.number}` };
    return { kind: parents > 1 || pull.headSha === sha ? 'merge' : 'squash', ...found };
}
async function releaseHead(git, request) {
    if (request.pull) {
        return {
            branch: request.pull.branch,
            head: request.pull.headSha,
            from: `pull request #${request.pull.number}`
        };
    }
    let branch;
    try {
        branch = (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_1__/* .branchNameFor */ .xG)(request.version, request.kind, request.patterns);
    }
    catch {
        return undefined;
    }
    const ref = `refs/heads/${branch}`;
    const head = (request.listing?.refs ?? (await git.remoteRefs(ref))).get(ref);
    return head ? { branch, head, from: `origin/${branch}` } : undefined;
}
/**
 * Whether `merged` (the merge commit's second parent) is in the history of the branch's head:
 * the branch was merged, then moved on. A shallow checkout fetches the branch's recent history
 * (the commits pushed after a merge are few) to tell.
 */
async function branchMovedOn(git, merged, head) {
    if (await git.isAncestor(merged, head))
        return true;
    if (!(await git.isShallow()))
        return false;
    await git.run(['fetch', '--no-tags', '--depth=100', 'origin', head], { allowFailure: true });
    return (await git.resolveCommit(merged)) !== undefined && git.isAncestor(merged, head);
}
/** Fetches a commit the checkout lacks (a release branch is not in a clone of main). */
async function ensureCommit(git, sha) {
    if (await git.resolveCommit(sha))
        return true;
    const shallow = await git.isShallow();
    await git.run(['fetch', '--no-tags', ...(shallow ? ['--depth=1'] : []), 'origin', sha], {
        allowFailure: true
    });
    return (await git.resolveCommit(sha)) !== undefined;
}
/** The explanation of a squash or rebase arrival, for create-tag's error or warning. */
function describeSquash(arrival, sha, main) {
    const head = arrival.head ? ` ${arrival.head.slice(0, 12)}` : '';
    const from = arrival.from ? ` (${arrival.from})` : '';
    return (`${arrival.branch ?? 'The release branch'}'s head${head}${from} is not in the history of ` +
        `${sha.slice(0, 12)} on ${main}: the release was squash- or rebase-merged, not merged with a merge commit. ` +
        `After such a merge ${main} stops being an ancestor of develop, and the back-merge meets the ` +
        "release's changes a second time as conflicts");
}
/** The merged release pull request of `sha` and its head, read from the API; undefined if none. */
async function mergedReleasePull(github, repository, sha, patterns) {
    const pulls = await github.paginate(github.rest.repos.listPullRequestsAssociatedWithCommit, {
        ...repository,
        commit_sha: sha,
        per_page: 100
    });
    const pull = (0,_tagging_version_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .releaseBranchOfPulls */ .jB)(pulls, sha, patterns);
    return pull?.headSha
        ? { number: pull.number, branch: pull.branch, headSha: pull.headSha }
        : undefined;
}


/***/ }),

/***/ 1807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ resolveReleaseTarget),
/* harmony export */   h: () => (/* binding */ enforcePolicy)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _base_shown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8815);
/* harmony import */ var _git_default_branch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1597);
/* harmony import */ var _git_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3213);
/* harmony import */ var _git_local_refs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3845);
/* harmony import */ var _versioning_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9636);
/**
 * Which version this run releases, and the release tags around it: the shared first half of
 * bump-version, update-changelog and create-tag. Resolution order and policy are SPEC "Versions".
 */






/** Resolves the version, fetches the tags and history it needs, finds the latest release tag. */
async function resolveReleaseTarget(git, request) {
    const branch = request.branch ?? (await git.currentBranch());
    // HEAD's message tells the version only when the branch does not (the run after a merge).
    const mergeMessage = request.versionInput || namesVersion(branch, request.patterns)
        ? undefined
        : await git.output(['log', '-1', '--format=%B', 'HEAD']);
    const resolved = (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveReleaseVersion */ .me)({
        input: request.versionInput,
        branch,
        mergeMessage,
        patterns: request.patterns
    });
    if (!resolved) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Cannot tell which version to release: the branch '${branch ?? '(detached HEAD)'}' is not a release or hotfix branch ` +
            `(${[...request.patterns.release, ...request.patterns.hotfix].join(', ')}) and HEAD is not the merge of one. ` +
            "Set the 'version' input, or run on a branch like release-v1.3.0.", { input: 'version' });
    }
    const given = request.mainBranch || undefined;
    // One ls-remote answers for the run's branch, the main branch (origin's HEAD when the input
    // does not name it) and the release tags: a single round trip to origin. The clone's tags,
    // tracking branches and origin's HEAD as last seen are read meanwhile, in one local read.
    const [local, listing] = await Promise.all([
        (0,_git_local_refs_js__WEBPACK_IMPORTED_MODULE_3__/* .readLocalRefs */ .c)(git, request.tagPrefix),
        git.listRemote([
            ...(given ? [] : ['HEAD']),
            ...[...new Set([branch, given])]
                .filter((n) => !!n)
                .map((n) => `refs/heads/${n}`),
            `refs/tags/${request.tagPrefix}*`,
            ...(request.alsoList ?? [])
        ])
    ]);
    const known = given ?? local.remoteHead;
    const heads = new Set();
    for (const ref of listing.refs.keys())
        if (ref.startsWith('refs/heads/'))
            heads.add(ref.slice('refs/heads/'.length));
    if (listing.head)
        heads.add(listing.head);
    if (known && !heads.has(known) && known !== given) {
        // The clone's origin HEAD is no longer origin's HEAD (the default branch was renamed): ask
        // whether its branch is still there, as the branch the clone knows as main.
        const more = await git.listRemote([`refs/heads/${known}`]);
        for (const [ref, sha] of more.refs)
            listing.refs.set(ref, sha);
        for (const [ref, object] of more.objects)
            listing.objects.set(ref, object);
        if (more.refs.size > 0)
            heads.add(known);
    }
    const wanted = known ?? listing.head ?? (0,_git_default_branch_js__WEBPACK_IMPORTED_MODULE_1__/* .eventDefaultBranch */ .Ex)() ?? (await request.defaultBranch?.());
    if (wanted && !heads.has(wanted) && wanted !== known) {
        // Only from the event payload: ask for that branch after all.
        const more = await git.listRemote([`refs/heads/${wanted}`]);
        if (more.refs.size > 0)
            heads.add(wanted);
    }
    const onRemote = branch ? heads.has(branch) : false;
    const mainBranch = resolveMainBranch(git, request.mainBranch, wanted, heads);
    const branches = [
        ...(mainBranch ? [mainBranch] : []),
        ...(branch && onRemote && branch !== mainBranch ? [branch] : [])
    ];
    // Deepened until a release OLDER than this one is reached: the version's own tag may be at HEAD.
    const older = (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .olderThan */ .W7)(resolved.version);
    const history = await (0,_git_history_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureReleaseHistory */ .yY)(git, {
        listing,
        local,
        branches,
        alsoFetch: request.alsoFetch?.(listing).filter((b) => !branches.includes(b)),
        tagPrefix: request.tagPrefix,
        endsRange: (name) => name.startsWith(request.tagPrefix) && older(name.slice(request.tagPrefix.length))
    });
    const tag = `${request.tagPrefix}${resolved.version}`;
    const lineTags = request.lineTags === false
        ? []
        : await releaseLineTags(git, resolved.kind, { ...request, mainBranch: mainBranch ?? '' }, history.reached);
    const latest = lineTags.find((t) => t.name !== tag);
    const { remoteTags, localTags } = history;
    return { ...resolved, branch, tag, latest, lineTags, remoteTags, localTags, listing };
}
/** Whether the branch's name alone says the version (then HEAD's message is not read). */
function namesVersion(branch, patterns) {
    if (!branch)
        return false;
    try {
        return (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReleaseBranch */ .lO)(branch, patterns) !== undefined;
    }
    catch (error) {
        // A misnamed release branch: the resolution fails on it (or, with an input, ignores both).
        if (error instanceof _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1)
            return true;
        throw error;
    }
}
/**
 * The `main-branch` input, or when it is empty the repository's default branch. A branch that
 * origin does not have is refused naming the input; an unknown default is no main branch (the
 * tags reachable from HEAD are followed instead).
 */
function resolveMainBranch(git, given, name, heads) {
    if (!name) {
        git.log.warning("The repository's default branch is unknown (origin has no HEAD); set the 'main-branch' input to the branch releases are merged into.");
        return undefined;
    }
    if (heads.has(name))
        return name;
    if (given) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input 'main-branch' is ${(0,_base_shown_js__WEBPACK_IMPORTED_MODULE_5__/* .shown */ .S)(name)}, a branch that does not exist on origin. ` +
            'Set it to the branch releases are merged into (e.g. main or master).', { input: 'main-branch' });
    }
    throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The main branch ${(0,_base_shown_js__WEBPACK_IMPORTED_MODULE_5__/* .shown */ .S)(name)} does not exist on origin (it is the repository's default branch)` +
        ". Set the 'main-branch' input to the branch releases are merged into (e.g. main or master).", { input: 'main-branch' });
}
/**
 * A release follows the tags reachable from main; a hotfix those reachable from itself (it was
 * cut from main at the latest one).
 */
async function releaseLineTags(git, kind, request, 
/** What the history step read already after its last fetch, by branch. */
reached) {
    const glob = `${request.tagPrefix}*`;
    if (kind === 'release' && request.mainBranch !== '') {
        const onMain = reached.get(request.mainBranch) ??
            (await git.tagsMergedIntoIfExists(`refs/remotes/origin/${request.mainBranch}`, glob));
        if (onMain)
            return (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReleaseTags */ .GU)(onMain, request.tagPrefix);
        git.log.warning(`origin/${request.mainBranch} does not exist; following the tags reachable from HEAD instead.`);
    }
    return (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReleaseTags */ .GU)(await git.tagsMergedInto('HEAD', glob), request.tagPrefix);
}
/** Applies the release-type policy; `tolerateOwnTag` lets a rerun after tagging pass. */
function enforcePolicy(target, releaseType, options) {
    const existing = [...target.remoteTags.keys()]
        .filter((name) => !(options.tolerateOwnTag && name === target.tag))
        .map((name) => name.slice(options.tagPrefix.length));
    (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_4__/* .checkVersionPolicy */ .bm)({
        version: target.version,
        kind: target.kind,
        releaseType,
        // Judged against the newest tag on the line, unless this is a rerun of an existing release.
        latest: options.tolerateOwnTag ? target.latest : (target.lineTags[0] ?? target.latest),
        existingVersions: existing,
        source: target.source,
        branch: target.branch
    });
}


/***/ }),

/***/ 8979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ publishRelease),
/* harmony export */   dv: () => (/* binding */ findRelease),
/* harmony export */   zy: () => (/* binding */ makeLatestFor)
/* harmony export */ });
/* harmony import */ var _versioning_semver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8235);
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9325);
/* harmony import */ var _github_write_once_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6101);
/**
 * The GitHub Release of a tag, exactly once: looked up (drafts included) before it is created,
 * so a retried or rerun create finds the first one and updates it instead of adding another.
 */



/**
 * `make_latest` for a release: `auto` gives 'false' when a release tag newer than `version`
 * exists (a hotfix of an older line must not become the latest release) and 'true' otherwise;
 * drafts and pre-releases get none.
 */
function makeLatestFor(version, releaseVersions, choice, options) {
    if (options.draft || options.prerelease)
        return undefined;
    if (choice !== 'auto')
        return choice;
    for (const other of releaseVersions) {
        if (_versioning_semver_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.valid(other) && _versioning_semver_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.prerelease(other) === null && _versioning_semver_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.gt(other, version))
            return 'false';
    }
    return 'true';
}
/** The release of `tag`, drafts included (GET /releases/tags/{tag} does not see drafts). */
async function findRelease(github, owner, repo, tag) {
    const found = await github.paginate(github.rest.repos.listReleases, { owner, repo, per_page: 100 }, (response, done) => {
        const hit = response.data.filter((r) => r.tag_name === tag);
        if (hit.length > 0)
            done();
        return hit;
    });
    // A published release wins over a leftover draft of the same tag.
    return found.find((r) => !r.draft) ?? found[0];
}
function sameText(a, b) {
    const normal = (text) => text.replace(/\r\n/g, '\n').trim();
    return normal(a ?? '') === normal(b);
}
/** Creates the release of the tag, or brings the existing one up to date; never a second one. */
async function publishRelease(github, request, log) {
    const what = `creating the GitHub Release ${request.tag}`;
    try {
        const existing = await findRelease(github, request.owner, request.repo, request.tag);
        if (existing)
            return await updateRelease(github, request, existing, log);
        try {
            const data = await (0,_github_write_once_js__WEBPACK_IMPORTED_MODULE_2__/* .writeOnce */ .Fq)({
                what,
                send: async () => (await github.rest.repos.createRelease({
                    owner: request.owner,
                    repo: request.repo,
                    tag_name: request.tag,
                    target_commitish: request.sha,
                    name: request.name,
                    body: request.body ?? '',
                    draft: request.draft,
                    prerelease: request.prerelease,
                    ...(request.makeLatest && { make_latest: request.makeLatest }),
                    request: _github_write_once_js__WEBPACK_IMPORTED_MODULE_2__/* .NO_BLIND_RETRY */ .hv
                })).data,
                lookup: () => findRelease(github, request.owner, request.repo, request.tag),
                log
            });
            return { result: 'created', id: data.id, url: data.html_url, draft: data.draft };
        }
        catch (error) {
            // A create that GitHub carried out but whose answer was lost comes back, when retried, as
            // 422 already_exists: the release is there, so update it rather than fail.
            if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .apiStatus */ .$T)(error) !== 422 || !(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .validationCodes */ .Eb)(error).includes('already_exists'))
                throw error;
            const created = await findRelease(github, request.owner, request.repo, request.tag);
            if (!created)
                throw error;
            log.info(`The release ${request.tag} already exists (an earlier attempt made it).`);
            // Made by this run's own earlier attempt: created, whatever the update below finds.
            return { ...(await updateRelease(github, request, created, log)), result: 'created' };
        }
    }
    catch (error) {
        throw (0,_github_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .explainApiError */ .cU)(error, what);
    }
}
async function updateRelease(github, request, existing, log) {
    // A published release is never turned back into a draft; a draft is published when asked.
    const publish = existing.draft && !request.draft;
    const changes = {
        ...(request.body !== undefined &&
            !sameText(existing.body, request.body) && { body: request.body }),
        ...(existing.name !== request.name && { name: request.name }),
        ...(existing.prerelease !== request.prerelease && { prerelease: request.prerelease }),
        ...(publish && { draft: false })
    };
    if (Object.keys(changes).length === 0) {
        return { result: 'unchanged', id: existing.id, url: existing.html_url, draft: existing.draft };
    }
    log.info(`Updating the release ${request.tag}: ${Object.keys(changes).join(', ')}.`);
    const { data } = await github.rest.repos.updateRelease({
        owner: request.owner,
        repo: request.repo,
        release_id: existing.id,
        ...changes,
        ...(publish && request.makeLatest && { make_latest: request.makeLatest })
    });
    return { result: 'updated', id: data.id, url: data.html_url, draft: data.draft };
}


/***/ }),

/***/ 5698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Be: () => (/* binding */ topReleasedVersion),
/* harmony export */   jB: () => (/* binding */ releaseBranchOfPulls),
/* harmony export */   pl: () => (/* binding */ checkVersionAgreement)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _versioning_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9636);
/**
 * Which version a commit on main releases, and whether everything in the repository agrees:
 * the version named by the input, branch, merge or pull request, the version files, and the
 * top released section of CHANGELOG.md. Pure: the callers read the files and ask the API.
 */


const RELEASED_HEADING = /^##\s+\[([^\]]+)\]/;
/** The version of the first released (not `[Unreleased]`) section of a changelog, and its line. */
function topReleasedVersion(text) {
    const lines = text.split(/\r?\n/);
    for (const [index, line] of lines.entries()) {
        const version = RELEASED_HEADING.exec(line)?.[1]?.trim();
        if (version && version.toLowerCase() !== 'unreleased')
            return { version, line: index + 1 };
    }
    return undefined;
}
/**
 * Throws one ConfigurationError naming every source and the version it says when they do not
 * all agree with the first (the version being released).
 */
function checkVersionAgreement(evidence) {
    const [first] = evidence;
    if (!first || evidence.every((e) => e.version === first.version))
        return;
    const listing = evidence
        .map((e) => `${e.source}: ${e.version}${e.where ? ` (${e.where})` : ''}`)
        .join('; ');
    throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The release version is not clear: ${listing}. Make them agree before tagging ` +
        '(bump-version and update-changelog on the release branch), or set the `version` input ' +
        'if the files are right.', { locations: evidence.flatMap((e) => e.locations ?? []) });
}
/**
 * The release or hotfix branch that `sha` merged, read from the pull requests the commit belongs
 * to (a squash or rebase merge names no branch in its message). Merged pull requests whose
 * merge commit is `sha` come first; two that name different versions are an error.
 */
function releaseBranchOfPulls(pulls, sha, patterns) {
    const merged = pulls.filter((p) => p.merged_at !== null);
    const own = merged.filter((p) => p.merge_commit_sha === sha);
    const candidates = (own.length > 0 ? own : merged).flatMap((pull) => {
        const branch = (0,_versioning_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseReleaseBranch */ .lO)(pull.head.ref, patterns);
        return branch ? [{ ...branch, number: pull.number, headSha: pull.head.sha }] : [];
    });
    const versions = new Set(candidates.map((c) => c.version));
    if (versions.size > 1) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Commit ${sha.slice(0, 12)} belongs to several merged release pull requests: ` +
            `${candidates.map((c) => `#${c.number} (${c.branch})`).join(', ')}. Set the \`version\` input.`, { input: 'version' });
    }
    return candidates[0];
}


/***/ })

};
;
//# sourceMappingURL=1439.index.js.map