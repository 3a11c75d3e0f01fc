"use strict";
exports.id = 2076;
exports.ids = [2076,9970];
exports.modules = {

/***/ 2812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  updateChangelogStep: () => (/* binding */ updateChangelogStep)
});

// EXTERNAL MODULE: ./packages/github/default-branch.ts
var default_branch = __webpack_require__(7102);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/action-kit/core.ts + 2 modules
var core = __webpack_require__(5453);
// EXTERNAL MODULE: ./packages/action-kit/run.ts + 3 modules
var run = __webpack_require__(5500);
// EXTERNAL MODULE: ./packages/release/commit-via.ts
var commit_via = __webpack_require__(2410);
// EXTERNAL MODULE: ./packages/action-kit/logger.ts
var logger = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/base/errors.ts
var errors = __webpack_require__(4431);
// EXTERNAL MODULE: ./packages/versioning/semver.ts
var semver = __webpack_require__(8235);
// EXTERNAL MODULE: ./packages/changelog/index.ts + 7 modules
var changelog = __webpack_require__(2397);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ./packages/git/git.ts + 1 modules
var git_git = __webpack_require__(4553);
;// CONCATENATED MODULE: ./packages/git/log.ts
/**
 * Reading commits with one `git log` call, streamed: records are parsed as they arrive and
 * handed on one by one, so memory stays flat however long the range is. `GIT_FLUSH=0`: git would
 * otherwise flush the pipe after every commit, one write (and one wake-up of ours) per commit.
 */


/** Chunks smaller than this are followed by a pause (the pipe holds 64 KiB). */
const PACE_BELOW = 16 * 1024;
/** Fields split by US (0x1f), records by NUL (`-z`): neither can occur in a subject line. */
const LOG_FORMAT = '%H%x1f%P%x1f%s%x1f%b';
/** Parses one `LOG_FORMAT` record. */
function parseLogRecord(record) {
    const fields = readLogRecord(record, 0, record.length);
    return fields && { ...fields, parents: fields.parents === '' ? [] : fields.parents.split(' ') };
}
/** Reads the `LOG_FORMAT` record at `text[start, end)`, without copying the record first. */
function readLogRecord(text, start, end) {
    const a = text.indexOf('\x1f', start);
    const b = a === -1 || a >= end ? -1 : text.indexOf('\x1f', a + 1);
    const c = b === -1 || b >= end ? -1 : text.indexOf('\x1f', b + 1);
    if (c === -1 || c >= end)
        return undefined;
    return {
        sha: text.slice(start, a),
        parents: text.slice(a + 1, b),
        subject: text.slice(b + 1, c),
        body: text.slice(c + 1, end)
    };
}
/**
 * Runs `git log -z --format=LOG_FORMAT <revisions>` and calls `onCommit` for each commit, newest
 * first (git's default order). Resolves with the number of commits read.
 */
async function streamCommits(git, revisions, onCommit) {
    return streamLogRecords(git, revisions, (record) => onCommit({ ...record, parents: record.parents === '' ? [] : record.parents.split(' ') }));
}
/** `streamCommits` with each commit's parents as git printed them, for a caller that parses them itself. */
async function streamLogRecords(git, revisions, onRecord) {
    const args = ['log', '-z', `--format=${LOG_FORMAT}`, ...revisions, '--'];
    git.log.debug(`git ${args.join(' ')}`);
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
    return new Promise((resolve, reject) => {
        const child = spawn('git', args, {
            cwd: git.cwd,
            stdio: ['ignore', 'pipe', 'pipe'],
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_FLUSH: '0' }
        });
        const decoder = new external_node_string_decoder_.StringDecoder('utf8');
        let pending = '';
        let stderr = '';
        let count = 0;
        let failure;
        const take = (chunk) => {
            pending += chunk;
            let start = 0;
            for (let end = pending.indexOf('\0', start); end !== -1; end = pending.indexOf('\0', start)) {
                const record = readLogRecord(pending, start, end);
                start = end + 1;
                if (!record)
                    continue;
                count++;
                try {
                    onRecord(record);
                }
                catch (error) {
                    failure ??= error;
                }
            }
            pending = pending.slice(start);
        };
        child.stdout.on('data', (chunk) => {
            take(decoder.write(chunk));
            // git writes 4 KiB at a time; read as it writes, a long log costs thousands of wake-ups.
            // A small chunk means we are ahead: pause a millisecond and let the pipe fill.
            if (chunk.length < PACE_BELOW) {
                child.stdout.pause();
                setTimeout(() => child.stdout.resume(), 1);
            }
        });
        child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
        child.on('error', reject);
        child.on('close', (code) => {
            take(decoder.end());
            if (pending !== '')
                take('\0');
            if (failure instanceof Error)
                reject(failure);
            else if (failure !== undefined)
                reject(new Error('a commit could not be read'));
            else if (code !== 0)
                reject(new git_git/* GitCommandError */.iR(args, { exitCode: code ?? 1, stdout: '', stderr }));
            else
                resolve(count);
        });
    });
}

// EXTERNAL MODULE: ./packages/versioning/index.ts + 3 modules
var versioning = __webpack_require__(9636);
// EXTERNAL MODULE: ./packages/action-kit/confine.ts
var confine = __webpack_require__(8540);
// EXTERNAL MODULE: ./packages/release/commit-and-push.ts
var commit_and_push = __webpack_require__(5400);
;// CONCATENATED MODULE: ./packages/release/changelog-io.ts
/**
 * What update-changelog's two modes share: reading the file, the release range's commits,
 * and writing, committing and pushing the result.
 */





