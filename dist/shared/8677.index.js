"use strict";
exports.id = 8677;
exports.ids = [8677];
exports.modules = {

/***/ 3518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  notifyStep: () => (/* binding */ notifyStep)
});

// EXTERNAL MODULE: ./packages/github/default-branch.ts
var default_branch = __webpack_require__(7102);
// EXTERNAL MODULE: ./packages/action-kit/core.ts + 2 modules
var core = __webpack_require__(5453);
// EXTERNAL MODULE: ./packages/action-kit/logger.ts
var logger = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/action-kit/run.ts
var run = __webpack_require__(2841);
// EXTERNAL MODULE: ./packages/git/git.ts + 1 modules
var git_git = __webpack_require__(4553);
// EXTERNAL MODULE: ./packages/github/client.ts
var github_client = __webpack_require__(6217);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./packages/github/errors.ts
var errors = __webpack_require__(9325);
// EXTERNAL MODULE: ./packages/github/refs.ts
var refs = __webpack_require__(8456);
;// CONCATENATED MODULE: ./packages/notify/marker.ts
/**
 * The durable record of an announcement: a ref `refs/release-actions/notify/<tag>/<key>` in the
 * repository, pointing at the tag (or the run's commit), where `key` tells the webhook and format
 * apart without showing the URL (a secret). A ref is created atomically (a second POST of the
 * same name gets 422), so it survives reruns and decides between concurrent runs: the run that
 * created it posts, the other says `unchanged`. It is made before the post and removed only when
 * the webhook surely refused, so a lost answer never leads to a second post.
 */



/** The marker's ref name for a target: the tag, then a hash of the webhook URL and format. */
function markerRef(target) {
    const key = (0,external_node_crypto_.createHash)('sha256')
        .update(`${target.format}\n${target.webhookUrl}`)
        .digest('hex')
        .slice(0, 16);
    return `refs/release-actions/notify/${target.tag}/${target.format}-${key}`;
}
class AnnouncementMarker {
    github;
    repository;
    ref;
    sha;
    constructor(github, repository, ref, sha) {
        this.github = github;
        this.repository = repository;
        this.ref = ref;
        this.sha = sha;
    }
    /**
     * The marker of `target`, or undefined (with a warning) when none can be kept: no object to
     * point at, or a token that may not read refs.
     */
    static async open(github, repository, target, log) {
        const ref = markerRef(target);
        const tagRef = await readRef(github, repository, `tags/${target.tag}`);
        const sha = tagRef?.object.sha ?? target.fallbackSha;
        if (!sha) {
            log.warning(`No tag ${target.tag} and no commit to mark the announcement on: a rerun would post again.`);
            return undefined;
        }
        return new AnnouncementMarker(github, repository, ref, sha);
    }
    /** True when an earlier or concurrent run announced (or is announcing) to this target. */
    async exists() {
        return ((await readRef(this.github, this.repository, this.ref.slice('refs/'.length))) !== undefined);
    }
    /**
     * Creates the marker: 'claimed', 'taken' when another run made it first, or 'unrecorded'
     * (with a warning) when the token may not write refs.
     */
    async claim(log) {
        try {
            await (0,refs/* createRefOnce */.P)(this.github, this.repository, this.ref, this.sha);
            return 'claimed';
        }
        catch (error) {
            if ((0,errors/* apiStatus */.$T)(error) === 422 && (await this.exists()))
                return 'taken';
            if ((0,errors/* apiStatus */.$T)(error) === 403 && !(0,errors/* isSecondaryRateLimit */.i7)(error)) {
                log.warning(`The announcement cannot be recorded: ${(0,errors/* explainApiError */.cU)(error, `creating ${this.ref}`).message} ` +
                    'Without the record a rerun would post it again.');
                return 'unrecorded';
            }
            throw (0,errors/* explainApiError */.cU)(error, 'recording the announcement (a ref)');
        }
    }
    /** Removes the marker after the webhook surely refused, so a rerun posts again. */
    async release() {
        try {
            await this.github.rest.git.deleteRef({
                ...this.repository,
                ref: this.ref.slice('refs/'.length)
            });
        }
        catch (error) {
            if ((0,errors/* apiStatus */.$T)(error) === 422 || (0,errors/* apiStatus */.$T)(error) === 404)
                return;
            throw (0,errors/* explainApiError */.cU)(error, 'removing the announcement record (a ref)');
        }
    }
}
async function readRef(github, repository, ref) {
    try {
        return await (0,refs/* readRefViaApi */.I)(github, repository, `refs/${ref}`);
    }
    catch (error) {
        throw (0,errors/* explainApiError */.cU)(error, `reading refs/${ref}`);
    }
}

