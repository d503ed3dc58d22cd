import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3942:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readRelease),
/* harmony export */   i: () => (/* binding */ ANNOUNCED_ACTIONS)
/* harmony export */ });
/** The release actions that announce one; others (created, edited, deleted...) post nothing. */
const ANNOUNCED_ACTIONS = ['published', 'released', 'prereleased'];
function readRelease(value) {
    if (!isRecord(value) || typeof value['tag_name'] !== 'string')
        return undefined;
    const author = isRecord(value['author']) && typeof value['author']['login'] === 'string' ? value['author']['login'] : '';
    const assets = Array.isArray(value['assets']) ? value['assets'] : [];
    return {
        tag: value['tag_name'],
        name: typeof value['name'] === 'string' && value['name'].trim() !== '' ? value['name'] : value['tag_name'],
        notes: typeof value['body'] === 'string' ? value['body'] : '',
        url: typeof value['html_url'] === 'string' ? value['html_url'] : '',
        author,
        prerelease: value['prerelease'] === true,
        assets: assets.flatMap((a) => isRecord(a) && typeof a['name'] === 'string' && typeof a['browser_download_url'] === 'string'
            ? [{ name: a['name'], size: typeof a['size'] === 'number' ? a['size'] : 0, url: a['browser_download_url'] }]
            : []),
    };
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2082);
/* harmony import */ var _runner_actions_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8444);


await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)(_runner_actions_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .actionsRunner */ .A, process.env);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2082:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./src/config/input-error.ts
/** A problem with one action input. The message names the input so the user knows what to fix. */
class InputError extends Error {
    input;
    constructor(input, problem) {
        super(`Input '${input}': ${problem}`);
        this.name = 'InputError';
        this.input = input;
    }
}

;// CONCATENATED MODULE: ./src/config/webhook-url.ts

const HOOK_PATH = /\/hooks\/([A-Za-z0-9]+)$/;
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;
/**
 * Validates the `webhook-url` input. Errors never repeat the value: it is a secret.
 * The route matches Mattermost's `POST /hooks/{id:[A-Za-z0-9]+}`, under any path prefix
 * (servers installed under a sub-path), with an optional query (`slack_return_format=true`).
 */
function parseWebhookUrl(raw) {
    const value = raw.trim();
    if (value === '') {
        throw new InputError('webhook-url', 'is required: pass the kChat incoming webhook URL, usually from a secret (${{ secrets.KCHAT_WEBHOOK_URL }}).');
    }
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new InputError('webhook-url', 'is not an absolute URL; expected https://<your-kchat-host>/hooks/<key>.');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new InputError('webhook-url', `must use https (or http); got the scheme '${url.protocol.replace(/:$/, '')}'.`);
    }
    // A trailing slash, easy to paste by accident, would miss the server's route.
    url.pathname = url.pathname.replace(/\/+$/, '');
    const match = HOOK_PATH.exec(url.pathname);
    if (!match?.[1]) {
        throw new InputError('webhook-url', 'must end with /hooks/<key>, the key being letters and digits; copy the whole URL kChat shows when you create the incoming webhook.');
    }
    if (url.username !== '' || url.password !== '') {
        throw new InputError('webhook-url', 'must not contain a user name or password.');
    }
    const key = match[1];
    const secrets = unique([raw, value, url.href, key]);
    return {
        url,
        key,
        insecure: url.protocol === 'http:' && !LOOPBACK.test(url.hostname),
        secrets,
    };
}
function unique(values) {
    return [...new Set(values.filter((v) => v.length > 0))];
}

;// CONCATENATED MODULE: ./src/kchat/limits.ts
/** kChat / Mattermost limits that shape what we send (see shared kchat-webhook.md §1, §4). */
/** Longest post text in Unicode code points; a longer text is split by the server, cutting Markdown anywhere. */
const MAX_POST_CODE_POINTS = 16_383;
/** `ServiceSettings.MaximumPayloadSizeBytes` default. A JSON body over it is truncated and rejected (400). */
const MAX_BODY_BYTES = 300_000;
/** Longest wait, in milliseconds, one step spends between delivery attempts in total. */
const MAX_TOTAL_WAIT_MS = 120_000;
function codePointLength(text) {
    let n = 0;
    for (const _ of text)
        n++;
    return n;
}

;// CONCATENATED MODULE: ./src/kchat/payload.ts


function basePayload(text, overrides) {
    const payload = { text };
    if (overrides.channel)
        payload['channel'] = overrides.channel;
    if (overrides.username)
        payload['username'] = overrides.username;
    if (overrides.iconUrl)
        payload['icon_url'] = overrides.iconUrl;
    if (overrides.iconEmoji)
        payload['icon_emoji'] = overrides.iconEmoji;
    return payload;
}
/** Parses the `payload` input: a JSON object, or nothing. */
function parsePayloadInput(raw) {
    if (raw.trim() === '')
        return undefined;
    let value;
    try {
        value = JSON.parse(raw);
    }
    catch (error) {
        throw new InputError('payload', `is not valid JSON (${error.message}).`);
    }
    if (!isObject(value)) {
        throw new InputError('payload', `must be a JSON object such as {"props": {...}}; got ${describe(value)}.`);
    }
    return value;
}
/**
 * Merges the user's payload over ours: objects merge key by key (so `props` or `priority` can be
 * extended), anything else, arrays included, replaces. `null` removes a key.
 */
function mergePayload(base, override) {
    if (!override)
        return base;
    const out = { ...base };
    for (const [key, value] of Object.entries(override)) {
        const current = out[key];
        if (value === null)
            delete out[key];
        else if (isObject(value) && isObject(current))
            out[key] = mergePayload(current, value);
        else
            out[key] = value;
    }
    return out;
}
/**
 * Checks a merged payload against what the server accepts, before anything is sent, and returns it
 * typed. Problems are blamed on `payload`: our own fields are always valid.
 */
function validatePayload(value) {
    const fail = (problem) => {
        throw new InputError('payload', problem);
    };
    for (const key of ['text', 'channel', 'username', 'icon_url', 'icon_emoji', 'type']) {
        if (key in value && typeof value[key] !== 'string')
            fail(`"${key}" must be a string; got ${describe(value[key])}.`);
    }
    const text = value['text'] ?? '';
    const attachments = value['attachments'];
    if (attachments !== undefined) {
        if (!Array.isArray(attachments))
            fail(`"attachments" must be an array; got ${describe(attachments)}.`);
        attachments.forEach((a, i) => validateAttachment(a, i, fail));
    }
    const hasAttachments = Array.isArray(attachments) && attachments.some((a) => a !== null);
    if (text === '' && !hasAttachments)
        fail('the message needs a non-empty "text" or at least one attachment.');
    const type = value['type'];
    if (type !== undefined && type !== '' && !type.startsWith('custom_')) {
        fail(`"type" must be empty or start with "custom_" (kChat refuses other post types); got "${type}".`);
    }
    if ('props' in value && !isObject(value['props']))
        fail(`"props" must be an object; got ${describe(value['props'])}.`);
    if ('priority' in value)
        validatePriority(value['priority'], fail);
    const length = codePointLength(text);
    if (length > MAX_POST_CODE_POINTS) {
        fail(`"text" is ${length} characters; kChat splits posts over ${MAX_POST_CODE_POINTS} characters, breaking the message.`);
    }
    const bytes = Buffer.byteLength(JSON.stringify(value));
    if (bytes > MAX_BODY_BYTES)
        fail(`the payload is ${bytes} bytes; kChat refuses bodies over ${MAX_BODY_BYTES} bytes.`);
    return value;
}
function validateAttachment(a, index, fail) {
    if (a === null)
        return; // the server drops null attachments
    if (!isObject(a))
        fail(`"attachments[${index}]" must be an object; got ${describe(a)}.`);
    const fields = a['fields'];
    if (fields === undefined || fields === null)
        return;
    if (!Array.isArray(fields))
        fail(`"attachments[${index}].fields" must be an array.`);
    fields.forEach((f, j) => {
        if (f === null)
            return;
        if (!isObject(f))
            fail(`"attachments[${index}].fields[${j}]" must be an object.`);
        const short = f['short'];
        if (short !== undefined && typeof short !== 'boolean' && !(typeof short === 'string' && /^(true|false)$/i.test(short))) {
            fail(`"attachments[${index}].fields[${j}].short" must be true or false; kChat refuses ${describe(short)}.`);
        }
    });
}
function validatePriority(p, fail) {
    if (!isObject(p))
        fail(`"priority" must be an object such as {"priority": "important"}; got ${describe(p)}.`);
    const level = p['priority'];
    if (level === undefined || level === null)
        fail('"priority" needs a "priority" key: "important" or "urgent".');
    if (level !== 'important' && level !== 'urgent' && level !== '') {
        fail(`"priority.priority" must be "important", "urgent" or ""; got ${describe(level)}.`);
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'string')
        return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    return `${typeof value} ${JSON.stringify(value)}`;
}