const NEW_CHANGELOG_PREAMBLE = [
    '# Changelog',
    '',
    'All notable changes to this project will be documented in this file.',
    '',
    'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),',
    'and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).',
    ''
];
/** The file as it is (undefined when there is none), checked before anything else happens. */
function readChangelogFile(git, path, version) {
    const full = (0,confine/* confinedFile */.dD)(git.cwd, path);
    if (!(0,external_node_fs_.existsSync)(full))
        return { doc: undefined, text: '' };
    const text = (0,changelog/* decodeChangelog */.x3)((0,external_node_fs_.readFileSync)(full), path);
    return { doc: (0,changelog/* parseChangelog */.EY)(text, path, { version }), text };
}
/** The entries of a range, oldest first, and how many commits it held. */
async function rangeEntries(git, revisions, classify, 
/** A commit to look for among the parents of the range's commits (`parentSeen`). */
parent) {
    const entries = [];
    let parentSeen = false;
    // Topological, so each line of history reads in order even when commit dates tie or skew.
    const commits = await streamCommits(git, ['--topo-order', ...revisions], (commit) => {
        if (parent && !parentSeen && commit.parents.includes(parent))
            parentSeen = true;
        const entry = (0,changelog/* entryForCommit */.$U)(commit, classify);
        if (entry)
            entries.push(entry);
    });
    return { entries: entries.reverse(), commits, parentSeen };
}
/** Writes the new text, commits it and pushes it, as far as the request asks. */
async function deliverChangelog(git, path, before, after, request) {
    if (after === before)
        return { result: 'unchanged', pushed: false, replays: 0 };
    if (request.dryRun)
        return { result: 'dry-run', pushed: false, replays: 0 };
    (0,external_node_fs_.writeFileSync)((0,confine/* confinedFile */.dD)(git.cwd, path), after);
    if (!request.commit)
        return { result: 'updated', pushed: false, replays: 0 };
    // Pushed from the new commit's parent: HEAD before the file was written.
    return { result: 'updated', ...(await (0,commit_and_push/* commitAndPush */.t)(git, [path], undefined, request)) };
}
/** Escapes text for a git `--grep` (basic regular expression). */
function grepLiteral(text) {
    return text.replace(/[\\.[\]*^$]/g, (c) => `\\${c}`);
}

;// CONCATENATED MODULE: ./packages/release/rebuild-changelog.ts
/**
 * `mode: rebuild`: a whole CHANGELOG.md from every release tag in the history, for a team that
 * adopts the suite on an old repository. One `git for-each-ref` for the tags, one `git log` for
 * the history, side by side. Sections the file already has are kept as written; the rest are
 * generated.
 */





/** Rebuilds the file; the outcome's version and notes are the newest release's. */
/** The one line of a rebuilt release that held no user-facing change. */
const NO_USER_FACING_CHANGES = '_No user-facing changes._';
async function rebuildChangelog(git, request) {
    const { doc: original, text: before } = readChangelogFile(git, request.path);
    const eol = original?.eol ?? '\n';
    const style = (0,changelog/* detectStyle */.bg)(original);
    // Entries are classified and rendered as the log streams in, while git is still writing it.
    const entries = new changelog/* PreparedEntries */.yq(style, request.links);
    const history = new changelog/* HistoryIndex */.X9();
    const { releases, commits, head } = await readHistory(git, request.tagPrefix, (c) => {
        const entry = (0,changelog/* entryForMessage */.VO)(c.subject, c.body, c.parents.includes(' '), request.classify);
        history.add(c.sha, c.parents, entry && entries.add(entry));
    });
    const present = releases.filter((r) => history.has(r.sha));
    // Parsed once: sorting 500 tags with semver.compare parsed both versions at every comparison.
    const parsed = new Map(present.map((r) => [r.version, semver/* default */.A.parse(r.version)]));
    const compare = (a, b) => parsed.get(a).compare(parsed.get(b));
    const buckets = history.bucket(present, compare, head);
    const ordered = [...present].sort((a, b) => compare(b.version, a.version));
    const generated = ordered.map((release) => ({
        version: release.version,
        date: release.date,
        groups: entries.group(buckets.get(release.version) ?? [])
    }));
    const keptSections = sectionsByVersion(original);
    const linkStyle = (0,changelog/* detectLinkStyle */.XI)(original?.links ?? [], request.linkStyle);
    const sections = generated.map((release, i) => {
        const kept = keptSections.get(parsed.get(release.version).version);
        if (kept)
            return keptSection(original, kept.start, kept.end);
        // No empty sections: a release without a user-facing change says so in one line.
        const empty = [...release.groups.values()].every((lines) => lines.length === 0);
        const url = linkStyle && (0,changelog/* releaseLinkUrl */.Jl)(linkStyle, release.version, generated[i + 1]?.version);
        const preface = empty ? [NO_USER_FACING_CHANGES] : [];
        return (0,changelog/* renderSection */.YN)(release, { preface, groups: release.groups }, style, eol, url);
    });
    const unreleased = unreleasedSection(original, (buckets.get(undefined) ?? []).map((id) => entries.get(id)), request, style, eol);
    const links = linkStyle
        ? (0,changelog/* renderLinkBlock */.g6)(linkStyle, ordered.map((r) => r.version), true, eol)
        : '';
    const after = [preamble(original, eol), unreleased, ...sections].join('') + (links ? links : '');
    const latest = ordered[0];
    // The newest section is sections[0]; its body without the heading and surrounding blank lines.
    const notes = sections[0]?.replace(/^[^\n]*\n/, '').replace(/^(\r?\n)+|(\r?\n)+$/g, '') ?? '';
    const delivery = await deliverChangelog(git, request.path, before, after, request.delivery);
    const added = new Map();
    for (const release of generated) {
        for (const [group, lines] of release.groups) {
            const all = added.get(group) ?? [];
            for (const line of lines)
                all.push(line);
            added.set(group, all);
        }
    }
    return {
        ...delivery,
        version: latest?.version ?? '',
        notes,
        range: 'HEAD',
        commits,
        firstRelease: false,
        notices: [],
        added,
        created: original === undefined,
        rerun: false,
        previousTag: undefined
    };
}
/**
 * The release tags and the whole log of HEAD. In a full clone the log does not wait for the
 * fetch of tags from origin (tags add no commit to HEAD's history); in a shallow one it does,
 * since that fetch unshallows it. The tags are listed after the fetch, while the log runs.
 */