// EXTERNAL MODULE: ./packages/release/rollback-books.ts
var rollback_books = __webpack_require__(4337);
;// CONCATENATED MODULE: ./packages/notify/announcement.ts
/**
 * What a release announcement says, whatever the format: the release, its link, its notes,
 * and the user's `message` template with its placeholders filled in.
 */
const PLACEHOLDERS = (/* unused pure expression or super */ null && (['version', 'tag', 'url', 'notes', 'repository']));
/** Fills `{version}`, `{tag}`, `{url}`, `{notes}`, `{repository}` in a template, in one pass. */
function renderMessage(template, values) {
    // One pass, so a placeholder inside the notes is left as the notes wrote it.
    return template.replace(/\{(version|tag|url|notes|repository)\}/g, (_m, name) => String(values[name]));
}
/** The headline: `acme/app 1.3.0 released`. */
function announcementTitle(announcement) {
    const what = announcement.rolledBack ? 'rolled back' : 'released';
    return `${announcement.repository} ${announcement.version} ${what}`;
}
/** The text of the announcement as markdown: the message, or a line with the link and the notes. */
function announcementMarkdown(announcement) {
    const back = announcement.rolledBack;
    if (back) {
        const again = back.previousVersion
            ? ` ${back.environment} runs ${back.previousVersion} again.`
            : '';
        return (`⚠️ Release [${announcement.tag}](${announcement.url}) of ${announcement.repository} failed in ` +
            `${back.environment} and was rolled back${back.reason ? `: ${back.reason}` : ''}.${again} ` +
            'Do not install it; a fixed release follows.');
    }
    if (announcement.message !== undefined)
        return announcement.message;
    const intro = `Release [${announcement.tag}](${announcement.url}) of ${announcement.repository} is out.`;
    return announcement.notes.trim() === '' ? intro : `${intro}\n\n${announcement.notes.trim()}`;
}
/** Cuts text to at most `max` characters, at a line end when one is near, marking the cut. */
function truncate(text, max, marker = '…') {
    if (text.length <= max)
        return text;
    const room = max - marker.length;
    const lineEnd = text.lastIndexOf('\n', room);
    const cut = lineEnd > room * 0.8 ? lineEnd : room;
    return text.slice(0, cut).trimEnd() + marker;
}

;// CONCATENATED MODULE: ./packages/notify/json.ts
/**
 * The `json` format: a documented, stable payload for any other receiver (a chat bridge, an
 * internal service, a Zapier hook). Fields are described in actions/notify/README.md.
 */

const JSON_PAYLOAD_SCHEMA = 'release-actions/notify@1';
function buildJsonPayload(announcement, now = new Date()) {
    return {
        schema: JSON_PAYLOAD_SCHEMA,
        event: announcement.rolledBack ? 'rollback' : 'release',
        repository: announcement.repository,
        version: announcement.version,
        tag: announcement.tag,
        url: announcement.url,
        title: announcementTitle(announcement),
        text: announcementMarkdown(announcement),
        notes: announcement.notes,
        sha: announcement.sha ?? null,
        run_url: announcement.runUrl ?? null,
        sent_at: now.toISOString(),
        ...(announcement.rolledBack
            ? {
                rolled_back: {
                    environment: announcement.rolledBack.environment,
                    reason: announcement.rolledBack.reason ?? null,
                    previous_version: announcement.rolledBack.previousVersion ?? null
                }
            }
            : {})
    };
}