;// CONCATENATED MODULE: ./src/render/labels.ts
const LANGUAGES = ['en', 'fr', 'de', 'it', 'es'];
const LABELS = {
    en: {
        testResultsFor: (date) => `Test results for ${date}`,
        statusHeading: { success: 'Build succeeded', failure: 'Build failed', cancelled: 'Build cancelled', skipped: 'Build skipped' },
        status: { success: 'Succeeded', failure: 'Failed', cancelled: 'Cancelled', skipped: 'Skipped' },
        pleaseCheck: { failedTests: 'please check the failed tests.', failure: 'please check the failed build.', cancelled: 'the build was cancelled.', success: 'the build succeeded.', skipped: 'the build was skipped.' },
        component: 'Component',
        testsRun: 'Tests run',
        testsFailed: 'Tests failed',
        seeDetails: 'see details',
        total: 'Total',
        unreadable: 'unreadable report',
        noReport: 'no report found',
        failedTests: 'Failed tests',
        branch: 'branch',
        tag: 'tag',
        pullRequest: 'PR',
        commit: 'commit',
        by: 'by',
        rerunBy: 're-run by',
        run: 'run',
        attempt: 'attempt',
        duration: 'took',
        durationColumn: 'Duration',
        morePassed: (n) => `${n} more ${n === 1 ? 'component' : 'components'} passed`,
        moreComponents: (n) => `${n} more ${n === 1 ? 'component' : 'components'} not shown`,
        moreFailed: (n) => `and ${n} more failed ${n === 1 ? 'test' : 'tests'}`,
        shortened: 'Shortened to fit kChat',
        jobs: 'Jobs',
        job: 'Job',
        result: 'Result',
        jobOutcome: { success: 'passed', failure: 'failed', cancelled: 'cancelled', skipped: 'skipped', running: 'running' },
        moreJobs: (n, outcome) => `${n} more ${n === 1 ? 'job' : 'jobs'} ${outcome}`,
        jobsUnavailable: 'jobs unavailable',
        released: 'released',
        prerelease: 'pre-release',
        newRelease: 'a new release is out.',
        assets: 'Assets',
        moreAssets: (n) => `${n} more ${n === 1 ? 'asset' : 'assets'}`,
        fullNotes: 'full release notes',
        omittedMessages: 'failure messages left out',
        fullReport: 'full report in the job summary',
    },
    fr: {
        testResultsFor: (date) => `Résultats des tests pour le ${date}`,
        statusHeading: { success: 'Build réussi', failure: 'Build échoué', cancelled: 'Build annulé', skipped: 'Build ignoré' },
        status: { success: 'Réussi', failure: 'Échec', cancelled: 'Annulé', skipped: 'Ignoré' },
        pleaseCheck: { failedTests: 'veuillez vérifier les tests échoués.', failure: 'veuillez vérifier le build échoué.', cancelled: 'le build a été annulé.', success: 'le build a réussi.', skipped: 'le build a été ignoré.' },
        component: 'Composant',
        testsRun: 'Tests effectués',
        testsFailed: 'Tests échoués',
        seeDetails: 'voir détails',
        total: 'Total',
        unreadable: 'rapport illisible',
        noReport: 'aucun rapport trouvé',
        failedTests: 'Tests échoués',
        branch: 'branche',
        tag: 'tag',
        pullRequest: 'PR',
        commit: 'commit',
        by: 'par',
        rerunBy: 'relancé par',
        run: 'exécution',
        attempt: 'tentative',
        duration: 'durée',
        durationColumn: 'Durée',
        morePassed: (n) => `${n} ${n === 1 ? 'autre composant réussi' : 'autres composants réussis'}`,
        moreComponents: (n) => `${n} ${n === 1 ? 'autre composant non affiché' : 'autres composants non affichés'}`,
        moreFailed: (n) => `et ${n} ${n === 1 ? 'autre test échoué' : 'autres tests échoués'}`,
        shortened: 'Raccourci pour kChat',
        jobs: 'Jobs',
        job: 'Job',
        result: 'Résultat',
        jobOutcome: { success: 'réussi', failure: 'échoué', cancelled: 'annulé', skipped: 'ignoré', running: 'en cours' },
        moreJobs: (n, outcome) => `${n} ${n === 1 ? 'autre job' : 'autres jobs'} : ${outcome}`,
        jobsUnavailable: 'jobs indisponibles',
        released: 'publiée',
        prerelease: 'préversion',
        newRelease: 'une nouvelle version est disponible.',
        assets: 'Fichiers',
        moreAssets: (n) => `${n} ${n === 1 ? 'autre fichier' : 'autres fichiers'}`,
        fullNotes: 'notes de version complètes',
        omittedMessages: "messages d'échec omis",
        fullReport: 'rapport complet dans le résumé du job',
    },
    de: {
        testResultsFor: (date) => `Testergebnisse vom ${date}`,
        statusHeading: { success: 'Build erfolgreich', failure: 'Build fehlgeschlagen', cancelled: 'Build abgebrochen', skipped: 'Build übersprungen' },
        status: { success: 'Erfolgreich', failure: 'Fehlgeschlagen', cancelled: 'Abgebrochen', skipped: 'Übersprungen' },
        pleaseCheck: { failedTests: 'bitte die fehlgeschlagenen Tests prüfen.', failure: 'bitte den fehlgeschlagenen Build prüfen.', cancelled: 'der Build wurde abgebrochen.', success: 'der Build war erfolgreich.', skipped: 'der Build wurde übersprungen.' },
        component: 'Komponente',
        testsRun: 'Ausgeführte Tests',
        testsFailed: 'Fehlgeschlagene Tests',
        seeDetails: 'Details ansehen',
        total: 'Gesamt',
        unreadable: 'Bericht nicht lesbar',
        noReport: 'kein Bericht gefunden',
        failedTests: 'Fehlgeschlagene Tests',
        branch: 'Branch',
        tag: 'Tag',
        pullRequest: 'PR',
        commit: 'Commit',
        by: 'von',
        rerunBy: 'erneut gestartet von',
        run: 'Lauf',
        attempt: 'Versuch',
        duration: 'Dauer',
        durationColumn: 'Dauer',
        morePassed: (n) => `${n} weitere ${n === 1 ? 'Komponente' : 'Komponenten'} erfolgreich`,
        moreComponents: (n) => `${n} weitere ${n === 1 ? 'Komponente' : 'Komponenten'} nicht angezeigt`,
        moreFailed: (n) => `und ${n} weitere fehlgeschlagene ${n === 1 ? 'Test' : 'Tests'}`,
        shortened: 'Für kChat gekürzt',
        jobs: 'Jobs',
        job: 'Job',
        result: 'Ergebnis',
        jobOutcome: { success: 'erfolgreich', failure: 'fehlgeschlagen', cancelled: 'abgebrochen', skipped: 'übersprungen', running: 'läuft' },
        moreJobs: (n, outcome) => `${n} weitere ${n === 1 ? 'Job' : 'Jobs'}: ${outcome}`,
        jobsUnavailable: 'Jobs nicht verfügbar',
        released: 'veröffentlicht',
        prerelease: 'Vorabversion',
        newRelease: 'eine neue Version ist erschienen.',
        assets: 'Dateien',
        moreAssets: (n) => `${n} weitere ${n === 1 ? 'Datei' : 'Dateien'}`,
        fullNotes: 'vollständige Versionshinweise',
        omittedMessages: 'Fehlermeldungen ausgelassen',
        fullReport: 'vollständiger Bericht in der Job-Zusammenfassung',
    },
    it: {
        testResultsFor: (date) => `Risultati dei test del ${date}`,
        statusHeading: { success: 'Build riuscita', failure: 'Build non riuscita', cancelled: 'Build annullata', skipped: 'Build saltata' },
        status: { success: 'Riuscita', failure: 'Non riuscita', cancelled: 'Annullata', skipped: 'Saltata' },
        pleaseCheck: { failedTests: 'controllate i test non riusciti.', failure: 'controllate la build non riuscita.', cancelled: 'la build è stata annullata.', success: 'la build è riuscita.', skipped: 'la build è stata saltata.' },
        component: 'Componente',
        testsRun: 'Test eseguiti',
        testsFailed: 'Test non riusciti',
        seeDetails: 'vedi dettagli',
        total: 'Totale',
        unreadable: 'report illeggibile',
        noReport: 'nessun report trovato',
        failedTests: 'Test non riusciti',
        branch: 'branch',
        tag: 'tag',
        pullRequest: 'PR',
        commit: 'commit',
        by: 'di',
        rerunBy: 'rilanciata da',
        run: 'esecuzione',
        attempt: 'tentativo',
        duration: 'durata',
        durationColumn: 'Durata',
        morePassed: (n) => `${n} ${n === 1 ? 'altro componente riuscito' : 'altri componenti riusciti'}`,
        moreComponents: (n) => `${n} ${n === 1 ? 'altro componente non mostrato' : 'altri componenti non mostrati'}`,
        moreFailed: (n) => `e ${n} ${n === 1 ? 'altro test non riuscito' : 'altri test non riusciti'}`,
        shortened: 'Accorciato per kChat',
        jobs: 'Job',
        job: 'Job',
        result: 'Esito',
        jobOutcome: { success: 'riuscito', failure: 'non riuscito', cancelled: 'annullato', skipped: 'saltato', running: 'in corso' },
        moreJobs: (n, outcome) => `${n} ${n === 1 ? 'altro job' : 'altri job'}: ${outcome}`,
        jobsUnavailable: 'job non disponibili',
        released: 'pubblicata',
        prerelease: 'pre-release',
        newRelease: 'è disponibile una nuova versione.',
        assets: 'File',
        moreAssets: (n) => `${n} ${n === 1 ? 'altro file' : 'altri file'}`,
        fullNotes: 'note di rilascio complete',
        omittedMessages: 'messaggi di errore omessi',
        fullReport: 'report completo nel riepilogo del job',
    },
    es: {
        testResultsFor: (date) => `Resultados de las pruebas del ${date}`,
        statusHeading: { success: 'Build correcto', failure: 'Build fallido', cancelled: 'Build cancelado', skipped: 'Build omitido' },
        status: { success: 'Correcto', failure: 'Fallido', cancelled: 'Cancelado', skipped: 'Omitido' },
        pleaseCheck: { failedTests: 'revisad las pruebas fallidas.', failure: 'revisad el build fallido.', cancelled: 'el build se ha cancelado.', success: 'el build ha sido correcto.', skipped: 'el build se ha omitido.' },
        component: 'Componente',
        testsRun: 'Pruebas ejecutadas',
        testsFailed: 'Pruebas fallidas',
        seeDetails: 'ver detalles',
        total: 'Total',
        unreadable: 'informe ilegible',
        noReport: 'ningún informe encontrado',
        failedTests: 'Pruebas fallidas',
        branch: 'rama',
        tag: 'etiqueta',
        pullRequest: 'PR',
        commit: 'commit',
        by: 'por',
        rerunBy: 'relanzado por',
        run: 'ejecución',
        attempt: 'intento',
        duration: 'duración',
        durationColumn: 'Duración',
        morePassed: (n) => `${n} ${n === 1 ? 'componente más correcto' : 'componentes más correctos'}`,
        moreComponents: (n) => `${n} ${n === 1 ? 'componente más no mostrado' : 'componentes más no mostrados'}`,
        moreFailed: (n) => `y ${n} ${n === 1 ? 'prueba fallida más' : 'pruebas fallidas más'}`,
        shortened: 'Acortado para kChat',
        jobs: 'Jobs',
        job: 'Job',
        result: 'Resultado',
        jobOutcome: { success: 'correcto', failure: 'fallido', cancelled: 'cancelado', skipped: 'omitido', running: 'en curso' },
        moreJobs: (n, outcome) => `${n} ${n === 1 ? 'job más' : 'jobs más'}: ${outcome}`,
        jobsUnavailable: 'jobs no disponibles',
        released: 'publicada',
        prerelease: 'versión preliminar',
        newRelease: 'hay una nueva versión.',
        assets: 'Archivos',
        moreAssets: (n) => `${n} ${n === 1 ? 'archivo más' : 'archivos más'}`,
        fullNotes: 'notas de la versión completas',
        omittedMessages: 'mensajes de error omitidos',
        fullReport: 'informe completo en el resumen del job',
    },
};
/** "27 juillet 2023", "July 27, 2023", "27. Juli 2023" ... in the given IANA time zone. */
function formatDate(date, language, timeZone) {
    return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(date);
}
/** "3 min 12 s", "45 s", "1 h 02 min": short and the same in every language. */
function formatDuration(ms) {
    const seconds = Math.round(ms / 1000);
    if (seconds < 60)
        return `${seconds} s`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60)
        return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
    return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

;// CONCATENATED MODULE: ./src/collect/reports/reports-input.ts

/**
 * Parses `reports`: one component per line, `Label: glob[, glob...]` or a bare glob. The label
 * ends at the first colon followed by a space (so `C:\\` or `a:b` in a glob stays a glob); globs
 * are separated by commas outside braces (`{a,b}` stays one glob). Blank lines and lines starting
 * with `#` are skipped.
 */
function parseReportsInput(raw) {
    const lines = [];
    for (const line of raw.split(/\r?\n/)) {
        const text = line.trim();
        if (text === '' || text.startsWith('#'))
            continue;
        const colon = text.search(/:(\s|$)/);
        const label = colon === -1 ? undefined : text.slice(0, colon).trim();
        const patterns = splitPatterns(colon === -1 ? text : text.slice(colon + 1));
        if (label === '')
            throw new InputError('reports', `"${text}" has an empty label before the colon; write "Label: glob" or just the glob.`);
        if (patterns.length === 0)
            throw new InputError('reports', `"${text}" names no file pattern after the label.`);
        lines.push({ text, label, patterns });
    }
    return lines;
}
function splitPatterns(text) {
    const out = [];
    let depth = 0;
    let current = '';
    for (const ch of text) {
        if (ch === '{')
            depth++;
        else if (ch === '}')
            depth = Math.max(0, depth - 1);
        if (ch === ',' && depth === 0) {
            out.push(current);
            current = '';
        }
        else
            current += ch;
    }
    out.push(current);
    return out.map((p) => p.trim()).filter((p) => p !== '');
}