async function readHistory(git, prefix, onRecord) {
    const [shallow = '', head = ''] = (await git.output(['rev-parse', '--is-shallow-repository', 'HEAD'])).split('\n');
    const unshallow = shallow === 'true';
    const tagSpec = `+refs/tags/${prefix}*:refs/tags/${prefix}*`;
    const fetched = git.run(['fetch', '--no-tags', ...(unshallow ? ['--unshallow'] : []), 'origin', tagSpec], { allowFailure: !unshallow });
    if (unshallow)
        await fetched;
    const tags = fetched.then(() => releaseTags(git, prefix));
    const [releases, commits] = await Promise.all([tags, streamLogRecords(git, ['HEAD'], onRecord)]);
    return { releases, commits, head };
}
/** The file's release sections by their version (semver's form, so `eq` versions meet). */
function sectionsByVersion(doc) {
    const sections = new Map();
    for (const section of doc?.sections ?? []) {
        const version = section.version === undefined ? null : semver/* default */.A.valid(section.version);
        if (version !== null && !sections.has(version))
            sections.set(version, section);
    }
    return sections;
}
/** Release tags with the commit they point at and their date (UTC), any order. */
async function releaseTags(git, prefix) {
    const format = '%(refname:strip=2)%00%(objectname)%00%(*objectname)%00%(creatordate:iso-strict)';
    const out = await git.output(['for-each-ref', `--format=${format}`, `refs/tags/${prefix}*`]);
    const releases = [];
    for (const line of out.split('\n')) {
        const [name = '', object = '', peeled = '', date = ''] = line.split('\0');
        const version = name.slice(prefix.length);
        if (!name.startsWith(prefix) || !(0,versioning/* isStableVersion */.Qg)(version))
            continue;
        releases.push({
            version,
            sha: peeled || object,
            date: new Date(date).toISOString().slice(0, 10)
        });
    }
    return releases;
}
function preamble(doc, eol) {
    if (!doc)
        return NEW_CHANGELOG_PREAMBLE.join(eol) + eol;
    const first = doc.sections[0]?.start ?? doc.linksStart;
    const text = doc.text.slice(0, first);
    return text === '' || /(\r?\n){2}$/.test(text) ? text : text.replace(/(\r?\n)?$/, eol + eol);
}
function keptSection(doc, start, end) {
    const text = doc.text.slice(start, Math.min(end, doc.linksStart));
    return /(\r?\n){2}$/.test(text) ? text : text.replace(/(\r?\n)?$/, doc.eol + doc.eol);
}
/** [Unreleased]: what a person wrote there, then the unreleased commits not already named. */
function unreleasedSection(doc, entries, request, style, eol) {
    const section = doc?.sections.find((s) => !s.version);
    const groups = new Map();
    const index = new changelog/* EntryIndex */.lO(request.links.issuePattern);
    if (doc && section) {
        for (const group of section.groups) {
            for (const entry of group.entries) {
                index.add(entry.text);
                groups.set(group.name, [
                    ...(groups.get(group.name) ?? []),
                    doc.text.slice(entry.start, entry.end).replace(/\r?\n$/, '')
                ]);
            }
        }
    }
    for (const entry of entries) {
        if (index.has(entry.text))
            continue;
        index.add(entry.text);
        groups.set(entry.group, [
            ...(groups.get(entry.group) ?? []),
            (0,changelog/* renderEntry */.Ft)(entry.text, style, request.links)
        ]);
    }
    return (0,changelog/* renderSection */.YN)('Unreleased', { preface: section?.preface.map((l) => l.text) ?? [], groups }, style, eol);
}

// EXTERNAL MODULE: ./packages/release/target.ts
var release_target = __webpack_require__(1807);
// EXTERNAL MODULE: ./packages/git/history.ts
var git_history = __webpack_require__(3213);
;// CONCATENATED MODULE: ./packages/release/update-changelog.ts
/**
 * Step 9 of the process: the release's section of CHANGELOG.md from the commits since the
 * previous release, [Unreleased] moved into it, the links at the foot kept right. A rerun adds
 * only what is new; nothing is written when anything is wrong.
 */