;// CONCATENATED MODULE: ./packages/notify/markdown.ts
/**
 * Release notes are Keep a Changelog markdown; Slack speaks its own `mrkdwn` and Teams a
 * markdown subset without headings. These convert one to the others and escape what the
 * target would otherwise read as markup.
 */
const LINK = /\[([^\]\n]+)\]\(([^)\s]+)\)/g;
/** Escapes the three characters Slack reads as control characters in mrkdwn. */
function escapeSlack(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** A URL inside `<url|text>`: Slack's control characters and the separator encoded. */
function slackUrl(url) {
    return url.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C');
}
/** Converts one line's inline markdown: links to `<url|text>`, `**bold**` to `*bold*`. */
function slackInline(line) {
    let out = '';
    let last = 0;
    for (const match of line.matchAll(LINK)) {
        out += slackText(line.slice(last, match.index));
        out += `<${slackUrl(match[2])}|${escapeSlack(match[1]).replace(/\|/g, '¦')}>`;
        last = match.index + match[0].length;
    }
    return out + slackText(line.slice(last));
}
function slackText(text) {
    return escapeSlack(text).replace(/\*\*([^*\n]+)\*\*/g, '*$1*');
}
/** Keep a Changelog markdown as Slack mrkdwn: headings bold, bullets `•`, links `<url|text>`. */
function markdownToSlack(markdown) {
    return markdown
        .split(/\r?\n/)
        .map((line) => {
        const heading = /^#{1,6}\s+(.*)$/.exec(line);
        if (heading)
            return `*${slackInline(heading[1].trim())}*`;
        const bullet = /^(\s*)[-*+]\s+(.*)$/.exec(line);
        if (bullet)
            return `${bullet[1]}• ${slackInline(bullet[2])}`;
        return slackInline(line);
    })
        .join('\n');
}
/** Markdown for a Teams TextBlock, which shows no headings: they become bold lines. */
function markdownToTeams(markdown) {
    return markdown
        .split(/\r?\n/)
        .map((line) => {
        const heading = /^#{1,6}\s+(.*)$/.exec(line);
        return heading ? `**${heading[1].trim()}**` : line;
    })
        .join('\n');
}
/**
 * Splits text into pieces of at most `max` characters, at line ends where possible (a line
 * longer than `max` is cut), keeping every character.
 */
function splitText(text, max) {
    const pieces = [];
    let current = '';
    for (const line of text.split('\n')) {
        let rest = line;
        while (rest.length > max) {
            if (current)
                pieces.push(current);
            current = '';
            const cut = safeCut(rest, max);
            pieces.push(rest.slice(0, cut));
            rest = rest.slice(cut);
        }
        const joined = current === '' ? rest : `${current}\n${rest}`;
        if (joined.length > max) {
            pieces.push(current);
            current = rest;
        }
        else
            current = joined;
    }
    if (current.trim() !== '')
        pieces.push(current);
    return pieces.filter((p) => p.trim() !== '');
}
/** Where to cut a too-long line: not inside a Slack `<url|text>` link or an `&amp;` entity. */
function safeCut(line, max) {
    const open = line.lastIndexOf('<', max - 1);
    if (open > 0 && line.lastIndexOf('>', max - 1) < open)
        return open;
    const amp = line.lastIndexOf('&', max - 1);
    if (amp > 0 && max - amp < 6 && !line.slice(amp, max).includes(';'))
        return amp;
    return max;
}

;// CONCATENATED MODULE: ./packages/notify/slack.ts
/**
 * The Slack message (Block Kit) of an announcement, within Slack's limits: at most 50 blocks,
 * a header of at most 150 characters of plain text, section text of at most 3000 characters,
 * and a `text` fallback for notifications and clients without blocks.
 */


const SLACK_LIMITS = { blocks: 50, headerText: 150, sectionText: 3000, text: 3000 };
const section = (text) => ({ type: 'section', text: { type: 'mrkdwn', text } });
/** Builds the message; notes too long for the limits are cut, with a line pointing at the release. */
function buildSlackMessage(announcement) {
    const title = announcementTitle(announcement);
    const body = markdownToSlack(announcementMarkdown(announcement));
    const header = {
        type: 'header',
        text: { type: 'plain_text', text: truncate(title, SLACK_LIMITS.headerText), emoji: true }
    };
    let pieces = splitText(body, SLACK_LIMITS.sectionText);
    const room = SLACK_LIMITS.blocks - 2; // the header, and the note on a cut
    const cut = pieces.length > room;
    if (cut)
        pieces = pieces.slice(0, room);
    const blocks = [header, ...pieces.map(section)];
    if (cut) {
        blocks.push({
            type: 'context',
            elements: [
                {
                    type: 'mrkdwn',
                    text: `Notes shortened to fit Slack; read them all on <${announcement.url.replace(/[<>|]/g, encodeURIComponent)}|the release page>.`
                }
            ]
        });
    }
    const text = truncate(`${escapeSlack(title)}: ${announcement.url}`, SLACK_LIMITS.text);
    return { text, blocks };
}

;// CONCATENATED MODULE: ./packages/notify/teams.ts
/**
 * The Microsoft Teams message of an announcement: one Adaptive Card (schema 1.4) as an
 * attachment, the form Teams' Workflows (and legacy incoming) webhooks take.
 */


const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
/** Teams refuses messages over ~28 KB; the notes get most of that room. */
const TEAMS_TEXT_LIMIT = 20_000;
function buildTeamsMessage(announcement) {
    const text = truncate(markdownToTeams(announcementMarkdown(announcement)), TEAMS_TEXT_LIMIT, `\n\n… (shortened; the release page has the full notes)`);
    const card = {
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
        type: 'AdaptiveCard',
        version: '1.4',
        body: [
            {
                type: 'TextBlock',
                text: announcementTitle(announcement),
                size: 'Large',
                weight: 'Bolder',
                wrap: true
            },
            {
                type: 'FactSet',
                facts: [
                    { title: 'Repository', value: announcement.repository },
                    { title: 'Version', value: announcement.version },
                    { title: 'Tag', value: announcement.tag }
                ]
            },
            { type: 'TextBlock', text, wrap: true }
        ],
        actions: [{ type: 'Action.OpenUrl', title: 'View the release', url: announcement.url }],
        msteams: { width: 'Full' }
    };
    return {
        type: 'message',
        attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, contentUrl: null, content: card }]
    };
}