;// CONCATENATED MODULE: ./src/config/inputs.ts





const JOB_STATUSES = ['success', 'failure', 'cancelled', 'skipped'];
/**
 * Validates every input. Throws an InputError naming the first bad input.
 * `webhook-url` is parsed first so its secrets can be masked before anything else is said.
 */
function readConfig(read, webhook = parseWebhookUrl(read('webhook-url'))) {
    const overrides = {};
    const channel = read('channel').trim();
    const username = read('username').trim();
    const iconUrl = read('icon-url').trim();
    const iconEmoji = read('icon-emoji').trim();
    if (channel)
        overrides.channel = channel;
    if (username)
        overrides.username = username;
    if (iconUrl)
        overrides.iconUrl = parseIconUrl(iconUrl);
    if (iconEmoji)
        overrides.iconEmoji = iconEmoji;
    return {
        webhook,
        mode: parseMode(read('mode')),
        githubToken: read('github-token').trim(),
        status: parseStatus(read('status')),
        reports: parseReportsInput(read('reports')),
        ifNoReports: parseChoice('if-no-reports', read('if-no-reports'), ['warn', 'error', 'ignore'], 'warn'),
        mention: { who: parseMention(read('mention')), on: parseMentionOn(read('mention-on')) },
        title: read('title').trim() || undefined,
        text: read('text').trim() || undefined,
        language: parseLanguage(read('language')),
        timeZone: parseTimeZone(read('time-zone')),
        overrides,
        payload: parsePayloadInput(read('payload')),
        jobSummary: parseBoolean('job-summary', read('job-summary'), true),
        dryRun: parseBoolean('dry-run', read('dry-run'), false),
        failOnError: parseBoolean('fail-on-error', read('fail-on-error'), false),
        timeoutMs: parseNumber('timeout', read('timeout'), { fallback: 10, min: 1, max: 300, integer: false }) * 1000,
        retries: parseNumber('retries', read('retries'), { fallback: 3, min: 0, max: 10, integer: true }),
    };
}
function parseStatus(raw) {
    const value = raw.trim().toLowerCase();
    if (value === '')
        return 'success';
    if (JOB_STATUSES.includes(value))
        return value;
    throw new InputError('status', `must be one of ${JOB_STATUSES.join(', ')} (usually \${{ job.status }}); got "${raw.trim()}".`);
}
const CHANNEL_WIDE = new Set(['@channel', '@here', '@all']);
const USERNAME = /^@?[a-z0-9][a-z0-9._-]*$/i;
/** `@channel`, `@here`, `@all` or usernames (with or without @), separated by spaces or commas. */
function parseMention(raw) {
    const who = [];
    for (const token of raw.split(/[\s,]+/).filter((t) => t !== '')) {
        if (!USERNAME.test(token)) {
            throw new InputError('mention', `"${token}" is not @channel, @here, @all or a kChat username; separate several with spaces.`);
        }
        const name = token.startsWith('@') ? token : `@${token}`;
        who.push(CHANNEL_WIDE.has(name.toLowerCase()) ? name.toLowerCase() : name);
    }
    return [...new Set(who)];
}
/** A comma list of statuses, or `always`, or `never`. Empty means the default, `failure`. */
function parseMentionOn(raw) {
    const on = new Set();
    const tokens = raw.split(/[\s,]+/).map((t) => t.toLowerCase()).filter((t) => t !== '');
    if (tokens.length === 0)
        return new Set(['failure']);
    for (const token of tokens) {
        if (token === 'always')
            JOB_STATUSES.forEach((s) => on.add(s));
        else if (token === 'never')
            continue;
        else if (JOB_STATUSES.includes(token))
            on.add(token);
        else
            throw new InputError('mention-on', `"${token}" is not one of ${JOB_STATUSES.join(', ')}, always, never.`);
    }
    if (tokens.includes('never') && tokens.length > 1)
        throw new InputError('mention-on', '"never" cannot be combined with statuses.');
    return on;
}
function parseMode(raw) {
    return parseChoice('mode', raw, ['auto', 'job', 'workflow', 'release'], 'auto');
}
function parseChoice(name, raw, choices, fallback) {
    const value = raw.trim().toLowerCase();
    if (value === '')
        return fallback;
    if (choices.includes(value))
        return value;
    throw new InputError(name, `must be one of ${choices.join(', ')}; got "${raw.trim()}".`);
}
function parseLanguage(raw) {
    const value = raw.trim().toLowerCase() || 'en';
    if (LANGUAGES.includes(value))
        return value;
    throw new InputError('language', `must be one of ${LANGUAGES.join(', ')}; got "${raw.trim()}".`);
}
function parseTimeZone(raw) {
    const value = raw.trim() || 'UTC';
    // Checking a zone loads ICU's time zone data (about 15 ms at start-up): the default needs no check.
    if (value === 'UTC')
        return value;
    try {
        return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
    }
    catch {
        throw new InputError('time-zone', `"${value}" is not an IANA time zone such as UTC, Europe/Zurich or America/New_York.`);
    }
}
/** The YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them. */
function parseBoolean(name, raw, fallback) {
    const value = raw.trim();
    if (value === '')
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new InputError(name, `must be true or false; got "${value}".`);
}
function parseNumber(name, raw, rule) {
    const value = raw.trim();
    if (value === '')
        return rule.fallback;
    const n = Number(value);
    const kind = rule.integer ? 'a whole number' : 'a number';
    if (!/^\d+(\.\d+)?$/.test(value) || !Number.isFinite(n) || (rule.integer && !Number.isInteger(n))) {
        throw new InputError(name, `must be ${kind} from ${rule.min} to ${rule.max}; got "${value}".`);
    }
    if (n < rule.min || n > rule.max)
        throw new InputError(name, `must be from ${rule.min} to ${rule.max}; got ${value}.`);
    return n;
}
function parseIconUrl(value) {
    try {
        const url = new URL(value);
        if (url.protocol === 'https:' || url.protocol === 'http:')
            return value;
    }
    catch {
        // fall through to the error below
    }
    throw new InputError('icon-url', `must be an absolute http(s) URL of an image; got "${value}".`);
}

;// CONCATENATED MODULE: ./src/config/redact.ts
const MASK = '***';
function createRedactor(secrets) {
    // Longest first, so a key inside the URL never leaves half a URL behind.
    const ordered = [...new Set(secrets)].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
    if (ordered.length === 0)
        return (text) => text;
    return (text) => {
        let out = text;
        for (const secret of ordered)
            out = out.split(secret).join(MASK);
        return out;
    };
}