/** Plans and delivers the version's section. The file is read and checked before the network. */
async function updateChangelog(git, request) {
    const { target } = request;
    const { doc: original, text: before } = readChangelogFile(git, request.path, target.version);
    const eol = original?.eol ?? '\n';
    const doc = original ??
        (0,changelog/* parseChangelog */.EY)([...NEW_CHANGELOG_PREAMBLE, '## [Unreleased]', ''].join(eol) + eol, request.path);
    const existing = (0,changelog/* findSection */.rv)(doc, target.version);
    const released = target.remoteTags.has(target.tag) ||
        (target.localTags
            ? target.localTags.has(target.tag)
            : (await git.resolveCommit(`refs/tags/${target.tag}`)) !== undefined);
    // After the release was tagged, its range ends at its tag; later commits belong to the next one.
    const end = released && (await git.isAncestor(target.tag, 'HEAD')) ? target.tag : 'HEAD';
    // On a full clone the newest older release tag is taken as the start before asking git whether
    // HEAD reaches it: the range's own log says so (the tag is a parent of one of its commits).
    let start = await rangeStart(git, request, !(await git.isShallow()));
    let read = await readRange(git, request, end, start.from, !!existing, start.guessed);
    if (start.guessed && !read.parentSeen) {
        start = await rangeStart(git, request, false);
        read = await readRange(git, request, end, start.from, !!existing);
    }
    const { from, previous } = start;
    const { entries, commits } = read;
    const range = `${from ? (previous?.name ?? from) : '(root)'}..${end}`;
    if (!from) {
        const before = (0,versioning/* olderThan */.W7)(target.version);
        const older = (0,versioning/* parseReleaseTags */.GU)([...target.remoteTags.keys()], request.tagPrefix)
            .filter((t) => before(t.version))
            .map((t) => t.name);
        const what = `${target.version} is a first release: no release tag older than it is reachable from HEAD, so its section reads the whole history (${commits} commit(s)).`;
        if (older.length > 0)
            git.log.warning(`${what} The remote has older release tags (${older.slice(0, 3).join(', ')}) that HEAD does not reach; set from-ref if one of them is where this release starts.`);
        else
            git.log.info(what);
    }
    const pending = (0,changelog/* splitUnreleased */.bo)(doc, doc.sections.find((s) => !s.version));
    if (!existing && entries.length === 0 && pending.moved === '') {
        throw new errors/* ConfigurationError */.j1(`Nothing to release in ${target.version}: ` +
            (commits === 0
                ? `there are no commits in ${range}`
                : `none of the ${commits} commit(s) in ${range} is a change for the changelog (merges, chores, version bumps are left out)`) +
            ` and [Unreleased] in ${request.path} has nothing to release. Land a change first, or set from-ref.`);
    }
    const style = (0,changelog/* detectStyle */.bg)(original);
    const merged = (0,changelog/* mergeRelease */.Qx)(doc, {
        version: target.version,
        date: request.date,
        entries,
        links: request.links,
        style,
        previousVersion: previous?.version,
        linkStyle: request.linkStyle
    });
    for (const text of merged.covered)
        git.log.info(`Left out '${text}': a line already in ${request.path} names its ticket. Add it by hand if it is a change of its own.`);
    const addedCount = [...merged.added.values()].reduce((n, lines) => n + lines.length, 0);
    if (existing && released && addedCount > 0) {
        throw new errors/* ConfigurationError */.j1(`${request.path} line ${existing.line}: ${target.version} is already released (tag ${target.tag}) and its section differs from the release's commits ` +
            `(${addedCount} entr${addedCount === 1 ? 'y is' : 'ies are'} missing). A released section is not rewritten; put later changes in the next version.`, { locations: [{ file: request.path, line: existing.line }] });
    }
    const mergedDoc = (0,changelog/* parseChangelog */.EY)(merged.text, request.path, { strict: false });
    const after = (0,changelog/* updateReleaseLinks */.ep)(mergedDoc, {
        version: target.version,
        previousVersion: previous?.version,
        unreleased: mergedDoc.sections.some((s) => !s.version)
    }, request.linkStyle, original === undefined);
    const finalDoc = (0,changelog/* parseChangelog */.EY)(after, request.path, { strict: false });
    const notes = (0,changelog/* sectionBody */.gt)(finalDoc, (0,changelog/* findSection */.rv)(finalDoc, target.version));
    const delivery = await deliverChangelog(git, request.path, before, after, request.delivery);
    return {
        ...delivery,
        version: target.version,
        notes,
        range,
        previousTag: previous?.name,
        commits,
        firstRelease: !from,
        notices: original?.notices ?? [],
        added: merged.added,
        created: original === undefined,
        rerun: merged.rerun
    };
}
/** The range's commits, made complete first: a shallow boundary inside it is fetched past. */
async function readRange(git, request, end, from, rerun, guessed) {
    const revisions = [end, ...(from ? [`^${from}`] : [])];
    // Never a truncated range: a shallow boundary inside it is fetched past, or the run fails.
    if (from)
        await (0,git_history/* completeRange */.Di)(git, revisions);
    else
        await (0,git_history/* completeHistory */.Cx)(git);
    if (rerun) {
        // Commits our earlier run already wrote up are not offered again, even if a person reworded them.
        const ours = await git.output([
            'log',
            '-1',
            '--format=%H',
            `--grep=^${grepLiteral(request.delivery.message)}$`,
            ...revisions,
            '--'
        ]);
        if (ours)
            revisions.push(`^${ours}`);
    }
    return rangeEntries(git, revisions, request.classify, guessed);
}
/**
 * Where the range starts: `from-ref`, else the newest release tag reachable from HEAD that is
 * older than the version. A shallow clone is deepened as far as the range needs. With `guess`,
 * the newest older tag the clone has is returned unchecked, with its commit in `guessed`.
 */
async function rangeStart(git, request, guess = false) {
    const { target } = request;
    if (request.fromRef) {
        let sha = await git.resolveCommit(request.fromRef);
        if (!sha && (await git.isShallow())) {
            await git.run(['fetch', '--no-tags', '--unshallow', 'origin'], { allowFailure: true });
            sha = await git.resolveCommit(request.fromRef);
        }
        if (!sha) {
            throw new errors/* ConfigurationError */.j1(`Input 'from-ref' is '${request.fromRef}', which is not a commit, branch or tag of this repository.`, { input: 'from-ref' });
        }
        const previous = (0,versioning/* parseReleaseTags */.GU)([request.fromRef], request.tagPrefix)[0];
        return { from: request.fromRef, previous };
    }
    const prefix = request.tagPrefix;
    const names = target.localTags
        ? [...target.localTags.keys()]
        : (await git.output(['for-each-ref', '--format=%(refname:strip=2)', `refs/tags/${prefix}*`]))
            .split('\n')
            .filter(Boolean);
    const older = (0,versioning/* olderThan */.W7)(target.version);
    const candidates = (0,versioning/* parseReleaseTags */.GU)(names, prefix).filter((t) => older(t.version));
    const newest = candidates[0];
    const guessed = newest && target.localTags?.get(newest.name);
    if (guess && guessed)
        return { from: newest.name, previous: newest, guessed };
    const previous = await previousReleaseTag(git, candidates, prefix);
    return { from: previous?.name, previous };
}
/**
 * The newest release tag older than `version` that HEAD reaches. The newest candidates are tried
 * one by one with `merge-base --is-ancestor`, which walks only the commits since the tag; only
 * when several are not reachable does one `git tag --merged` (a walk of the whole history) decide.
 */