// EXTERNAL MODULE: ./packages/http/retry.ts
var retry = __webpack_require__(7573);
;// CONCATENATED MODULE: ./packages/notify/webhook.ts

/** The webhook refused the message, or could not be reached. */
class WebhookError extends Error {
    status;
    uncertain;
    constructor(message, status, 
    /** The post was sent but its answer lost: it may have been shown. */
    uncertain = false) {
        super(message);
        this.status = status;
        this.uncertain = uncertain;
        this.name = 'WebhookError';
    }
}
/** POSTs `payload` as JSON; resolves on a 2xx, else throws a WebhookError. */
async function postWebhook(url, payload, options) {
    let response;
    try {
        response = await (0,retry/* requestWithRetry */.En)(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json; charset=utf-8' },
            body: JSON.stringify(payload)
        }, { log: options.log, retries: options.retries, describe: 'The webhook', notIdempotent: true });
    }
    catch (error) {
        if ((0,retry/* surelyUnsent */.Yq)(error)) {
            throw new WebhookError(`Cannot reach the webhook (${(0,retry/* networkReason */.d8)(error)}).`);
        }
        // A post is not idempotent: a second one would be a second message in the channel.
        throw new WebhookError(`The announcement was sent but the webhook's answer was lost (${(0,retry/* networkReason */.d8)(error)}); ` +
            'it may have arrived, so it was not sent again. Check the channel; if it is missing, ' +
            "rerun with 'repost: true'.", undefined, true);
    }
    const body = response.body;
    if (response.ok)
        return { status: response.status, body };
    // A service that echoes the request could echo the secret; never repeat it.
    const text = body.split(url).join('***').trim();
    const said = text === '' ? '(empty body)' : text.slice(0, 500);
    const retried = response.status === 429 || response.status >= 500 ? ' after retrying' : '';
    throw new WebhookError(`The webhook answered ${response.status} ${response.statusText}${retried}: ${said}. ` +
        (response.status < 500 && response.status !== 429
            ? "Check the 'webhook-url' secret and 'format' (Slack needs an incoming-webhook URL and format: slack; Teams a Workflows webhook and format: teams)."
            : 'The service is failing; rerun the job later.'), response.status);
}