;// CONCATENATED MODULE: ./src/context/run-context.ts
function readRunContext(env, event) {
    const payload = isRecord(event) ? event : {};
    const serverUrl = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
    const repository = env['GITHUB_REPOSITORY'] || stringAt(payload, 'repository', 'full_name') || '';
    const runId = env['GITHUB_RUN_ID'] ?? '';
    const attempt = Number(env['GITHUB_RUN_ATTEMPT'] || '1');
    let runUrl;
    if (repository !== '' && /^\d+$/.test(runId)) {
        runUrl = `${serverUrl}/${repository}/actions/runs/${runId}${attempt > 1 ? `/attempts/${attempt}` : ''}`;
    }
    const actor = env['GITHUB_ACTOR'] || stringAt(payload, 'sender', 'login') || '';
    const triggeringActor = env['GITHUB_TRIGGERING_ACTOR'];
    return {
        serverUrl,
        repository,
        workflow: env['GITHUB_WORKFLOW'] ?? '',
        job: env['GITHUB_JOB'] ?? '',
        eventName: env['GITHUB_EVENT_NAME'] ?? '',
        ref: readRef(env),
        commit: readCommit(env, payload, serverUrl, repository),
        pullRequest: readPullRequest(payload, serverUrl, repository),
        actor,
        triggeringActor: triggeringActor && triggeringActor !== actor ? triggeringActor : undefined,
        runNumber: env['GITHUB_RUN_NUMBER'] ?? '',
        runAttempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
        runUrl,
    };
}
function readCommit(env, payload, serverUrl, repository) {
    const sha = stringAt(payload, 'pull_request', 'head', 'sha') ?? env['GITHUB_SHA'] ?? stringAt(payload, 'head_commit', 'id');
    if (!sha || !/^[0-9a-f]{7,64}$/i.test(sha))
        return undefined;
    const headCommitId = stringAt(payload, 'head_commit', 'id');
    const message = headCommitId === undefined || headCommitId === sha ? stringAt(payload, 'head_commit', 'message') : undefined;
    return {
        sha,
        url: repository ? `${serverUrl}/${repository}/commit/${sha}` : '',
        title: message?.split(/\r?\n/)[0],
    };
}
/** The pull request of `pull_request`, `pull_request_target` and review events. */
function readPullRequest(payload, serverUrl, repository) {
    const pr = payload['pull_request'];
    if (!isRecord(pr) || typeof pr['number'] !== 'number')
        return undefined;
    const repo = repository || stringAt(payload, 'repository', 'full_name') || '';
    return {
        number: pr['number'],
        title: typeof pr['title'] === 'string' ? pr['title'] : '',
        url: repo ? `${serverUrl}/${repo}/pull/${pr['number']}` : '',
    };
}
function readRef(env) {
    const head = env['GITHUB_HEAD_REF'];
    if (head)
        return { kind: 'branch', name: head };
    const ref = env['GITHUB_REF'] ?? '';
    const name = env['GITHUB_REF_NAME'] || ref.replace(/^refs\/(heads|tags)\//, '');
    if (name === '')
        return undefined;
    if (ref.startsWith('refs/tags/') || env['GITHUB_REF_TYPE'] === 'tag')
        return { kind: 'tag', name };
    if (ref.startsWith('refs/heads/') || env['GITHUB_REF_TYPE'] === 'branch')
        return { kind: 'branch', name };
    return { kind: 'other', name };
}
function stringAt(value, ...path) {
    let current = value;
    for (const key of path)
        current = isRecord(current) ? current[key] : undefined;
    return typeof current === 'string' ? current : undefined;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/context/release.ts
var context_release = __nccwpck_require__(3942);
;// CONCATENATED MODULE: ./src/render/escape.ts
/**
 * The one place untrusted text (branch names, titles, names, test output) becomes Markdown.
 * Rules from kchat-markdown.md §2: the result renders as the literal text, fires no mention,
 * makes no link, image, heading or HTML, and stays inside one table cell.
 */
const WORD_JOINER = '\u2060';
/** Characters marked and the server both unescape; a backslash before them hides their Markdown meaning. */
const BACKSLASHED = new Set('\\`*_{}[]()#+-.!|~');
const ENTITIES = {
    // The server decodes entities before looking for mentions, so `&#64;channel` must not survive.
    '&': '&amp;',
    // The server turns `<!channel>`, `<@U1>` and `<url|text>` into mentions and links.
    '<': '&lt;',
    '>': '&gt;',
    // Inline LaTeX.
    $: '&#36;',
};
/** Link schemes the server autolinks; a word joiner before the colon stops it. */
const AUTOLINK_SCHEME = /\b(https?|ftp|mailto|tel|gemini)(?=:)|\b(www)(?=\.)/gi;
const LINE_BREAKS_AND_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
/**
 * Escapes untrusted text for inline use (a sentence, a table cell): one line, at most `maxLength`
 * characters of the original (longer text ends in …).
 */
function escapeText(text, maxLength = 200) {
    let out = '';
    for (const ch of truncate(text, maxLength).replace(AUTOLINK_SCHEME, `$&${WORD_JOINER}`)) {
        if (ch === '@')
            out += `@${WORD_JOINER}`;
        // Stops `:emoji:` codes and the `scheme:user@host` links kChat's Markdown makes of any scheme.
        else if (ch === ':')
            out += `:${WORD_JOINER}`;
        else if (ENTITIES[ch])
            out += ENTITIES[ch];
        else if (BACKSLASHED.has(ch))
            out += `\\${ch}`;
        else if (LINE_BREAKS_AND_CONTROLS.test(ch))
            out += ' ';
        else
            out += ch;
    }
    return out;
}
function truncate(text, maxLength) {
    const chars = Array.from(text);
    return chars.length <= maxLength ? text : `${chars.slice(0, maxLength - 1).join('')}…`;
}
/**
 * Untrusted text as an inline code span: shown verbatim, no mention, emoji or keyword can fire
 * inside it. One line; pipes become `¦` (a backslash would show inside code, a raw pipe would
 * split a table cell); a `<` gets a word joiner so the server's Slack conversions (`<!channel>`,
 * `<url|text>`, run on the raw text before Markdown) cannot match; the fence is longer than any
 * backtick run inside.
 */
function codeSpan(text, maxLength = 200) {
    const body = truncate(text, maxLength)
        .replace(new RegExp(LINE_BREAKS_AND_CONTROLS.source, 'gu'), ' ')
        .replaceAll('|', '¦')
        .replaceAll('<', `<${WORD_JOINER}`);
    const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    // A space on each side keeps a leading or trailing backtick off the fence; CommonMark strips one.
    const padded = body.startsWith('`') || body.endsWith('`') || body.trim() === '' ? ` ${body} ` : body;
    return `${fence}${padded}${fence}`;
}

// EXTERNAL MODULE: ./src/report/model.ts
var model = __nccwpck_require__(6867);
;// CONCATENATED MODULE: ./src/render/message.ts



const FULL_DETAIL = { failureMessages: true, passingRows: true, maxFailures: 10, maxFailingRows: Infinity, maxFailingJobs: Infinity, extras: true, shortened: false };
/** More passing jobs than this are summed up in one row even when they would fit. */
const MAX_PASSING_JOB_ROWS = 20;
const STATUS_EMOJI = { success: '✅', failure: '❌', cancelled: '🚫', skipped: '⏭️' };
/** The alignment row of the reference message: left, centre, left. */
const ALIGNMENT = '|:-----------|:-----------:|:-----------------------------------------------|';
const NAME_MAX = 120;
const MESSAGE_MAX = 160;
const LABEL_MAX = 60;
const COMMIT_TITLE_MAX = 100;
function renderMessage(report, settings, detail = FULL_DETAIL) {
    const labels = LABELS[settings.language];
    const tested = report.components.length > 0;
    const blocks = [];
    const head = [`#### ${heading(report, settings, labels)}`];
    const mention = mentionLine(report, settings, labels);
    if (mention)
        head.push(mention);
    if (detail.extras && settings.text)
        head.push(settings.text);
    blocks.push(head.join('\n'));
    // With test results the heading is the date: the status goes on this line instead.
    const where = whereLine(report, labels, detail.extras, tested);
    const footer = footerLine(report, labels, detail.extras);
    if (tested || report.jobs) {
        if (where)
            blocks.push(where);
        if (report.jobs)
            blocks.push(jobsBlock(report, labels, detail));
        if (tested)
            blocks.push(table(report, labels, detail));
        const failures = failureList(report.components, labels, detail);
        if (failures)
            blocks.push(failures);
    }
    else {
        // Without test results, what and where fit on one line.
        blocks.push([where, footer].filter((l) => l !== '').join(' · '));
    }
    const closing = [tested || report.jobs ? footer : '', shortenedNote(report, labels, detail) ?? ''].filter((l) => l !== '');
    if (closing.length > 0)
        blocks.push(closing.join('\n'));
    return blocks.join('\n\n');
}
function heading(report, settings, labels) {
    if (settings.title)
        return escapeText(settings.title);
    if (report.components.length > 0)
        return labels.testResultsFor(formatDate(report.at, settings.language, settings.timeZone));
    const repository = report.context.repository ? `: ${escapeText(report.context.repository)}` : '';
    return `${STATUS_EMOJI[report.status]} ${labels.statusHeading[report.status]}${repository}`;
}
function mentionLine(report, settings, labels) {
    const { who, on } = settings.mention;
    if (who.length === 0 || !on.has(report.status))
        return undefined;
    const testsFailed = report.components.some(model/* hasFailures */.QP);
    const phrase = report.status === 'failure' && testsFailed ? labels.pleaseCheck.failedTests : labels.pleaseCheck[report.status];
    return `${who.join(' ')} ${phrase}`;
}
/** What the run is about: status (when the heading does not say it), repository, branch or tag, pull request. */
function whereLine(report, labels, extras, tested) {
    const c = report.context;
    const facts = [];
    if (tested) {
        facts.push(`**${STATUS_EMOJI[report.status]} ${labels.status[report.status]}**`);
        if (c.repository)
            facts.push(escapeText(c.repository));
    }
    if (c.ref)
        facts.push(`${c.ref.kind === 'tag' ? labels.tag : labels.branch} ${escapeText(c.ref.name)}`);
    if (extras && c.pullRequest) {
        const number = `${labels.pullRequest} #${c.pullRequest.number}`;
        const title = c.pullRequest.title ? ` ${escapeText(c.pullRequest.title, COMMIT_TITLE_MAX)}` : '';
        facts.push(`${c.pullRequest.url ? `[${number}](${c.pullRequest.url})` : number}${title}`);
    }
    return facts.join(' · ');
}
/** Commit, who, which workflow and event, how long, and the run link, which always stays. */
function footerLine(report, labels, extras) {
    const c = report.context;
    const facts = [];
    if (extras) {
        if (c.commit) {
            const sha = c.commit.sha.slice(0, 7);
            const title = c.commit.title ? ` ${escapeText(c.commit.title, COMMIT_TITLE_MAX)}` : '';
            facts.push(`${labels.commit} ${c.commit.url ? `[${sha}](${c.commit.url})` : sha}${title}`);
        }
        if (c.actor) {
            const rerun = c.triggeringActor ? ` (${labels.rerunBy} ${escapeText(c.triggeringActor, 40)})` : '';
            facts.push(`${labels.by} ${escapeText(c.actor, 40)}${rerun}`);
        }
        const workflow = [c.workflow, c.job].filter((s) => s !== '').map((s) => escapeText(s, 60)).join(' / ');
        const what = [workflow, c.eventName ? `(${escapeText(c.eventName, 40)})` : ''].filter((s) => s !== '').join(' ');
        if (what)
            facts.push(what);
    }
    if (report.durationMs !== undefined)
        facts.push(`${labels.duration} ${formatDuration(report.durationMs)}`);
    if (c.runUrl) {
        const attempt = c.runAttempt > 1 ? ` (${labels.attempt} ${c.runAttempt})` : '';
        facts.push(`[${labels.run} #${escapeText(c.runNumber || '?', 12)}${attempt}](${c.runUrl})`);
    }
    return facts.join(' · ');
}
const JOB_ORDER = { failure: 0, cancelled: 1, running: 2, success: 3, skipped: 4 };
const JOB_EMOJI = { success: '✅', failure: '❌', cancelled: '🚫', skipped: '⏭️', running: '⏳' };
/** Workflow mode: totals per outcome, then failed, cancelled and running jobs first, passing ones summed up when many. */
function jobsBlock(report, labels, detail) {
    const jobs = report.jobs;
    if (jobs.kind === 'unavailable')
        return `⚠️ ${labels.jobsUnavailable}: ${codeSpan(jobs.reason, 300)}`;
    const counts = new Map();
    for (const job of jobs.jobs)
        counts.set(job.outcome, (counts.get(job.outcome) ?? 0) + 1);
    const order = Object.keys(JOB_ORDER).sort((a, b) => JOB_ORDER[a] - JOB_ORDER[b]);
    const totalsLine = `**${labels.jobs}**: ${order.filter((o) => counts.get(o)).map((o) => `${counts.get(o)} ${labels.jobOutcome[o]}`).join(' · ') || '0'}`;
    if (jobs.jobs.length === 0)
        return totalsLine;
    const sorted = [...jobs.jobs].sort((a, b) => JOB_ORDER[a.outcome] - JOB_ORDER[b.outcome]);
    const attention = sorted.filter((j) => j.outcome === 'failure' || j.outcome === 'cancelled' || j.outcome === 'running');
    const quiet = sorted.filter((j) => j.outcome === 'success' || j.outcome === 'skipped');
    const rows = [`| ${labels.job} | ${labels.result} | ${labels.durationColumn} |`, ALIGNMENT];
    const shown = attention.slice(0, detail.maxFailingJobs);
    for (const job of shown)
        rows.push(jobRow(job, report, labels));
    for (const outcome of ['failure', 'cancelled', 'running']) {
        const hidden = attention.slice(shown.length).filter((j) => j.outcome === outcome).length;
        if (hidden > 0)
            rows.push(`| ${labels.moreJobs(hidden, labels.jobOutcome[outcome])} | ${JOB_EMOJI[outcome]} | |`);
    }
    if (detail.passingRows && quiet.length <= MAX_PASSING_JOB_ROWS) {
        for (const job of quiet)
            rows.push(jobRow(job, report, labels));
    }
    else {
        for (const outcome of ['success', 'skipped']) {
            const n = quiet.filter((j) => j.outcome === outcome).length;
            if (n > 0)
                rows.push(`| ${labels.moreJobs(n, labels.jobOutcome[outcome])} | ${JOB_EMOJI[outcome]} | |`);
        }
    }
    return `${totalsLine}\n\n${rows.join('\n')}`;
}
function jobRow(job, report, labels) {
    const name = escapeText(job.name, LABEL_MAX);
    const url = safeLink(job.url, report.context);
    const duration = job.durationMs === undefined ? '' : formatDuration(job.durationMs);
    return `| ${url ? `[${name}](${url})` : name} | ${JOB_EMOJI[job.outcome]} ${labels.jobOutcome[job.outcome]} | ${duration} |`;
}
/**
 * A link from outside our own code (a job's log, a leg's results file): kept only when it is a
 * plain URL on this GitHub server, else the run's page. No `|`, parentheses or spaces, which
 * would break the table or the link.
 */
function safeLink(url, context) {
    if (url && url.startsWith(`${context.serverUrl}/`) && /^[A-Za-z0-9/._:~%?&=#+-]+$/.test(url))
        return url;
    return context.runUrl;
}
function table(report, labels, detail) {
    const runUrl = report.context.runUrl;
    const rows = [`| ${labels.component} | ${labels.testsRun} | ${labels.testsFailed} |`, ALIGNMENT];
    // Rows that need a look (failed, unreadable, no report) always come before passing ones are cut.
    const failing = report.components.filter((c) => (0,model/* hasFailures */.QP)(c) || c.kind === 'missing');
    const passing = report.components.filter((c) => !failing.includes(c));
    const shownFailing = failing.slice(0, detail.maxFailingRows);
    const shown = new Set([...shownFailing, ...(detail.passingRows ? passing : [])]);
    // Keep the report's order for the rows that are shown.
    for (const component of report.components)
        if (shown.has(component))
            rows.push(row(component, labels, report.context));
    const hiddenFailing = failing.slice(shownFailing.length);
    if (hiddenFailing.length > 0) {
        const sum = (0,model/* totals */.Sd)(hiddenFailing);
        rows.push(`| ${labels.moreComponents(hiddenFailing.length)} | ${sum.tests} | ${failedCell((0,model/* failedCount */.dD)(sum) + unreadableCount(hiddenFailing), labels, runUrl)} |`);
    }
    if (!detail.passingRows && passing.length > 0) {
        rows.push(`| ${labels.morePassed(passing.length)} | ${(0,model/* totals */.Sd)(passing).tests} | 0 |`);
    }
    if (report.components.length > 1) {
        const sum = (0,model/* totals */.Sd)(report.components);
        rows.push(`| **${labels.total}** | **${sum.tests}** | **${(0,model/* failedCount */.dD)(sum)}** |`);
    }
    return rows.join('\n');
}
function row(component, labels, context) {
    const runUrl = context.runUrl;
    const label = escapeText(component.label, LABEL_MAX);
    const link = component.detailsUrl === undefined ? runUrl : safeLink(component.detailsUrl, context);
    if (component.kind === 'unreadable') {
        const details = link ? ` [(${labels.seeDetails})](${link})` : '';
        return `| ${label} | ? | ⚠️ ${labels.unreadable}: ${codeSpan(`${component.file}: ${component.reason}`, MESSAGE_MAX)}${details} |`;
    }
    if (component.kind === 'missing') {
        return `| ${label} | ? | ⚠️ ${labels.noReport}: ${codeSpan(component.patterns.join(', '), MESSAGE_MAX)} |`;
    }
    return `| ${label} | ${component.counts.tests} | ${failedCell((0,model/* failedCount */.dD)(component.counts), labels, link)} |`;
}
function failedCell(failed, labels, link) {
    return failed > 0 && link ? `${failed} [(${labels.seeDetails})](${link})` : String(failed);
}
function unreadableCount(components) {
    return components.filter((c) => c.kind === 'unreadable').length;
}
function failureList(components, labels, detail) {
    const all = components.flatMap((c) => (c.kind === 'tested' ? c.failed.map((test) => ({ component: c, test })) : []));
    const declared = components.reduce((n, c) => n + (c.kind === 'tested' ? (0,model/* failedCount */.dD)(c.counts) : 0), 0);
    if (all.length === 0)
        return undefined;
    const shown = all.slice(0, detail.maxFailures);
    const items = shown.map(({ component, test }) => {
        const name = test.suite ? `${test.suite} › ${test.name}` : test.name;
        const message = detail.failureMessages && test.message ? ` — ${codeSpan(test.message, MESSAGE_MAX)}` : '';
        const where = components.length > 1 ? `${escapeText(component.label, LABEL_MAX)}: ` : '';
        return `- ${where}${codeSpan(name, NAME_MAX)}${message}`;
    });
    const hidden = Math.max(all.length, declared) - shown.length;
    if (hidden > 0)
        items.push(`- ${labels.moreFailed(hidden)}`);
    return [`**${labels.failedTests}**`, ...items].join('\n');
}
function shortenedNote(report, labels, detail) {
    if (!detail.shortened)
        return undefined;
    const what = detail.failureMessages ? '' : `: ${labels.omittedMessages}`;
    const full = report.context.runUrl ? ` — [${labels.fullReport}](${report.context.runUrl})` : '';
    return `_${labels.shortened}${what}${full}._`;
}

;// CONCATENATED MODULE: ./src/render/fit.ts
/**
 * Keeps a message within a size limit by showing less detail, never by cutting Markdown.
 * The order is design.md's: failure messages first, then passing rows (components and jobs,
 * summed into one), then the failed-test list is shortened, then failing rows, then failed jobs;
 * last the extras (user text, commit, PR, actor). Heading, status, totals and the run link always stay.
 */

/**
 * The fullest rendering that `fits`. `render` must produce shorter text for less detail.
 * Shortening the lists uses a binary search, so 10,000 failures cost a few dozen renders.
 */
function fitMessage(render, fits, start = FULL_DETAIL) {
    let detail = start;
    const attempt = (d) => {
        const text = render(d);
        return fits(text) ? { text, detail: d } : undefined;
    };
    const steps = [
        (d) => ({ ...d, failureMessages: false }),
        (d) => ({ ...d, passingRows: false }),
    ];
    const first = attempt(detail);
    if (first)
        return first;
    detail = { ...detail, shortened: true };
    for (const step of steps) {
        detail = step(detail);
        const fitted = attempt(detail);
        if (fitted)
            return fitted;
    }
    for (const key of ['maxFailures', 'maxFailingRows', 'maxFailingJobs']) {
        const best = largestFitting(detail[key], (n) => attempt({ ...detail, [key]: n }));
        if (best)
            return best;
        detail = { ...detail, [key]: 0 };
    }
    detail = { ...detail, extras: false };
    return attempt(detail) ?? { text: render(detail), detail };
}
/** The fitting result with the largest n in [0, upper]; undefined when even 0 does not fit. */
function largestFitting(upper, attempt) {
    let low = 0;
    let high = Number.isFinite(upper) ? upper : 1_000_000;
    let best = attempt(low);
    if (best === undefined)
        return undefined;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        const fitted = attempt(mid);
        if (fitted !== undefined) {
            best = fitted;
            low = mid;
        }
        else {
            high = mid - 1;
        }
    }
    return best;
}

;// CONCATENATED MODULE: ./src/render/release-notes.ts
/**
 * Release notes (the author's Markdown, untrusted) made safe for kChat, and cut to fit.
 *
 * Safety does not rest on telling code from prose the way the server does: every piece of text
 * is made harmless in both readings. Outside fenced blocks, `<` becomes `&lt;`, entities are
 * broken, and every `@` gets a word joiner (GitHub `@user` mentions become profile links whose
 * text pings nobody); inside fenced blocks a word joiner follows every `@`, `<` and `&`: invisible
 * in code, and still harmless if the server reads the block as prose after all. URLs keep their
 * `@`s: the server never scans an autolink for mentions.
 * Also: `#123` links to the issue or PR, HTML comments are dropped, headings (ATX and setext) are
 * demoted under the message's #### heading, images become links, empty-label links show their URL.
 * Splitting into blocks keeps fences whole (at any indentation, so a fence in a list item too),
 * so a cut never falls inside one.
 */
const release_notes_WORD_JOINER = '\u2060';
/** Any line opening or closing a fence, even indented in a list item. */
const FENCE = /^\s*(`{3,}|~{3,})/;
const URL_TOKEN = /((?:https?|ftp):\/\/[^\s<>()[\]]+)/g;
/** The notes as Markdown blocks, each safe on its own; join them with blank lines. */
function safeNoteBlocks(notes, links) {
    return splitBlocks(notes.replace(/\r\n?/g, '\n'))
        .map((block) => (FENCE.test(block) ? guardCode(block) : safeProse(block, links)))
        .filter((block) => block.trim() !== '');
}
/** Blocks separated by blank lines; a fenced block is one block whatever it holds, an unclosed one runs to the end. */
function splitBlocks(text) {
    const blocks = [];
    let current = [];
    let fence;
    const flush = () => {
        if (current.some((l) => l.trim() !== ''))
            blocks.push(current.join('\n'));
        current = [];
    };
    for (const line of text.split('\n')) {
        const marker = FENCE.exec(line)?.[1];
        if (fence === undefined && marker) {
            flush();
            fence = marker;
            current.push(line);
        }
        else if (fence !== undefined) {
            current.push(line);
            if (marker && marker[0] === fence[0] && marker.length >= fence.length) {
                fence = undefined;
                flush();
            }
        }
        else if (line.trim() === '')
            flush();
        else
            current.push(line);
    }
    if (fence !== undefined)
        current.push(fence); // close what the author left open
    flush();
    return blocks;
}
/** Code: a word joiner after each @, < and &: the server's Slack conversions and mention scan find nothing. */
function guardCode(code) {
    return code.replace(/[@<&]/g, `$&${release_notes_WORD_JOINER}`);
}
function safeProse(block, links) {
    const text = demoteHeadings(block.replace(/<!--[\s\S]*?-->/g, '').replace(/^\s*\n/, '').trimEnd());
    // URLs keep their characters (an @ in a package URL); the rest is neutralised.
    return text
        .split(URL_TOKEN)
        .map((piece, i) => (i % 2 === 1 ? piece.replace(/</g, '&lt;') : safeText(piece, links)))
        .join('');
}
/** ATX headings become #####; a setext underline (=== or ---) becomes one too. */
function demoteHeadings(block) {
    const lines = block.split('\n');
    const out = [];
    for (const line of lines) {
        const previous = out.at(-1);
        if (previous !== undefined && previous.trim() !== '' && /^ {0,3}(=+|-+)\s*$/.test(line) && !/^\s*([-*+]|\d+[.)])\s/.test(previous)) {
            out[out.length - 1] = `##### ${previous.trim()}`;
            continue;
        }
        out.push(line.replace(/^ {0,3}(#{1,6})(?=\s)/, (hashes) => (hashes.trim().length >= 6 ? '######' : '#####')));
    }
    return out.join('\n');
}
/** An odd number of backticks, or an unclosed [, earlier on the line: a code span or a link's text. */
function insideCodeOrLinkText(text, offset) {
    const line = text.slice(text.lastIndexOf('\n', offset) + 1, offset);
    const ticks = (line.match(/`/g) ?? []).length;
    return ticks % 2 === 1 || (line.match(/\[/g) ?? []).length > (line.match(/\]/g) ?? []).length;
}
function safeText(text, links) {
    const repo = `${links.serverUrl}/${links.repository}`;
    return (text
        // Entities the server would decode into @, < or other markup.
        .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
        // Slack tokens and <url|text> links: the server converts a raw < ... > before Markdown.
        .replace(/</g, '&lt;')
        // Images would be fetched and shown: make them links. A link with no text shows nothing: name it.
        .replace(/!\[/g, '[')
        .replace(/\[\s*\]\(/g, '[link](')
        // GitHub mentions: a profile link that pings nobody here (not inside a code span or a link's text).
        .replace(/(^|[^\w`/@\\[])@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))(?![\w@-])/g, (whole, before, user, offset, all) => insideCodeOrLinkText(all, offset) ? whole : `${before}[@${release_notes_WORD_JOINER}${user}](${links.serverUrl}/${user})`)
        // Any other @ (emails, @channel glued to text, escaped \@, inside code spans): a word joiner.
        .replace(/@(?!\u2060)/g, `@${release_notes_WORD_JOINER}`)
        // #123: the issue or pull request (GitHub redirects an issue link to the PR).
        .replace(/(^|[^\w&#/[])#(\d{1,7})\b/g, (_m, before, n) => `${before}[#${n}](${repo}/issues/${n})`));
}

;// CONCATENATED MODULE: ./src/render/release.ts





function renderRelease(release, context, settings, fits = (t) => codePointLength(t) <= MAX_POST_CODE_POINTS) {
    const labels = LABELS[settings.language];
    const blocks = safeNoteBlocks(release.notes, { serverUrl: context.serverUrl, repository: context.repository });
    const render = (d) => releaseText(release, context, settings, labels, blocks, d);
    const full = { noteBlocks: blocks.length, assets: release.assets.length };
    if (fits(render(full)))
        return render(full);
    const withNotes = largestFitting(blocks.length, (n) => (fits(render({ noteBlocks: n, assets: 0 })) ? n : undefined)) ?? 0;
    const withAssets = largestFitting(release.assets.length, (n) => (fits(render({ noteBlocks: withNotes, assets: n })) ? n : undefined)) ?? 0;
    return render({ noteBlocks: withNotes, assets: withAssets });
}
function releaseText(release, context, settings, labels, blocks, detail) {
    const what = `${escapeText(release.name, 120)}${release.prerelease ? ` (${labels.prerelease})` : ''}`;
    const repository = context.repository ? `${escapeText(context.repository)}: ` : '';
    const heading = settings.title ? escapeText(settings.title) : `${release.prerelease ? '🧪' : '🚀'} ${repository}${what} ${labels.released}`;
    const head = [`#### ${heading}`];
    if (settings.mention.who.length > 0 && settings.mention.on.has('success'))
        head.push(`${settings.mention.who.join(' ')} ${labels.newRelease}`);
    if (settings.text)
        head.push(settings.text);
    const url = safeUrl(release.url, context);
    const facts = [url ? `[${what}](${url})` : what, `${labels.tag} ${escapeText(release.tag, 80)}`];
    if (release.author)
        facts.push(`${labels.by} ${escapeText(release.author, 40)}`);
    const out = [head.join('\n'), facts.join(' · ')];
    const notes = blocks.slice(0, detail.noteBlocks);
    if (notes.length > 0)
        out.push(...notes);
    const cut = detail.noteBlocks < blocks.length || detail.assets < release.assets.length;
    if (release.assets.length > 0) {
        const items = release.assets.slice(0, detail.assets).map((a) => {
            const link = safeUrl(a.url, context);
            const name = escapeText(a.name, 100);
            return `- ${link ? `[${name}](${link})` : name} (${humanSize(a.size)})`;
        });
        const hidden = release.assets.length - detail.assets;
        if (hidden > 0)
            items.push(`- ${labels.moreAssets(hidden)}`);
        out.push([`**${labels.assets}**`, ...items].join('\n'));
    }
    if (cut) {
        // Said even without the release's own link: the tag's release page on this server.
        const full = url ?? (context.repository ? `${context.serverUrl}/${context.repository}/releases/tag/${encodeURIComponent(release.tag)}` : undefined);
        out.push(full ? `_${labels.shortened} — [${labels.fullNotes}](${full})._` : `_${labels.shortened}._`);
    }
    return out.join('\n\n');
}
/** A link on this GitHub server only; anything else is shown without a link. */
function safeUrl(url, context) {
    return url.startsWith(`${context.serverUrl}/`) && /^[^\s()<>]+$/.test(url) ? url : undefined;
}
/** 1 B, 12.3 kB, 4.5 MB, 1.2 GB (SI units, as GitHub shows them). */
function humanSize(bytes) {
    if (bytes < 1000)
        return `${bytes} B`;
    const units = ['kB', 'MB', 'GB', 'TB'];
    let value = bytes;
    let unit = -1;
    do {
        value /= 1000;
        unit++;
    } while (value >= 1000 && unit < units.length - 1);
    return `${value.toFixed(1)} ${units[unit]}`;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./src/report/results-file.ts
var results_file = __nccwpck_require__(9047);
;// CONCATENATED MODULE: ./src/compose/results.ts
/**
 * The results message (job and workflow modes): test reports, the run's jobs, the report model,
 * then rendering fitted to kChat and to the job summary.
 */






/** GitHub refuses a step summary over 1 MiB; keep a margin. */
const MAX_SUMMARY_BYTES = 1_000_000;
async function composeResults(config, env, context, settings, log, redact) {
    const components = await collectComponents(config, env, log);
    const report = { status: (0,model/* overallStatus */.gX)(config.status, components), jobStatus: config.status, context, components, at: new Date() };
    if (config.mode === 'workflow') {
        const jobs = await runJobs(config, env, log);
        report.jobs = jobs.kind === 'jobs' ? { kind: 'jobs', jobs: jobs.jobs } : jobs;
        // Without the jobs the run's outcome is unknown: never say it succeeded.
        if (jobs.kind === 'unavailable')
            report.status = 'failure';
        if (jobs.kind === 'jobs') {
            report.status = (0,model/* workflowStatus */.iP)(jobs.jobs, components);
            // The run so far: from its first job's start.
            if (jobs.startedAt !== undefined)
                report.durationMs = Math.max(0, report.at.getTime() - jobs.startedAt);
        }
    }
    const render = (detail) => renderMessage(report, settings, detail);
    const sum = (0,model/* totals */.Sd)(report.components);
    const composed = {
        status: report.status,
        text: fitMessage(render, (t) => codePointLength(t) <= MAX_POST_CODE_POINTS).text,
        summary: fitMessage(render, (t) => Buffer.byteLength(t) <= MAX_SUMMARY_BYTES, { ...FULL_DETAIL, maxFailures: Infinity }).text,
        outputs: {
            tests: String(sum.tests),
            passed: String((0,model/* passedCount */.eY)(sum)),
            failed: String((0,model/* failedCount */.dD)(sum)),
            skipped: String(sum.skipped),
        },
    };
    // The results file is a side output: failing to write it must not stop the message.
    try {
        composed.outputs['results'] = await (0,results_file/* writeResultsFile */.A)(report, env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), redact);
    }
    catch (error) {
        log.warning(`Could not write the results file: ${error.message}`);
    }
    // With if-no-reports: error the step fails; the message still goes out, naming the line.
    const missing = report.components.filter((c) => c.kind === 'missing' && c.fatal);
    if (missing.length > 0)
        composed.failStep = `reports: no file matched ${missing.map((c) => `"${c.patterns.join(', ')}"`).join(', ')} (if-no-reports: error).`;
    return composed;
}
/** Test results from the `reports` input; the parsers and globbing load only when there are reports. */
async function collectComponents(config, env, log) {
    if (config.reports.length === 0)
        return [];
    const { collectReports } = await Promise.all(/* import() */[__nccwpck_require__.e(841), __nccwpck_require__.e(780)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9780));
    return collectReports(config.reports, { workspace: env['GITHUB_WORKSPACE'] || process.cwd(), ifNoReports: config.ifNoReports, warn: (m) => log.warning(m) });
}
/** Workflow mode: the run's jobs, or why they could not be listed (the message still goes out). */
async function runJobs(config, env, log) {
    const repository = env['GITHUB_REPOSITORY'] ?? '';
    const runId = env['GITHUB_RUN_ID'] ?? '';
    if (config.githubToken === '' || repository === '' || runId === '') {
        const reason = config.githubToken === ''
            ? 'mode: workflow needs github-token (its default, ${{ github.token }}, works with "permissions: actions: read").'
            : 'mode: workflow runs only inside GitHub Actions (no GITHUB_REPOSITORY or GITHUB_RUN_ID).';
        log.error(reason);
        return { kind: 'unavailable', reason };
    }
    const { fetchRunJobs } = await __nccwpck_require__.e(/* import() */ 162).then(__nccwpck_require__.bind(__nccwpck_require__, 1162));
    const result = await fetchRunJobs({
        token: config.githubToken,
        apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
        repository,
        runId,
        attempt: Number(env['GITHUB_RUN_ATTEMPT'] || '1'),
        currentJob: env['GITHUB_JOB'] ?? '',
        runnerName: env['RUNNER_NAME'] ?? '',
        log: (line) => log.info(line),
    });
    if (result.kind === 'unavailable')
        log.error(result.reason);
    else
        log.info(`Listed ${result.jobs.length} jobs of this run in ${result.requests} API request(s).`);
    return result;
}

;// CONCATENATED MODULE: ./src/compose/release.ts





/** The announcement, or undefined when this event announces nothing (a release edited or deleted). */
async function composeRelease(config, env, context, event, settings, log) {
    const release = await findRelease(config, env, context, event, log);
    if (!release)
        return undefined;
    return {
        status: 'success',
        text: renderRelease(release, context, settings, (t) => codePointLength(t) <= MAX_POST_CODE_POINTS),
        summary: renderRelease(release, context, settings, (t) => Buffer.byteLength(t) <= MAX_SUMMARY_BYTES),
        outputs: {},
    };
}
async function findRelease(config, env, context, event, log) {
    if (context.eventName === 'release') {
        const action = typeof event['action'] === 'string' ? event['action'] : '';
        if (!context_release/* ANNOUNCED_ACTIONS */.i.includes(action)) {
            log.info(`A release was ${action || 'changed'}: nothing to announce (only ${context_release/* ANNOUNCED_ACTIONS */.i.join(', ')} releases are).`);
            return undefined;
        }
        const release = (0,context_release/* readRelease */.R)(event['release']);
        if (!release)
            throw new InputError('mode', 'the release event carries no release: nothing to announce.');
        return release;
    }
    if (context.ref?.kind !== 'tag') {
        throw new InputError('mode', `release announces a release, but this ${context.eventName || 'run'} is not for a tag; run it on: release, or on a tag push.`);
    }
    if (config.githubToken === '')
        throw new InputError('github-token', 'mode: release outside a release event needs a token to read the release.');
    const { fetchReleaseByTag } = await __nccwpck_require__.e(/* import() */ 74).then(__nccwpck_require__.bind(__nccwpck_require__, 74));
    const found = await fetchReleaseByTag(config.githubToken, env['GITHUB_API_URL'] || 'https://api.github.com', context.repository, context.ref.name);
    if (found.kind === 'missing')
        throw new InputError('mode', `release: ${found.reason}.`);
    return found.release;
}

;// CONCATENATED MODULE: ./src/kchat/proxy-env.ts
/**
 * Proxy settings as self-hosted runners set them: `https_proxy`/`HTTPS_PROXY`, `http_proxy`/
 * `HTTP_PROXY`, `no_proxy`/`NO_PROXY`, lower case first (curl's rule). An empty value counts as
 * unset, so `http_proxy: ''` in a workflow cannot hide an `HTTP_PROXY` the runner provides.
 */
function proxyOptionsFromEnv(env) {
    const pick = (name) => env[name] || env[name.toUpperCase()] || '';
    // Always explicit: for a missing option undici reads process.env itself, empty values included.
    return { httpProxy: withScheme(pick('http_proxy')), httpsProxy: withScheme(pick('https_proxy')), noProxy: pick('no_proxy') };
}
/** `proxy.corp:3128`, as curl accepts it, is an http proxy. */
function withScheme(proxy) {
    return proxy === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(proxy) ? proxy : `http://${proxy}`;
}

;// CONCATENATED MODULE: ./src/kchat/retry-policy.ts
/**
 * Which failed attempts are worth another try, and how long to wait first. Pure: the clock and
 * the random source are passed in. Transient: network errors (but a refused certificate, which
 * would fail again), timeouts, 408, 429, 502, 503, 504.
 * Everything else (400, 401, 403, 404, 413, 500, 501, ...) would fail the same way again; a 500
 * can also follow a partly created post, so retrying it risks a duplicate.
 */
const TRANSIENT_STATUSES = new Set([408, 429, 502, 503, 504]);
const BASE_DELAY_MS = 1_000;
const MAX_BACKOFF_MS = 30_000;
function isTransient(failure) {
    if (failure.kind === 'network')
        return !failure.permanent;
    return failure.kind === 'timeout' || TRANSIENT_STATUSES.has(failure.status);
}
/**
 * The wait before attempt `attempt + 1` (`attempt` counts from 1). The server's own word wins:
 * `Retry-After` (seconds or an HTTP date), else Mattermost's `X-Ratelimit-Reset` (seconds) on a 429.
 * Otherwise exponential backoff with jitter: half fixed, half random, so parallel matrix jobs
 * spread out instead of retrying in step.
 */
function retryDelayMs(failure, attempt, random, now) {
    if (failure.kind === 'http') {
        const asked = parseRetryAfter(failure.retryAfter, now);
        if (asked !== undefined)
            return asked;
        if (failure.status === 429) {
            const reset = parseSeconds(failure.rateLimitReset);
            if (reset !== undefined)
                return reset;
        }
    }
    const backoff = Math.min(MAX_BACKOFF_MS, BASE_DELAY_MS * 2 ** (attempt - 1));
    return Math.round(backoff / 2 + (backoff / 2) * random());
}
/** `Retry-After: 120` or `Retry-After: Wed, 21 Oct 2026 07:28:00 GMT`, in milliseconds from `now`. */
function parseRetryAfter(value, now) {
    if (value === undefined)
        return undefined;
    const seconds = parseSeconds(value);
    if (seconds !== undefined)
        return seconds;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
function parseSeconds(value) {
    if (value === undefined || !/^\s*\d+(\.\d+)?\s*$/.test(value))
        return undefined;
    return Math.round(Number(value) * 1000);
}

;// CONCATENATED MODULE: ./src/kchat/server-answer.ts
/**
 * Reads what kChat answered and says what it means for the user. kChat errors are Mattermost
 * AppError JSON (`{"id", "message", "status_code", ...}`); current servers wrap every webhook
 * error as `web.incoming_webhook.general.app_error`, older ones and kChat send the inner id.
 * A 429 from the rate limiter is plain text. See kchat-webhook.md §3, §6, §7.
 */
/** A 2xx answer: kChat's created post (JSON), or Mattermost's plain `ok`. */
function postIdFrom(body) {
    const trimmed = body.trim();
    if (!trimmed.startsWith('{'))
        return undefined;
    try {
        const post = JSON.parse(trimmed);
        if (typeof post === 'object' && post !== null && typeof post.id === 'string') {
            const id = post.id;
            return id === '' ? undefined : id;
        }
    }
    catch {
        // Not JSON after all: the post was still created, we just have no id.
    }
    return undefined;
}
function parseAppError(body) {
    try {
        const value = JSON.parse(body);
        if (typeof value !== 'object' || value === null)
            return undefined;
        const { id, message } = value;
        if (typeof id !== 'string' && typeof message !== 'string')
            return undefined;
        return { id: typeof id === 'string' ? id : '', message: typeof message === 'string' ? message : '' };
    }
    catch {
        return undefined;
    }
}
const HINTS_BY_ID = {
    'web.incoming_webhook.invalid.app_error': 'kChat does not know this webhook: check webhook-url (the hook may have been deleted).',
    'web.incoming_webhook.disabled.app_error': 'incoming webhooks are disabled on this kChat server: ask its administrator.',
    'web.incoming_webhook.text.app_error': 'the message was empty: set a text or attachments (check the payload input).',
    'web.incoming_webhook.channel.app_error': 'the channel does not exist or is archived: check the channel input (a name, not a display name).',
    'app.channel.get.existing.app_error': "the webhook's own channel no longer exists: create a new webhook.",
    'web.incoming_webhook.channel_locked.app_error': 'this webhook is locked to its channel: remove the channel input or unlock the webhook in kChat.',
    'web.incoming_webhook.user.app_error': 'the user (the @user in channel, or the webhook creator) was not found: check the channel input or re-create the webhook.',
    'web.incoming_webhook.permissions.app_error': 'the webhook creator cannot post in that private channel: pick another channel or re-create the webhook as a member.',
    'web.incoming_webhook.split_props_length.app_error': 'the props are too large: shrink the payload input.',
    'api.context.invalid_param.app_error': 'kChat refused a field (type or priority): check the payload input.',
    'api.post.create_webhook_post.creating.app_error': 'kChat could not create the post (an invalid type or priority): check the payload input.',
};
const HINTS_BY_STATUS = {
    400: 'kChat refused the request: check webhook-url (an unknown hook also answers 400) and the payload input.',
    401: 'kChat refused the credentials: check webhook-url.',
    403: 'kChat refused to post there: the webhook may be locked to its channel, or cannot read that private channel; check the channel input.',
    404: 'not found: check webhook-url, and the channel input if set (a channel name, not a display name).',
    405: 'this URL does not take webhook posts: check webhook-url.',
    408: 'kChat timed out reading the request.',
    413: 'the message is too large for kChat: shorten the text or payload.',
    414: 'the URL is too long: check webhook-url.',
    429: 'kChat is rate limiting this runner.',
    500: 'kChat failed to create the post (often an invalid type or priority in the payload input).',
    501: 'incoming webhooks are disabled on this kChat server: ask its administrator.',
    502: 'a proxy or gateway in front of kChat failed.',
    503: 'kChat is unavailable.',
    504: 'a gateway in front of kChat timed out.',
};
/** One sentence saying what failed and what to do, from the status and the server's own words. */
function explainStatus(status, body) {
    const appError = parseAppError(body);
    const hint = (appError && HINTS_BY_ID[appError.id]) ?? HINTS_BY_STATUS[status] ?? 'unexpected answer from kChat.';
    const said = oneLine(appError ? [appError.id, appError.message].filter((s) => s !== '').join(': ') : body.trim().slice(0, 200));
    return said === '' ? `HTTP ${status}: ${hint}` : `HTTP ${status}: ${hint} The server said: ${said}`;
}
/**
 * The server's words on one line: a newline in an answer would let it start a workflow command
 * (`::add-mask::`, `::stop-commands::`) in the step log.
 */
function oneLine(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}

;// CONCATENATED MODULE: ./src/kchat/deliver.ts




/** Posts one payload to the webhook, retrying transient failures. Never throws for delivery problems. */
async function deliver(payload, options) {
    const { redact, log } = options;
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const random = options.random ?? Math.random;
    const now = options.now ?? Date.now;
    const budget = options.maxTotalWaitMs ?? MAX_TOTAL_WAIT_MS;
    const body = JSON.stringify(payload);
    // undici is loaded only when something is sent: dry runs and input errors start faster without it.
    const undici = await __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6752, 19));
    let dispatcher;
    try {
        dispatcher = options.dispatcher ?? new undici.EnvHttpProxyAgent(proxyOptionsFromEnv(options.env));
    }
    catch (error) {
        // A malformed HTTPS_PROXY or HTTP_PROXY: a delivery failure, not a crash.
        return { delivered: false, attempts: 0, permanent: true, error: redact(`the proxy settings are not usable (${error.message}): check HTTPS_PROXY, HTTP_PROXY and NO_PROXY.`) };
    }
    const maxAttempts = options.retries + 1;
    let waited = 0;
    try {
        for (let attempt = 1;; attempt++) {
            const outcome = await attemptOnce(undici.request, dispatcher, body, options);
            if (outcome.ok)
                return { delivered: true, attempts: attempt, postId: outcome.postId };
            const failure = outcome.failure;
            const error = redact(describeFailure(failure, options.timeoutMs));
            if (!isTransient(failure))
                return { delivered: false, attempts: attempt, permanent: true, error };
            if (attempt >= maxAttempts) {
                return { delivered: false, attempts: attempt, permanent: false, error: `${error} (gave up after ${attempt} attempts)` };
            }
            const delay = retryDelayMs(failure, attempt, random, now());
            if (waited + delay > budget) {
                const why = `waiting ${seconds(delay)} more would exceed the ${seconds(budget)} retry budget`;
                return { delivered: false, attempts: attempt, permanent: false, error: `${error} (gave up: ${why})` };
            }
            log(`Attempt ${attempt} of ${maxAttempts} failed: ${error} Retrying in ${seconds(delay)}.`);
            waited += delay;
            await sleep(delay);
        }
    }
    finally {
        if (!options.dispatcher)
            await dispatcher.destroy();
    }
}
async function attemptOnce(request, dispatcher, body, options) {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
    }, options.timeoutMs);
    try {
        const response = await request(options.url, {
            method: 'POST',
            dispatcher,
            body,
            headers: {
                'content-type': 'application/json',
                accept: 'application/json, text/plain',
                'user-agent': options.userAgent ?? 'kchat-notify',
            },
            signal: controller.signal,
            headersTimeout: options.timeoutMs,
            bodyTimeout: options.timeoutMs,
        });
        if (response.statusCode >= 200 && response.statusCode < 300) {
            // The post exists once kChat says 2xx: a body that fails to arrive must not cause a retry (a duplicate).
            const text = await response.body.text().catch(() => '');
            return { ok: true, postId: postIdFrom(text) };
        }
        const text = await response.body.text();
        return {
            ok: false,
            failure: {
                kind: 'http',
                status: response.statusCode,
                body: text,
                retryAfter: header(response.headers['retry-after']),
                rateLimitReset: header(response.headers['x-ratelimit-reset']),
            },
        };
    }
    catch (error) {
        if (timedOut || isTimeoutError(error))
            return { ok: false, failure: { kind: 'timeout' } };
        return { ok: false, failure: { kind: 'network', message: networkMessage(error), permanent: isPermanentNetworkError(error) } };
    }
    finally {
        clearTimeout(timer);
    }
}
function describeFailure(failure, timeoutMs) {
    switch (failure.kind) {
        case 'timeout':
            return `kChat did not answer within ${seconds(timeoutMs)} (raise the timeout input if the server is slow).`;
        case 'network':
            return `could not reach kChat: ${failure.message}.`;
        case 'http':
            return explainStatus(failure.status, failure.body);
    }
}
/**
 * Errors that would be the same on the next try: a refused certificate. An unknown host is
 * retried: hosted runners see passing DNS failures (ENOTFOUND) now and then.
 */
const PERMANENT_NETWORK_CODES = /^(ERR_INVALID_URL|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_TLS_CERT_ALTNAME_INVALID|ERR_SSL_)/;
function isPermanentNetworkError(error) {
    const e = error;
    return [e.code, e.cause?.code].some((code) => typeof code === 'string' && PERMANENT_NETWORK_CODES.test(code));
}
function isTimeoutError(error) {
    const code = error.code;
    return code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT';
}
function networkMessage(error) {
    const e = error;
    const parts = [e.code, e.message, e.cause?.code, e.cause?.message].filter((p) => typeof p === 'string' && p !== '');
    return [...new Set(parts)].join(' ') || String(error);
}
function header(value) {
    return Array.isArray(value) ? value[0] : value;
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}

;// CONCATENATED MODULE: ./src/main.ts










/** The action: inputs -> message -> kChat -> outputs. The step fails only on bad input, or on a failed delivery with fail-on-error. */
async function run(runner, env) {
    let redact = (text) => text;
    try {
        const webhook = maskSecrets(runner);
        redact = createRedactor(webhook.secrets);
        const config = readConfig((name) => runner.getInput(name), webhook);
        await notify(runner, env, config, redact);
    }
    catch (error) {
        setOutputSafely(runner, 'delivered', 'false');
        if (error instanceof InputError) {
            runner.setFailed(redact(error.message));
            return;
        }
        const e = error instanceof Error ? error : new Error(String(error));
        runner.debug(redact(e.stack ?? e.message));
        runner.setFailed(redact(`kchat-notify failed unexpectedly: ${e.message}`));
    }
}
/** On the error path an output that cannot be written (no GITHUB_OUTPUT file) must not hide the error itself. */
function setOutputSafely(runner, name, value) {
    try {
        runner.setOutput(name, value);
    }
    catch {
        // The error being reported says more.
    }
}
/**
 * Masks the webhook URL, its key alone, and the GitHub token, before anything else can print
 * them. The returned secrets are all three: every line we print is redacted against them.
 */
function maskSecrets(runner) {
    const raw = runner.getInput('webhook-url');
    const first = raw.trim();
    if (first !== '')
        runner.setSecret(first);
    const token = runner.getInput('github-token').trim();
    if (token !== '')
        runner.setSecret(token);
    const webhook = parseWebhookUrl(raw);
    for (const secret of webhook.secrets)
        if (secret !== first)
            runner.setSecret(secret);
    return { ...webhook, secrets: token === '' ? webhook.secrets : [...webhook.secrets, token] };
}
async function notify(runner, env, config, redact) {
    if (config.webhook.insecure) {
        runner.warning('webhook-url uses plain http to a host that is not this machine: the webhook key travels unencrypted. Use https.');
    }
    const event = await readEvent(runner, env);
    const context = readRunContext(env, event);
    const log = { info: (m) => runner.info(redact(m)), warning: (m) => runner.warning(redact(m)), error: (m) => runner.error(redact(m)) };
    const settings = messageSettings(config);
    // auto: a release event announces the release; every other event reports this job.
    const mode = config.mode === 'auto' ? (context.eventName === 'release' ? 'release' : 'job') : config.mode;
    const composed = mode === 'release' ? await composeRelease(config, env, context, event, settings, log) : await composeResults(config, env, context, settings, log, redact);
    if (!composed) {
        runner.setOutput('delivered', 'false');
        runner.setOutput('post-id', '');
        return;
    }
    await publish(runner, env, config, redact, composed);
}
/** Outputs, job summary, then kChat (unless a dry run). */
async function publish(runner, env, config, redact, composed) {
    // Test output can quote a secret (a failing test that printed the webhook URL): never post it.
    const payload = validatePayload(mergePayload(basePayload(redact(composed.text), config.overrides), config.payload));
    runner.setOutput('status', composed.status);
    runner.setOutput('message', redact(payload.text ?? ''));
    for (const [name, value] of Object.entries(composed.outputs))
        runner.setOutput(name, value);
    if (config.jobSummary)
        await writeSummary(runner, redact(composed.summary));
    if (composed.failStep)
        runner.setFailed(redact(composed.failStep));
    if (config.dryRun) {
        runner.info('dry-run: nothing was posted. The payload would be:');
        runner.info(redact(JSON.stringify(payload, null, 2)));
        runner.setOutput('delivered', 'false');
        runner.setOutput('post-id', '');
        return;
    }
    const result = await deliver(payload, {
        url: config.webhook.url,
        timeoutMs: config.timeoutMs,
        retries: config.retries,
        redact,
        env,
        log: (line) => runner.info(line),
        userAgent: 'kchat-notify (GitHub Action)',
    });
    runner.setOutput('delivered', String(result.delivered));
    runner.setOutput('post-id', result.delivered ? (result.postId ?? '') : '');
    if (result.delivered) {
        runner.info(`Posted to kChat${result.postId ? ` (post ${result.postId})` : ''} after ${result.attempts} attempt(s).`);
        return;
    }
    const failure = `Could not post to kChat: ${result.error}`;
    if (config.failOnError)
        runner.setFailed(failure);
    else
        runner.error(`${failure} (the step stays green: set fail-on-error: true to fail it)`);
}
/** The job summary is a side output: a failure to write it is a warning, never a lost message. */
async function writeSummary(runner, markdown) {
    try {
        if (!(await runner.appendSummary(`${markdown}\n`)))
            runner.debug('No job summary file (GITHUB_STEP_SUMMARY): not running in GitHub Actions.');
    }
    catch (error) {
        runner.warning(`Could not write the job summary: ${error.message}`);
    }
}
function messageSettings(config) {
    const settings = { language: config.language, timeZone: config.timeZone, mention: config.mention };
    if (config.title)
        settings.title = config.title;
    if (config.text)
        settings.text = config.text;
    return settings;
}
async function readEvent(runner, env) {
    const path = env['GITHUB_EVENT_PATH'];
    if (!path)
        return {};
    try {
        const value = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
        return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
    }
    catch (error) {
        runner.warning(`Could not read the event payload ${path}: ${error.message}`);
        return {};
    }
}


/***/ }),