async function previousReleaseTag(git, candidates, prefix) {
    for (const [i, tag] of candidates.entries()) {
        if (i === 3) {
            const reachable = new Set(await git.tagsMergedInto('HEAD', `${prefix}*`));
            return candidates.slice(i).find((t) => reachable.has(t.name));
        }
        if (await git.isAncestor(tag.name, 'HEAD'))
            return tag;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/release/changelog-run.ts
/**
 * update-changelog's use-case: the run its inputs ask for, in the checkout `git` works in.
 * `update` resolves the release this branch is for and writes its section, the action's own
 * commits (for any version) left out of the range; `rebuild` writes the whole file from the tags.
 * Every check that can refuse the run comes before the commit is published.
 */




async function runChangelog(git, request) {
    const { repositoryUrl, tagPrefix } = request;
    const settings = {
        path: request.path,
        classify: { rules: request.rules, skip: request.skip, unclassified: request.unclassified },
        links: { issueUrl: request.issueUrl, issuePattern: request.issuePattern, repositoryUrl },
        linkStyle: repositoryUrl
            ? { base: repositoryUrl, tag: `${tagPrefix}{version}`, separator: '...' }
            : undefined,
        tagPrefix
    };
    const branch = request.branch ?? (await git.currentBranch());
    const publishing = request.push && !request.dryRun;
    if (publishing && !branch) {
        throw new errors/* ConfigurationError */.j1('HEAD is detached, so there is no branch to push the changelog to; check out the release branch or set push: false.');
    }
    const publish = publishing ? await request.publisher?.(branch) : undefined;
    const delivery = { commit: request.commit, push: request.push, dryRun: request.dryRun };
    if (request.mode === 'rebuild') {
        return rebuildChangelog(git, {
            ...settings,
            delivery: {
                ...delivery,
                message: request.commitMessage.replaceAll('{version}', 'all releases'),
                branch,
                publish
            }
        });
    }
    const target = await (0,release_target/* resolveReleaseTarget */.A)(git, {
        versionInput: request.versionInput,
        branch,
        patterns: request.patterns,
        tagPrefix,
        mainBranch: request.mainBranch,
        defaultBranch: request.defaultBranch,
        lineTags: false
    });
    return updateChangelog(git, {
        ...settings,
        classify: { ...settings.classify, skip: [...settings.classify.skip, ownCommits(request)] },
        target,
        date: request.date,
        fromRef: request.fromRef,
        delivery: {
            ...delivery,
            message: request.commitMessage.replaceAll('{version}', target.version),
            branch,
            publish,
            remoteHead: branch ? target.listing?.refs.get(`refs/heads/${branch}`) : undefined
        }
    });
}
/** The subjects of the action's own commits, for any version, not only this one. */
function ownCommits(request) {
    const escaped = request.commitMessage.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`^${escaped.replace('\\{version\\}', '\\S+')}$`);
}

// EXTERNAL MODULE: ./actions/update-changelog/src/inputs.ts
var src_inputs = __webpack_require__(7483);
// EXTERNAL MODULE: ./packages/action-kit/summary.ts
var summary = __webpack_require__(336);
;// CONCATENATED MODULE: ./actions/update-changelog/src/summary.ts


/** The job summary: what happened, the section as it reads, and the entries per group. */
function changelogSummary(outcome, path, mode) {
    const what = mode === 'rebuild'
        ? `rebuilt from the history (${outcome.commits} commits)`
        : `from ${outcome.commits} commit(s) in \`${outcome.range}\``;
    const detail = outcome.result === 'unchanged'
        ? `\`${path}\` already has everything for **${outcome.version || 'this history'}**; no commit.`
        : `\`${path}\` ${outcome.created ? 'created' : outcome.rerun ? 'gained new entries' : 'updated'} for **${outcome.version}**, ${what}.` +
            (outcome.commitSha
                ? ` Commit \`${outcome.commitSha.slice(0, 12)}\`${outcome.pushed ? ' pushed' : ''}.`
                : '') +
            (outcome.replays > 0 ? ` Replayed on top of ${outcome.replays} concurrent push(es).` : '');
    let body = (0,summary/* resultLine */.ow)('update-changelog', outcome.result, detail);
    if (mode !== 'rebuild' && outcome.firstRelease)
        body += `**First release:** no release tag older than ${outcome.version} is reachable, so the section reads the whole history (${outcome.commits} commits).\n\n`;
    if (outcome.notices.length > 0)
        body += `Older history kept as written (irregular lines, not read): ${outcome.notices.map((n) => `line ${n.line}`).join(', ')}.\n\n`;
    const counts = (0,changelog/* countEntries */.EX)(outcome.added);
    if (counts.length > 0)
        body += (0,summary/* table */.tp)(['Group', mode === 'rebuild' ? 'Entries' : 'Entries added'], counts) + '\n';
    if (outcome.notes)
        body += `#### ${outcome.version}\n\n${(0,summary/* codeBlock */.DV)(outcome.notes, 'markdown')}`;
    return body;
}

;// CONCATENATED MODULE: ./actions/update-changelog/src/step.ts
/** update-changelog's work, loaded once its inputs and the checkout are known to be good. */










async function updateChangelogStep(inputs, context, git) {
    const outcome = await runChangelog(git, {
        ...inputs,
        repositoryUrl: context.owner && context.repo
            ? `${context.serverUrl}/${context.owner}/${context.repo}`
            : undefined,
        versionInput: inputs.version,
        branch: context.branch,
        defaultBranch: (0,default_branch/* apiDefaultBranch */.i)({ context, log: logger/* actionsLogger */.M, token: inputs.token }),
        publisher: (0,commit_via/* stepPublisher */.lu)(inputs.commitVia, {
            token: inputs.token,
            context,
            log: logger/* actionsLogger */.M
        })
    });
    for (const irregular of outcome.notices)
        (0,core/* notice */.lm)(`${inputs.path} line ${irregular.line}: kept as written: ${irregular.message}`);
    const notesFile = (0,external_node_path_.join)(context.runnerTemp, `release-notes-${outcome.version || 'changelog'}.md`);
    (0,external_node_fs_.mkdirSync)(context.runnerTemp, { recursive: true });
    (0,external_node_fs_.writeFileSync)(notesFile, outcome.notes + '\n');
    (0,core/* info */.pq)(outcome.result === 'unchanged'
        ? `${inputs.path} already has everything for ${outcome.version}; nothing to do.`
        : `${outcome.result === 'dry-run' ? 'Would write' : 'Wrote'} the ${outcome.version} section of ${inputs.path} from ${outcome.commits} commit(s).`);
    await (0,run/* setOutputs */.n0)({
        [src_inputs/* Output */.k7.version]: outcome.version,
        [src_inputs/* Output */.k7.releaseNotes]: outcome.notes,
        [src_inputs/* Output */.k7.releaseNotesFile]: notesFile,
        [src_inputs/* Output */.k7.result]: outcome.result
    });
    await (0,core/* appendSummary */.fe)(changelogSummary(outcome, inputs.path, inputs.mode));
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

/***/ 6217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   writeSpacing: () => (/* binding */ writeSpacing)
/* harmony export */ });
/* harmony import */ var _base_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4431);
/* harmony import */ var _base_token_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5681);
/* harmony import */ var _base_round_trips_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9695);
/* harmony import */ var _http_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7573);