// EXTERNAL MODULE: ./packages/release/published.ts
var published = __webpack_require__(6618);
// EXTERNAL MODULE: ./actions/notify/src/inputs.ts + 1 modules
var src_inputs = __webpack_require__(8300);
// EXTERNAL MODULE: ./packages/action-kit/summary.ts
var summary = __webpack_require__(336);
;// CONCATENATED MODULE: ./actions/notify/src/summary.ts

/** The job summary; it names the release link, never the webhook (a secret). */
function notifySummary(args) {
    const what = `the ${args.format} announcement of [the release](${args.url})`;
    const detail = args.result === 'success'
        ? `Posted ${what} to the webhook.`
        : args.result === 'dry-run'
            ? `Would post ${what} to the webhook (payload below).`
            : args.result === 'unchanged'
                ? `Already posted ${what} to the webhook; not posted again (set 'repost: true' to post again).`
                : `The webhook refused ${what}: ${args.failure?.message ?? ''}`;
    let body = (0,summary/* resultLine */.ow)('notify', args.result, detail);
    body += `<details><summary>Payload</summary>\n\n${(0,summary/* codeBlock */.DV)(JSON.stringify(args.payload, null, 2), 'json')}\n</details>\n`;
    return body;
}

;// CONCATENATED MODULE: ./actions/notify/src/step.ts
/** notify's work, loaded once its inputs are known to be good. */
