/***/ 6867:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QP: () => (/* binding */ hasFailures),
/* harmony export */   Sd: () => (/* binding */ totals),
/* harmony export */   W_: () => (/* binding */ sumCounts),
/* harmony export */   dD: () => (/* binding */ failedCount),
/* harmony export */   eY: () => (/* binding */ passedCount),
/* harmony export */   gX: () => (/* binding */ overallStatus),
/* harmony export */   iP: () => (/* binding */ workflowStatus)
/* harmony export */ });
function failedCount(counts) {
    return counts.failures + counts.errors;
}
function passedCount(counts) {
    return counts.tests - counts.failures - counts.errors - counts.skipped;
}
function hasFailures(component) {
    switch (component.kind) {
        case 'tested':
            return failedCount(component.counts) > 0;
        case 'unreadable':
            return true;
        case 'missing':
            return component.fatal;
    }
}
const SEVERITY = { success: 0, skipped: 1, cancelled: 2, failure: 3 };
/**
 * The status the message reports, from the job's status and its test results:
 * - a failed or unreadable report makes it a failure, whatever the job said (a test step with
 *   `continue-on-error`, or a runner that swallowed the exit code, still fails the message);
 * - otherwise the job's own status stands: passing tests do not turn a failed, cancelled or
 *   skipped job into a success.
 */