/**
 * Spacing between write requests, and between writes that notify people (a release, an issue,
 * a pull request, a comment): GitHub's guidance, kept by octokit's throttling, is one second
 * and three. `RELEASE_ACTIONS_WRITE_SPACING_MS` sets both (the test suite sets 0).
 */
function writeSpacing(env = process.env) {
    const given = env.RELEASE_ACTIONS_WRITE_SPACING_MS;
    const fromEnv = Number(given);
    return given && Number.isFinite(fromEnv) && fromEnv >= 0
        ? { write: fromEnv, notifications: fromEnv }
        : { write: 1000, notifications: 3000 };
}
async function createGitHubClient(options) {
    if (!options.token) {
        throw new _base_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("Input 'token' is empty; pass `token: ${{ github.token }}` (or an App token / PAT) to call the GitHub API.", { input: 'token' });
    }
    const [{ Octokit }, { restEndpointMethods }, { paginateRest }, { retry }, { throttling }, { default: Bottleneck }, { githubFetch }] = await Promise.all([
        Promise.all(/* import() | octokit-core */[__webpack_require__.e(8162), __webpack_require__.e(5710)]).then(__webpack_require__.bind(__webpack_require__, 3070)),
        __webpack_require__.e(/* import() | octokit-plugin-rest-endpoint-methods */ 5416).then(__webpack_require__.bind(__webpack_require__, 9210)),
        __webpack_require__.e(/* import() | octokit-plugin-paginate-rest */ 4443).then(__webpack_require__.bind(__webpack_require__, 3779)),
        Promise.all(/* import() | octokit-plugin-retry */[__webpack_require__.e(370), __webpack_require__.e(4727)]).then(__webpack_require__.bind(__webpack_require__, 9735)),
        Promise.all(/* import() | octokit-plugin-throttling */[__webpack_require__.e(370), __webpack_require__.e(9374)]).then(__webpack_require__.bind(__webpack_require__, 6856)),
        __webpack_require__.e(/* import() | bottleneck */ 370).then(__webpack_require__.t.bind(__webpack_require__, 3251, 23)),
        __webpack_require__.e(/* import() | github-fetch */ 337).then(__webpack_require__.bind(__webpack_require__, 8168))
    ]);
    const log = options.log;
    const maxRateLimitRetries = 3;
    const spacing = writeSpacing();
    const GitHub = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling);
    const octokit = new GitHub({
        auth: `token ${options.token}`,
        userAgent: userAgent(),
        baseUrl: options.apiUrl,
        request: { fetch: githubFetch },
        ...appAuthStrategy(options.token),
        retry: {
            retries: options.retries ?? 3,
            retryAfterBaseValue: (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .retryBaseMs */ .wR)(),
            doNotRetry: [400, 401, 403, 404, 410, 422, 451]
        },
        throttle: {
            // GitHub asks for writes to be spaced (1 s, 3 s for those that notify); rate-limit
            // waits honour retry-after.
            retryAfterBaseValue: (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .retryBaseMs */ .wR)(),
            write: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing.write }),
            notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: spacing.notifications }),
            onRateLimit: (retryAfter, request, _o, retryCount) => {
                log.warning(`Rate limited on ${request.method} ${request.url}; retrying in ${retryAfter}s.`);
                return retryCount < maxRateLimitRetries;
            },
            onSecondaryRateLimit: (retryAfter, request, _o, retryCount) => {
                log.warning(`Secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s.`);
                return retryCount < maxRateLimitRetries;
            }
        }
    });
    // Every request sent, retries included: the step prints the count when it ends.
    octokit.hook.before('request', () => (0,_base_round_trips_js__WEBPACK_IMPORTED_MODULE_1__/* .countApiRequest */ .DJ)());
    return octokit;
}
/** As `@actions/github` names the run's orchestration in the user agent, when the runner sets it. */
function userAgent() {
    const id = process.env.ACTIONS_ORCHESTRATION_ID?.trim();
    return id ? `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` : undefined;
}
/**
 * For an App's installation token: an auth strategy that asks the token source before each
 * request, so a token near its end is minted again (a long wait cannot outlive it).
 */