async function notifyStep(inputs, context, { owner, repo }) {
    const git = new git_git/* Git */.TU(inputs.workingDirectory, { log: logger/* actionsLogger */.M, token: inputs.token });
    const release = await (0,published/* resolvePublishedRelease */.CE)((await git.isRepository()) ? git : undefined, {
        versionInput: inputs.version,
        branch: context.branch,
        tagPrefix: inputs.tagPrefix,
        mainBranch: inputs.mainBranch,
        defaultBranch: (0,default_branch/* apiDefaultBranch */.i)({ context, log: logger/* actionsLogger */.M, token: inputs.token })
    });
    let notes = inputs.releaseNotes;
    if (notes === undefined) {
        notes =
            (0,published/* readChangelogSection */.wJ)(inputs.workingDirectory, inputs.changelog, release.version)?.body ?? '';
        if (!notes) {
            logger/* actionsLogger */.M.warning(`${inputs.changelog} has no section for ${release.version}; announcing without notes (set 'release-notes' to give them).`);
        }
    }
    const repository = `${owner}/${repo}`;
    const url = inputs.releaseUrl ??
        `${context.serverUrl}/${repository}/releases/tag/${encodeURIComponent(release.tag)}`;
    const values = { version: release.version, tag: release.tag, url, notes, repository };
    let client;
    const github = async () => (client ??= await (0,github_client.createGitHubClient)({
        token: inputs.token,
        apiUrl: context.apiUrl,
        log: logger/* actionsLogger */.M
    }));
    const verdict = inputs.productionEnvironment
        ? await (0,rollback_books/* readProductionVerdict */.JH)(await github(), { owner, repo }, inputs.productionEnvironment, release.version, logger/* actionsLogger */.M)
        : undefined;
    if ((0,rollback_books/* rolledBack */.EN)(verdict)) {
        (0,core/* info */.pq)(`${release.version}'s deployment to ${inputs.productionEnvironment ?? ''} is '${verdict?.state ?? ''}': announcing the rollback.`);
    }
    const announcement = {
        ...values,
        rolledBack: (0,rollback_books/* rolledBack */.EN)(verdict) && inputs.productionEnvironment
            ? {
                environment: inputs.productionEnvironment,
                reason: verdict?.description,
                previousVersion: verdict?.previousVersion
            }
            : undefined,
        message: inputs.message === undefined ? undefined : renderMessage(inputs.message, values),
        sha: context.sha || undefined,
        runUrl: context.runId
            ? `${context.serverUrl}/${repository}/actions/runs/${context.runId}`
            : undefined
    };
    const payload = buildPayload(inputs.format, announcement);
    if (inputs.dryRun) {
        (0,core/* info */.pq)(`Would post the ${inputs.format} announcement of ${release.version} to the webhook.`);
        await (0,run/* setOutputs */.n0)({ [src_inputs/* Output */.k7.result]: 'dry-run' });
        await (0,core/* appendSummary */.fe)(notifySummary({ result: 'dry-run', format: inputs.format, url, payload }));
        return;
    }
    const marker = inputs.token
        ? await AnnouncementMarker.open(await github(), { owner, repo }, {
            tag: release.tag,
            webhookUrl: inputs.webhookUrl,
            format: inputs.format,
            fallbackSha: context.sha || undefined
        }, logger/* actionsLogger */.M)
        : undefined;
    if (!marker) {
        logger/* actionsLogger */.M.warning('The announcement is not recorded (no token or nothing to mark): a rerun would post it again.');
    }
    const { already, claimed } = marker
        ? await announcedBefore(marker, inputs.repost)
        : { already: undefined, claimed: false };
    if (already) {
        (0,core/* info */.pq)(`${release.version} was already announced to this webhook (${already}; recorded in ${marker?.ref}); ` +
            "not posted again. Set 'repost: true' to post it again.");
        await (0,run/* setOutputs */.n0)({ [src_inputs/* Output */.k7.result]: 'unchanged', [src_inputs/* Output */.k7.status]: '' });
        await (0,core/* appendSummary */.fe)(notifySummary({ result: 'unchanged', format: inputs.format, url, payload }));
        return;
    }
    try {
        const answer = await postWebhook(inputs.webhookUrl, payload, { log: logger/* actionsLogger */.M });
        (0,core/* info */.pq)(`Posted the ${inputs.format} announcement of ${release.version} (HTTP ${answer.status}).`);
        await (0,run/* setOutputs */.n0)({ [src_inputs/* Output */.k7.result]: 'success', [src_inputs/* Output */.k7.status]: answer.status });
        await (0,core/* appendSummary */.fe)(notifySummary({ result: 'success', format: inputs.format, url, payload }));
    }
    catch (failure) {
        if (!(failure instanceof WebhookError))
            throw failure;
        // Surely not shown: the record goes, so a rerun posts. Maybe shown: it stays (no double post).
        if (!failure.uncertain && claimed)
            await marker?.release();
        await (0,run/* setOutputs */.n0)({ [src_inputs/* Output */.k7.result]: 'failure', [src_inputs/* Output */.k7.status]: failure.status ?? '' });
        (0,core/* error */.z3)(failure.message, undefined, 'notify: the webhook refused the announcement');
        (0,core/* markFailed */.ZY)();
        await (0,core/* appendSummary */.fe)(notifySummary({ result: 'failure', format: inputs.format, url, payload, failure }));
    }
}
/**
 * Says why not to post ('by an earlier run', 'by a concurrent run'), or nothing after claiming
 * the record for this run (or when `repost` asks to post anyway), and whether this run made it. The claim is atomic, so of two
 * runs at once only one posts.
 */