function overallStatus(jobStatus, components) {
    const fromTests = components.some(hasFailures) ? 'failure' : 'success';
    return worst(fromTests, jobStatus);
}
/**
 * Workflow mode: the run's status from its jobs. Failure if any job failed (timed out or could
 * not start), cancelled if one was cancelled and none failed, success otherwise: skipped and
 * still-running jobs (this one among them) never make a run fail. Failed tests still raise it.
 */
function workflowStatus(jobs, components) {
    const fromJobs = jobs.some((j) => j.outcome === 'failure') ? 'failure' : jobs.some((j) => j.outcome === 'cancelled') ? 'cancelled' : 'success';
    return overallStatus(fromJobs, components);
}
function worst(a, b) {
    return SEVERITY[a] > SEVERITY[b] ? a : b;
}
function totals(components) {
    return sumCounts(components.flatMap((c) => (c.kind === 'tested' ? [c.counts] : [])));
}
function sumCounts(list) {
    const sum = { tests: 0, failures: 0, errors: 0, skipped: 0, flaky: 0 };
    for (const counts of list) {
        sum.tests += counts.tests;
        sum.failures += counts.failures;
        sum.errors += counts.errors;
        sum.skipped += counts.skipped;
        sum.flaky += counts.flaky;
    }
    return sum;
}