function appAuthStrategy(token) {
    const app = (0,_base_token_source_js__WEBPACK_IMPORTED_MODULE_3__/* .tokenSource */ .Z)();
    if (!app?.minted(token))
        return {};
    const auth = Object.assign(async () => ({ type: 'token', token: await app.fresh() }), {
        hook: async (request, route, parameters) => {
            const endpoint = request.endpoint.merge(route, parameters);
            endpoint.headers.authorization = `token ${await app.fresh()}`;
            return request(endpoint);
        }
    });
    return { authStrategy: () => auth };
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

/***/ 5876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ httpRequest),
/* harmony export */   z: () => (/* binding */ HttpNetworkError)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9783);


/**
 * The request never got an answer: `code` is the socket's (ECONNREFUSED, ENOTFOUND, ...),
 * TIMEOUT past `timeoutMs`, ABORTED when the caller's `signal` ended it.
 */
class HttpNetworkError extends Error {
    code;
    constructor(message, code) {
        super(message);
        this.code = code;
        this.name = code === 'TIMEOUT' ? 'TimeoutError' : 'HttpNetworkError';
    }
}
const MAX_REDIRECTS = 5;
/** Sends one request (following up to 5 redirects, as `fetch` does) and reads the whole answer. */
async function httpRequest(url, request = {}) {
    const deadline = request.timeoutMs === undefined ? undefined : AbortSignal.timeout(request.timeoutMs);
    const signal = deadline && request.signal
        ? AbortSignal.any([deadline, request.signal])
        : (deadline ?? request.signal);
    let target = new URL(url);
    let method = (request.method ?? 'GET').toUpperCase();
    let body = request.body;
    for (let redirects = 0;; redirects++) {
        const answer = await exchange(target, { method, headers: request.headers ?? {}, body }, signal);
        const location = answer.header('location');
        if (!location || ![301, 302, 303, 307, 308].includes(answer.status))
            return answer;
        if (redirects >= MAX_REDIRECTS)
            return answer;
        target = new URL(location, target);
        // As browsers and fetch: a 303 (and a 301/302 after a POST) becomes a GET without a body.
        if (answer.status === 303 || (method === 'POST' && answer.status <= 302)) {
            method = 'GET';
            body = undefined;
        }
    }
}
async function exchange(url, request, signal) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new HttpNetworkError(`unsupported protocol ${url.protocol}`, 'EPROTO');
    }
    const secure = url.protocol === 'https:';
    const proxy = (0,_actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_1__/* .getProxyUrl */ .s)(url);
    const headers = {
        'user-agent': 'release-actions',
        ...lowerCased(request.headers),
        ...(request.body === undefined
            ? {}
            : { 'content-length': String(Buffer.byteLength(request.body)) })
    };
    const send = await requester(secure);
    const options = {
        method: request.method,
        headers,
        signal
    };
    if (proxy && !secure) {
        // A forward proxy takes the absolute URI; the Host header still names the target.
        Object.assign(options, {
            host: proxy.hostname,
            port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
            path: url.href,
            headers: { ...headers, host: url.host, ...proxyAuthorization(proxy) }
        });
    }
    else {
        Object.assign(options, {
            host: url.hostname.replace(/^\[|\]$/g, ''),
            port: url.port || (secure ? 443 : 80),
            path: `${url.pathname}${url.search}`
        });
        if (proxy) {
            const socket = await tunnel(proxy, url, signal);
            const tls = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1692, 23));
            const servername = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(options.host) ? undefined : options.host;
            options.createConnection = () => tls.connect({ socket, servername, host: options.host });
        }
    }
    return new Promise((resolve, reject) => {
        const req = send(options, (res) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('error', (error) => reject(networkError(error, signal)));
            res.on('end', () => {
                const status = res.statusCode ?? 0;
                const bytes = Buffer.concat(chunks);
                resolve({
                    status,
                    statusText: res.statusMessage ?? '',
                    ok: status >= 200 && status <= 299,
                    body: bytes.toString('utf8'),
                    bytes,
                    header: (name) => {
                        const value = res.headers[name.toLowerCase()];
                        return Array.isArray(value) ? value.join(', ') : value;
                    },
                    headers: Object.fromEntries(Object.entries(res.headers)
                        .filter(([, value]) => value !== undefined)
                        .map(([name, value]) => [
                        name,
                        Array.isArray(value) ? value.join(', ') : String(value)
                    ])),
                    url: url.href
                });
            });
        });
        req.on('error', (error) => reject(networkError(error, signal)));
        req.end(request.body);
    });
}
/** A `CONNECT host:port` through the proxy; resolves to the raw socket to the target. */
async function tunnel(proxy, url, signal) {
    const send = await requester(proxy.protocol === 'https:');
    const authority = `${url.hostname}:${url.port || 443}`;
    return new Promise((resolve, reject) => {
        const req = send({
            host: proxy.hostname.replace(/^\[|\]$/g, ''),
            port: proxy.port || (proxy.protocol === 'https:' ? 443 : 80),
            method: 'CONNECT',
            path: authority,
            headers: { host: authority, ...proxyAuthorization(proxy) },
            signal
        });
        req.on('connect', (res, socket) => {
            if (res.statusCode === 200)
                return resolve(socket);
            socket.destroy();
            reject(new HttpNetworkError(`the proxy refused CONNECT (HTTP ${res.statusCode})`, 'EPROXY'));
        });
        req.on('error', (error) => reject(networkError(error, signal)));
        req.end();
    });
}
/** `node:https` (and TLS with it) loads only for an https URL or proxy. */
async function requester(secure) {
    return secure ? (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4708, 23))).request : (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7067, 23))).request;
}
function proxyAuthorization(proxy) {
    if (!proxy.username && !proxy.password)
        return {};
    // getProxyUrl's URL gives the user and password decoded.
    const basic = Buffer.from(`${proxy.username}:${proxy.password}`).toString('base64');
    return { 'proxy-authorization': `Basic ${basic}` };
}
function lowerCased(headers) {
    return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
function networkError(error, signal) {
    // The deadline aborts with a TimeoutError; the caller's signal with its own reason.
    if (signal?.aborted &&
        signal.reason?.name !== 'TimeoutError') {
        return new HttpNetworkError('the request was aborted', 'ABORTED');
    }
    if (signal?.aborted || error.name === 'AbortError') {
        return new HttpNetworkError('no answer in time', 'TIMEOUT');
    }
    const code = error.code;
    return new HttpNetworkError(error.message, code);
}


/***/ }),