async function announcedBefore(marker, repost) {
    if (await marker.exists())
        return { already: repost ? undefined : 'by an earlier run', claimed: false };
    const claim = await marker.claim(logger/* actionsLogger */.M);
    return {
        already: claim === 'taken' && !repost ? 'by a concurrent run' : undefined,
        claimed: claim === 'claimed'
    };
}
function buildPayload(format, announcement) {
    if (format === 'slack')
        return buildSlackMessage(announcement);
    if (format === 'teams')
        return buildTeamsMessage(announcement);
    return buildJsonPayload(announcement);
}


/***/ }),

/***/ 4385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DA: () => (/* binding */ derivedRegExp),
/* harmony export */   Hm: () => (/* binding */ checkUserRegex),
/* harmony export */   lR: () => (/* binding */ BoundedRegExp)
/* harmony export */ });
/* unused harmony exports USER_REGEX_BUDGET_MS, regexProblem, hasNestedRepetition */
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(714);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_vm__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4431);
/* harmony import */ var _shown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/**
 * A regular expression from an input, checked before it runs on every commit: it must not
 * match the empty string (it would "find" a ticket or skip a commit everywhere), and it must
 * not nest a repeated group inside a repetition (`(a+)+`, `(\w*)*`), the shape whose
 * backtracking takes exponential time on a near-miss (ReDoS) and would hang the job.
 * No shape check catches every such pattern (`(a|a)+$` overlaps without nesting), so the
 * regex that passes runs under a time budget: past it, the run stops naming the input.
 */



/** Matching time one user regex may spend in a run, all texts together. */
const USER_REGEX_BUDGET_MS = 3000;
function checkUserRegex(regex, input) {
    const problem = regexProblem(regex);
    if (problem === undefined)
        return new BoundedRegExp(regex, regex.flags, input);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${input}' has ${(0,_shown_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .S)(regex.source)}, which ${problem}.`, {
        input
    });
}
/**
 * V8's backtracking cannot be interrupted from JavaScript, but a vm script's timeout stops
 * whatever runs inside it, a regex included: each match runs as that script.
 */
const sandbox = {};
const context = (0,node_vm__WEBPACK_IMPORTED_MODULE_0__.createContext)(sandbox);
const script = new node_vm__WEBPACK_IMPORTED_MODULE_0__.Script('match()');
/**
 * A RegExp whose every match (`exec`, and through it `test`, `replace`, `match`, `matchAll`,
 * `split`) runs within the regex's budget; copies made by `matchAll` and `split` share it.
 */
class BoundedRegExp extends RegExp {
    budget;
    constructor(pattern, flags, input) {
        super(pattern, flags);
        this.budget =
            pattern instanceof BoundedRegExp
                ? pattern.budget
                : { input: input ?? 'a regex', source: this.source, spentMs: 0 };
    }
    /** A regex of another source that spends the budget of `owner`. */
    static sharing(owner, source, flags) {
        const regex = new BoundedRegExp(source, flags);
        regex.budget = owner.budget;
        return regex;
    }
    overBudget(text) {
        const { input, source } = this.budget;
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${input}' has ${(0,_shown_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .S)(source)}, which took more than ` +
            `${USER_REGEX_BUDGET_MS / 1000} s to match ${(0,_shown_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .S)(String(text))}: it backtracks ` +
            'catastrophically on text that almost matches. Make the alternatives inside a ' +
            'repetition exclusive (`(a|a)+` -> `a+`, `(\\w|\\d)+` -> `\\w+`) or anchor it.', { input });
    }
    exec(text) {
        const budget = this.budget;
        const remaining = USER_REGEX_BUDGET_MS - budget.spentMs;
        if (remaining <= 0)
            throw this.overBudget(text);
        // Only the match itself is counted, not the vm's own cost of a few microseconds a call.
        sandbox.match = () => {
            const started = performance.now();
            const result = super.exec(text);
            budget.spentMs += performance.now() - started;
            return result;
        };
        try {
            return script.runInContext(context, {
                timeout: Math.max(1, Math.ceil(remaining))
            });
        }
        catch (error) {
            if (error.code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT')
                throw error;
            budget.spentMs = USER_REGEX_BUDGET_MS;
            throw this.overBudget(text);
        }
        finally {
            sandbox.match = undefined;
        }
    }
}
/**
 * A regex built around a user's (`(?<key>${issue.source})|#(\d+)`), held to the same budget
 * when the user's regex is bounded; a plain RegExp otherwise.
 */