/***/ }),

/***/ 9047:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ writeResultsFile),
/* harmony export */   B: () => (/* binding */ RESULTS_SCHEMA)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6867);
/**
 * The whole report as JSON, for later steps and for a final job that merges the files of many
 * matrix legs (upload it as an artifact). The schema names its version so that merging code can
 * refuse what it does not know.
 */




const RESULTS_SCHEMA = 'kchat-notify/results@1';
function resultsJson(report) {
    const sum = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .totals */ .Sd)(report.components);
    const c = report.context;
    return {
        schema: RESULTS_SCHEMA,
        status: report.status,
        jobStatus: report.jobStatus,
        at: report.at.toISOString(),
        run: { repository: c.repository, workflow: c.workflow, job: c.job, runNumber: c.runNumber, runAttempt: c.runAttempt, url: c.runUrl ?? null, sha: c.commit?.sha ?? null },
        totals: { ...sum, passed: (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .passedCount */ .eY)(sum), failed: sum.failures + sum.errors },
        components: report.components,
    };
}
/** Writes the JSON into `dir` under a name unique to this job and attempt, secrets redacted; returns its path. */
async function writeResultsFile(report, dir, redact = (t) => t) {
    const job = (report.context.job || 'job').replace(/[^A-Za-z0-9_.-]+/g, '-');
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `kchat-notify-results-${job}-${report.context.runAttempt}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.json`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(path, `${redact(JSON.stringify(resultsJson(report), null, 2))}\n`);
    return path;
}