/***/ 7573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   En: () => (/* binding */ requestWithRetry),
/* harmony export */   Yq: () => (/* binding */ surelyUnsent),
/* harmony export */   d8: () => (/* binding */ networkReason),
/* harmony export */   wR: () => (/* binding */ retryBaseMs)
/* harmony export */ });
/* unused harmony exports isRetryableStatus, retryAfterSeconds */
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5876);

/** Network failures that happen before a request is sent: no connection was ever made. */
const UNSENT_CODES = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT'];
/** True when a fetch failure surely happened before the request was sent. */
function surelyUnsent(error) {
    const code = error instanceof _client_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpNetworkError */ .z
        ? error.code
        : error?.cause?.code;
    return UNSENT_CODES.includes(code ?? '');
}
/**
 * Base of the waits between retries and of a `retry-after` second, in ms, for every client
 * (these retries, Jira's writes, octokit's retry and throttling in packages/github): 1000, or
 * `RELEASE_ACTIONS_RETRY_BASE_MS`, which the test suite sets so fault tests run quickly.
 */
function retryBaseMs(env = process.env) {
    const fromEnv = Number(env.RELEASE_ACTIONS_RETRY_BASE_MS);
    return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 1000;
}
/** True for the answers worth trying again. */
function isRetryableStatus(status) {
    return status === 429 || status >= 500;
}
/** Seconds a `retry-after` header asks for (seconds or an HTTP date); undefined when absent. */
function retryAfterSeconds(header, now = Date.now()) {
    if (!header)
        return undefined;
    if (/^\d+$/.test(header.trim()))
        return Number(header.trim());
    const date = Date.parse(header);
    return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * One request with bounded retries on 429, 5xx and network failures. Returns the last answer
 * (which may still be a 429 or 5xx when the retries ran out); throws the last network error.
 */
async function requestWithRetry(url, request, options) {
    const retries = options.retries ?? 3;
    const base = retryBaseMs();
    const maxRetryAfter = options.maxRetryAfterSeconds ?? 60;
    for (let attempt = 0;; attempt++) {
        let waitMs = base * 2 ** attempt;
        try {
            const response = await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .httpRequest */ .a)(url, request);
            if (!isRetryableStatus(response.status) || attempt >= retries)
                return response;
            const after = retryAfterSeconds(response.header('retry-after') ?? null);
            if (after !== undefined) {
                if (after > maxRetryAfter)
                    return response;
                waitMs = after * base;
            }
            options.log.warning(`${options.describe} answered ${response.status}; retrying in ${Math.round(waitMs / base)}s (retry ${attempt + 1} of ${retries}).`);
        }
        catch (error) {
            if (attempt >= retries || (options.notIdempotent && !surelyUnsent(error)))
                throw error;
            options.log.warning(`${options.describe} failed (${networkReason(error)}); retrying (retry ${attempt + 1} of ${retries}).`);
        }
        await sleep(waitMs);
    }
}
/** A network failure's cause in a few words, without the URL (which may be a secret). */
function networkReason(error) {
    if (error instanceof _client_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpNetworkError */ .z)
        return error.code ?? error.message;
    const cause = error?.cause;
    return cause?.code ?? (error instanceof Error ? error.message : String(error));
}


/***/ }),

/***/ 5400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ commitAndPush)
/* harmony export */ });
/* harmony import */ var _git_push_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7801);

/**
 * Commits `paths` and publishes the commit; `base` is HEAD before the files were written, by
 * default the new commit's parent.
 */
async function commitAndPush(git, paths, base, request) {
    const made = await git.commit(paths, request.message);
    if (!request.push || made === undefined || request.branch === undefined)
        return { commitSha: made?.sha, pushed: false, replays: 0 };
    const from = base ?? made.parent;
    const published = request.publish
        ? await request.publish(git, request.branch, from)
        : await (0,_git_push_js__WEBPACK_IMPORTED_MODULE_0__/* .pushCommits */ .r9)(git, request.branch, from, {
            head: made.sha,
            remoteHead: request.remoteHead
        });
    return { commitSha: published.sha, pushed: true, replays: published.replays };
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

/***/ 9783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ getProxyUrl)
/* harmony export */ });
/* unused harmony export checkBypass */
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map

/***/ })

};
;
//# sourceMappingURL=2076.index.js.map