function derivedRegExp(from, source, flags) {
    return from instanceof BoundedRegExp
        ? BoundedRegExp.sharing(from, source, flags)
        : new RegExp(source, flags);
}
function regexProblem(regex) {
    if (new RegExp(regex.source, regex.flags.replace(/[gy]/g, '')).test('')) {
        return 'matches the empty string, so it would match every text; make it require at least one character';
    }
    if (hasNestedRepetition(regex.source)) {
        return ('repeats a group that itself repeats (like `(a+)+`): on a text that almost matches it ' +
            'takes exponential time; write it without the outer repetition');
    }
    return undefined;
}
/** True when a quantified group holds a quantifier (star height above one). */
function hasNestedRepetition(source) {
    const stack = [];
    let inner = false;
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (c === '[') {
            for (i++; i < source.length && source[i] !== ']'; i++)
                if (source[i] === '\\')
                    i++;
            continue;
        }
        if (c === '(') {
            stack.push(inner);
            inner = false;
            continue;
        }
        if (c === ')') {
            const groupRepeats = inner;
            inner = stack.pop() ?? false;
            const next = source.slice(i + 1);
            if (isRepetition(next)) {
                if (groupRepeats)
                    return true;
                inner = true;
            }
            else if (groupRepeats) {
                inner = true;
            }
            continue;
        }
        if (isRepetition(source.slice(i)))
            inner = true;
    }
    return false;
}
/** `*`, `+`, or `{n,}` / `{n,m}` with m above 1, at the start of `text`. */
function isRepetition(text) {
    if (text.startsWith('*') || text.startsWith('+'))
        return true;
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(text);
    if (!braces)
        return false;
    if (braces[2] === undefined)
        return Number(braces[1]) > 1;
    return braces[3] === '' || Number(braces[3]) > 1;
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

/***/ 5328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ HttpNetworkError),
  a: () => (/* binding */ httpRequest)
});

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
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
;// CONCATENATED MODULE: ./packages/http/client.ts


/** The request never got an answer: `code` is the socket's (ECONNREFUSED, ENOTFOUND, ...). */
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
    let target = new URL(url);
    let method = (request.method ?? 'GET').toUpperCase();
    let body = request.body;
    for (let redirects = 0;; redirects++) {
        const answer = await exchange(target, { method, headers: request.headers ?? {}, body }, deadline);
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
    const proxy = getProxyUrl(url);
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
            const servername = (0,external_node_net_.isIP)(options.host) ? undefined : options.host;
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
                resolve({
                    status,
                    statusText: res.statusMessage ?? '',
                    ok: status >= 200 && status <= 299,
                    body: Buffer.concat(chunks).toString('utf8'),
                    header: (name) => {
                        const value = res.headers[name.toLowerCase()];
                        return Array.isArray(value) ? value.join(', ') : value;
                    },
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
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5328);

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
 * Base of the waits between retries and of a `retry-after` second, in ms; the test suite
 * shortens it through the environment (as packages/github/client.ts does).
 */
function retryBaseMs() {
    const fromEnv = Number(process.env.RELEASE_ACTIONS_RETRY_BASE_MS);
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


/***/ })

};
;
//# sourceMappingURL=8677.index.js.map