/***/ }),

/***/ 8444:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ actionsRunner)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9635);
/* harmony import */ var _node_modules_actions_core_lib_file_command_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2902);
/* harmony import */ var _node_modules_actions_core_lib_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1170);
/**
 * The real runner, on @actions/core's own command modules. They are imported by path because
 * the package's entry point also loads its OIDC client, which pulls in a second HTTP stack
 * (@actions/http-client and undici 6): measured at two thirds of this action's start-up time,
 * for a feature we never use. @actions/core is pinned; the end-to-end tests run these exact
 * modules through the bundle, so a change in them shows up there.
 */




const actionsRunner = {
    // As core.getInput: INPUT_<NAME> with spaces as underscores, upper case.
    getInput: (name) => process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '',
    setSecret: (value) => (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_1__/* .issueCommand */ .L)('add-mask', {}, value),
    setOutput: (name, value) => {
        if (process.env['GITHUB_OUTPUT'])
            (0,_node_modules_actions_core_lib_file_command_js__WEBPACK_IMPORTED_MODULE_2__/* .issueFileCommand */ .n)('OUTPUT', (0,_node_modules_actions_core_lib_file_command_js__WEBPACK_IMPORTED_MODULE_2__/* .prepareKeyValueMessage */ .v)(name, value));
        else
            (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_1__/* .issueCommand */ .L)('set-output', { name }, value);
    },
    setFailed: (message) => {
        process.exitCode = 1;
        (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_1__/* .issueCommand */ .L)('error', {}, message);
    },
    info: (message) => process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_0__.EOL),
    warning: (message) => (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_1__/* .issueCommand */ .L)('warning', {}, message),
    error: (message) => (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_1__/* .issueCommand */ .L)('error', {}, message),
    debug: (message) => (0,_node_modules_actions_core_lib_command_js__WEBPACK_IMPORTED_MODULE_1__/* .issueCommand */ .L)('debug', {}, message),
    appendSummary: async (markdown) => {
        if (!process.env['GITHUB_STEP_SUMMARY'])
            return false;
        await _node_modules_actions_core_lib_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .summary */ .z.addRaw(markdown, true).write();
        return true;
    },
};


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 99:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 7997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 9635:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ issueCommand)
/* harmony export */ });
/* unused harmony export issue */
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(857);
/* harmony import */ var _utils_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4679);


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + os__WEBPACK_IMPORTED_MODULE_0__.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return (0,_utils_js__WEBPACK_IMPORTED_MODULE_1__/* .toCommandValue */ .E)(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return (0,_utils_js__WEBPACK_IMPORTED_MODULE_1__/* .toCommandValue */ .E)(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map

/***/ }),

/***/ 2902:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ issueFileCommand),
/* harmony export */   v: () => (/* binding */ prepareKeyValueMessage)
/* harmony export */ });
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6982);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9896);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(857);
/* harmony import */ var _utils_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4679);
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync(filePath, `${(0,_utils_js__WEBPACK_IMPORTED_MODULE_3__/* .toCommandValue */ .E)(message)}${os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID()}`;
    const convertedValue = (0,_utils_js__WEBPACK_IMPORTED_MODULE_3__/* .toCommandValue */ .E)(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${os__WEBPACK_IMPORTED_MODULE_2__.EOL}${convertedValue}${os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map

/***/ }),

/***/ 1170:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ summary)
/* harmony export */ });
/* unused harmony exports SUMMARY_ENV_VAR, SUMMARY_DOCS_URL, markdownSummary */
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(857);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9896);
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = fs__WEBPACK_IMPORTED_MODULE_1__.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, fs__WEBPACK_IMPORTED_MODULE_1__.constants.R_OK | fs__WEBPACK_IMPORTED_MODULE_1__.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(os__WEBPACK_IMPORTED_MODULE_0__.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map

/***/ }),

/***/ 4679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ toCommandValue)
/* harmony export */ });
/* unused harmony export toCommandProperties */
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
