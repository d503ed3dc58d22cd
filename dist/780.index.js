export const id = 780;
export const ids = [780];
export const modules = {

/***/ 9780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  collectReports: () => (/* binding */ collectReports)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/glob/lib/glob.js + 28 modules
var glob = __webpack_require__(5668);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
;// CONCATENATED MODULE: ./src/collect/reports/formats/format.ts
const DETAIL_LINES = 12;
const DETAIL_CHARS = 2000;
const TEXT_CAP = 8000;
/** Collects the text of one element, up to a cap: a multi-megabyte stack trace costs nothing. */
class CappedText {
    value = '';
    add(text) {
        if (this.value.length < TEXT_CAP)
            this.value += text.slice(0, TEXT_CAP - this.value.length);
    }
    get text() {
        return this.value;
    }
}
/** The first non-empty line. */
function firstLine(text) {
    const line = text?.split(/\r?\n/).find((l) => l.trim() !== '');
    return line?.trim();
}
/** A few lines of detail, trimmed. */
function detailLines(text) {
    if (!text)
        return undefined;
    const lines = text.replace(/\r\n?/g, '\n').replace(/^\s*\n/, '').trimEnd().split('\n').slice(0, DETAIL_LINES).join('\n');
    return lines === '' ? undefined : lines.slice(0, DETAIL_CHARS);
}
/** A line number attribute, when it is one. */
function lineNumber(value) {
    if (value === undefined || !/^\d+$/.test(value.trim()))
        return undefined;
    return Number(value);
}
/**
 * The <message> and <stack-trace> children of a failed test (NUnit, xUnit.net): open, text and
 * close events pass through it; it keeps the text of the element being read.
 */
class MessageAndStack {
    message = new CappedText();
    stack = new CappedText();
    current;
    /** Inside <message> or <stack-trace>. */
    get reading() {
        return this.current !== undefined;
    }
    open(name) {
        if (name === 'message')
            this.current = this.message;
        else if (name === 'stack-trace')
            this.current = this.stack;
    }
    text(text) {
        this.current?.add(text);
    }
    close(name) {
        if (name === 'message' || name === 'stack-trace')
            this.current = undefined;
    }
    /** The first line of the message, and a few lines of the stack trace (or of the message). */
    describe(record) {
        const message = firstLine(this.message.text);
        if (message)
            record.message = message;
        const details = detailLines(this.stack.text || this.message.text);
        if (details)
            record.details = details;
    }
}

;// CONCATENATED MODULE: ./src/collect/reports/formats/junit.ts

const SKIPPED_STATUS = new Set(['disabled', 'notrun', 'skipped', 'skip', 'ignored']);
class JUnitReader {
    title;
    /** Tests the outermost suites say they hold; read only to notice a report that lists none of them. */
    declaredTests = 0;
    cases = 0;
    suites = [];
    current;
    /** The <failure> or <error> being read: its message attribute and text. */
    problem;
    tally;
    constructor(tally) {
        this.tally = tally;
    }
    open(name, a) {
        switch (name) {
            case 'testsuites':
                if (this.suites.length === 0 && a['name'])
                    this.title = a['name'];
                break;
            case 'testsuite':
                this.title ??= a['name'] || undefined;
                if (this.suites.length === 0)
                    this.declaredTests += Number(a['tests']) || 0;
                this.suites.push(a['name'] ?? '');
                break;
            case 'testcase': {
                this.cases++;
                const suite = this.suites.at(-1) ?? '';
                const record = { classname: a['classname'] ?? a['class'] ?? suite, name: a['name'] ?? '', outcome: 'passed', suite };
                const file = a['file'] ?? a['filepath'];
                if (file)
                    record.file = file;
                const line = lineNumber(a['line'] ?? a['lineno']);
                if (line !== undefined)
                    record.line = line;
                const status = (a['status'] ?? a['result'] ?? '').toLowerCase();
                this.current = { record, error: false, failure: false, skipped: SKIPPED_STATUS.has(status), flaky: false };
                break;
            }
            case 'failure':
            case 'error':
                if (!this.current)
                    break;
                this.current[name] = true;
                if (!this.problem)
                    this.problem = { message: a['message'], text: new CappedText(), type: a['type'] };
                break;
            case 'skipped':
                if (this.current)
                    this.current.skipped = true;
                break;
            case 'flakyFailure':
            case 'flakyError':
                if (this.current)
                    this.current.flaky = true;
                break;
        }
    }
    get wantsText() {
        return this.problem !== undefined;
    }
    text(text) {
        this.problem?.text.add(text);
    }
    close(name) {
        if (name === 'testsuite')
            this.suites.pop();
        else if ((name === 'failure' || name === 'error') && this.problem && this.current)
            this.keepProblem();
        else if (name === 'testcase' && this.current) {
            const c = this.current;
            c.record.outcome = c.error ? 'errored' : c.failure ? 'failed' : c.skipped ? 'skipped' : 'passed';
            if (c.flaky && c.record.outcome === 'passed')
                c.record.flaky = true;
            this.tally.add(c.record);
            this.current = undefined;
            this.problem = undefined;
        }
    }
    /** A file that says it ran tests but lists none (cut, or written before the tests ran) cannot pass for green. */
    get incomplete() {
        return this.cases === 0 && this.declaredTests > 0 ? `the report says ${this.declaredTests} tests ran but lists none of them` : undefined;
    }
    keepProblem() {
        const { message, text, type } = this.problem;
        const record = this.current.record;
        if (record.message === undefined) {
            const first = firstLine(message) ?? firstLine(text.text) ?? type;
            if (first)
                record.message = first;
            const details = detailLines(text.text);
            if (details)
                record.details = details;
        }
    }
}
const junit = {
    name: 'junit',
    accepts: (root) => root === 'testsuites' || root === 'testsuite',
    reader: (tally) => new JUnitReader(tally),
};

// EXTERNAL MODULE: ./src/report/results-file.ts
var results_file = __webpack_require__(9047);
;// CONCATENATED MODULE: ./src/collect/reports/results-json.ts
/**
 * Reads back the results JSON the action writes in each matrix leg (report/results-file.ts), so a
 * summary job can merge the legs: give the downloaded files to `reports` like any report.
 * Anything that does not look exactly like our schema is refused, by name.
 */


/** Larger than any results file the action writes (details are capped per component). */
const MAX_BYTES = 64 * 1024 * 1024;
async function parseResultsJson(path, size) {
    if (size > MAX_BYTES)
        return { kind: 'unreadable', reason: `a JSON file of ${size} bytes is not a kchat-notify results file` };
    let value;
    try {
        value = JSON.parse((await (0,promises_.readFile)(path, 'utf8')).replace(/^\uFEFF/, ''));
    }
    catch (error) {
        return { kind: 'unreadable', reason: `not valid JSON (${error.message})` };
    }
    if (!isObject(value) || value['schema'] !== results_file/* RESULTS_SCHEMA */.B || !Array.isArray(value['components'])) {
        return { kind: 'unreadable', reason: `not a test report: JSON, but not a kchat-notify results file (${results_file/* RESULTS_SCHEMA */.B})` };
    }
    const counts = { tests: 0, failures: 0, errors: 0, skipped: 0, flaky: 0 };
    const failed = [];
    for (const component of value['components']) {
        if (!isObject(component))
            return broken('a component is not an object');
        if (component['kind'] === 'unreadable')
            return { kind: 'unreadable', reason: `the leg could not read ${String(component['file'])}: ${String(component['reason'])}` };
        if (component['kind'] === 'missing') {
            if (component['fatal'] === true)
                return { kind: 'unreadable', reason: `the leg found no report for ${String(component['label'])}` };
            continue;
        }
        const c = component['counts'];
        if (component['kind'] !== 'tested' || !isObject(c))
            return broken('a component has no counts');
        for (const key of ['tests', 'failures', 'errors', 'skipped', 'flaky']) {
            const n = c[key];
            if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
                return broken(`a component's ${key} is not a count`);
            counts[key] += n;
        }
        for (const test of Array.isArray(component['failed']) ? component['failed'] : []) {
            if (isObject(test) && typeof test['name'] === 'string')
                failed.push(failedTest(test, String(component['label'] ?? '')));
        }
    }
    const run = isObject(value['run']) ? value['run'] : {};
    const title = typeof run['job'] === 'string' && run['job'] !== '' ? run['job'] : undefined;
    const detailsUrl = typeof run['url'] === 'string' && /^https?:\/\/[^\s()<>]+$/.test(run['url']) ? run['url'] : undefined;
    return { kind: 'tests', format: 'results', title, counts, failed, ...(detailsUrl ? { detailsUrl } : {}) };
}
function failedTest(test, label) {
    const out = { name: test['name'] };
    // The leg's component name says where the test ran; keep it in front of the suite.
    const suite = [label, typeof test['suite'] === 'string' ? test['suite'] : ''].filter((s) => s !== '').join(' › ');
    if (suite)
        out.suite = suite;
    for (const key of ['message', 'details', 'file'])
        if (typeof test[key] === 'string')
            out[key] = test[key];
    if (typeof test['line'] === 'number')
        out.line = test['line'];
    if (test['kind'] === 'failure' || test['kind'] === 'error')
        out.kind = test['kind'];
    return out;
}
function broken(problem) {
    return { kind: 'unreadable', reason: `a damaged kchat-notify results file: ${problem}` };
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/collect/reports/formats/nunit.ts

const NUNIT3 = { passed: 'passed', failed: 'failed', skipped: 'skipped', inconclusive: 'skipped', warning: 'passed' };
const NUNIT2 = {
    success: 'passed',
    failure: 'failed',
    error: 'errored',
    cancelled: 'errored',
    ignored: 'skipped',
    skipped: 'skipped',
    notrunnable: 'skipped',
    inconclusive: 'skipped',
};
const ERROR_LABELS = new Set(['error', 'cancelled', 'invalid']);
class NUnitReader {
    title;
    suites = [];
    current;
    tally;
    constructor(tally) {
        this.tally = tally;
    }
    open(name, a) {
        if (name === 'test-run' || name === 'test-results')
            this.title ??= a['name'] || undefined;
        else if (name === 'test-suite') {
            this.title ??= a['name'] || undefined;
            this.suites.push(a['fullname'] ?? a['name'] ?? '');
        }
        else if (name === 'test-case') {
            this.current = { classname: a['classname'] ?? this.suites.at(-1) ?? '', name: a['fullname'] ?? a['name'] ?? '', outcome: outcomeOf(a), failure: false, text: new MessageAndStack() };
        }
        else if (this.current && name === 'failure')
            this.current.failure = true;
        else
            this.current?.text.open(name);
    }
    get wantsText() {
        return this.current?.text.reading ?? false;
    }
    text(text) {
        this.current?.text.text(text);
    }
    close(name) {
        this.current?.text.close(name);
        if (name === 'test-suite')
            this.suites.pop();
        else if (name === 'test-case' && this.current) {
            const c = this.current;
            const outcome = c.outcome ?? (c.failure ? 'failed' : 'passed');
            const record = { classname: c.classname, name: c.name, outcome };
            if (outcome === 'failed' || outcome === 'errored')
                c.text.describe(record);
            this.tally.add(record);
            this.current = undefined;
        }
    }
}
/** The outcome the attributes give; undefined when only a <failure> child can tell (old NUnit 2). */
function outcomeOf(a) {
    const result = (a['result'] ?? '').toLowerCase();
    if (a['executed']?.toLowerCase() === 'false')
        return 'skipped';
    if (result === 'failed' && ERROR_LABELS.has((a['label'] ?? '').toLowerCase()))
        return 'errored';
    const known = NUNIT3[result] ?? NUNIT2[result];
    if (known)
        return known;
    const success = a['success']?.toLowerCase();
    if (success === 'false')
        return 'failed';
    if (success === 'true')
        return 'passed';
    // No result, or a success attribute that says neither (success="Turue" in NUnit-multinamespace.xml).
    return result === '' ? undefined : 'skipped';
}
const nunit = {
    name: 'nunit',
    accepts: (root) => root === 'test-run' || root === 'test-results' || root === 'test-suite',
    reader: (tally) => new NUnitReader(tally),
};

;// CONCATENATED MODULE: ./src/collect/reports/formats/trx.ts

const OUTCOMES = { passed: 'passed', failed: 'failed', error: 'errored', timeout: 'errored' };
class TrxReader {
    title;
    open_ = [];
    reading;
    tally;
    constructor(tally) {
        this.tally = tally;
    }
    open(name, a) {
        if (name === 'TestRun')
            this.title = a['name'] || undefined;
        else if (name === 'UnitTestResult') {
            const parent = this.open_.at(-1);
            if (parent)
                parent.hasInner = true;
            const outcome = OUTCOMES[(a['outcome'] ?? '').toLowerCase()] ?? 'skipped';
            this.open_.push({ testId: a['testId'] ?? a['testName'] ?? '', name: a['testName'] ?? '', outcome, message: undefined, stack: undefined, hasInner: false });
        }
        else if (name === 'Message' && this.open_.length > 0) {
            this.reading = 'message';
            this.open_.at(-1).message ??= new CappedText();
        }
        else if (name === 'StackTrace' && this.open_.length > 0) {
            this.reading = 'stack';
            this.open_.at(-1).stack ??= new CappedText();
        }
    }
    get wantsText() {
        return this.reading !== undefined;
    }
    text(text) {
        const current = this.open_.at(-1);
        if (!current || !this.reading)
            return;
        (this.reading === 'message' ? current.message : current.stack)?.add(text);
    }
    close(name) {
        if (name === 'Message' || name === 'StackTrace')
            this.reading = undefined;
        else if (name === 'UnitTestResult') {
            const r = this.open_.pop();
            if (r.hasInner)
                return; // the rows were counted
            const key = this.open_.length > 0 ? `${r.testId}\u0000${r.name}` : r.testId;
            const record = { classname: key, name: r.name, outcome: r.outcome };
            const message = firstLine(r.message?.text);
            if (message)
                record.message = message;
            const details = detailLines(r.stack?.text ?? r.message?.text);
            if (details)
                record.details = details;
            this.tally.add(record);
        }
    }
}
const trx = {
    name: 'trx',
    accepts: (root) => root === 'TestRun',
    reader: (tally) => new TrxReader(tally),
};

;// CONCATENATED MODULE: ./src/collect/reports/formats/xunit.ts

const xunit_OUTCOMES = { pass: 'passed', fail: 'failed', skip: 'skipped', notrun: 'skipped' };
class XunitReader {
    title;
    current;
    tally;
    constructor(tally) {
        this.tally = tally;
    }
    open(name, a) {
        if (name === 'assembly')
            this.title ??= (a['name'] ?? '').split(/[\\/]/).at(-1) || undefined;
        else if (name === 'test') {
            this.current = { classname: a['type'] ?? '', name: a['name'] ?? a['method'] ?? '', outcome: xunit_OUTCOMES[(a['result'] ?? '').toLowerCase()] ?? 'skipped', text: new MessageAndStack() };
        }
        else
            this.current?.text.open(name);
    }
    get wantsText() {
        return this.current?.text.reading ?? false;
    }
    text(text) {
        this.current?.text.text(text);
    }
    close(name) {
        this.current?.text.close(name);
        if (name === 'test' && this.current) {
            const c = this.current;
            const record = { classname: c.classname, name: c.name, outcome: c.outcome };
            if (c.outcome === 'failed')
                c.text.describe(record);
            this.tally.add(record);
            this.current = undefined;
        }
    }
}
const xunit = {
    name: 'xunit',
    accepts: (root) => root === 'assemblies' || root === 'assembly',
    reader: (tally) => new XunitReader(tally),
};

;// CONCATENATED MODULE: ./src/collect/reports/test-key-table.ts
/**
 * A map from 53-bit test keys to a few outcome bits, in typed arrays: a report with half a
 * million tests costs about 10 MB here, where a Map with number keys of that size (each a heap
 * object beyond 31 bits) cost ten times as much and a fifth of the parse time.
 * Open addressing with linear probing; the table doubles when three quarters full.
 */
class TestKeyTable {
    high = new Uint32Array(1 << 12);
    low = new Uint32Array(1 << 12);
    /** Outcome bits of each slot; 0 marks an empty slot, so stored values must not be 0. */
    value = new Uint8Array(1 << 12);
    count = 0;
    get size() {
        return this.count;
    }
    /** The slot of a key: where it is, or where it would go. Valid until the next `put`. */
    slotOf(high, low) {
        return this.find(high, low);
    }
    /** The value in a slot; 0 for an empty one. */
    valueAt(slot) {
        return this.value[slot];
    }
    /** Stores a non-zero value for the key whose slot `slotOf` just gave. */
    put(slot, high, low, value) {
        if (this.value[slot] === 0) {
            if ((this.count + 1) * 4 > this.value.length * 3) {
                this.grow();
                slot = this.find(high, low);
            }
            this.high[slot] = high;
            this.low[slot] = low;
            this.count++;
        }
        this.value[slot] = value;
    }
    /** Calls `fn` with every stored value, then empties the table. */
    drain(fn) {
        for (let slot = 0; slot < this.value.length; slot++)
            if (this.value[slot] !== 0)
                fn(this.high[slot], this.low[slot], this.value[slot]);
        this.value.fill(0);
        this.count = 0;
    }
    /** The slot holding the key, or the empty slot where it would go. */
    find(high, low) {
        const mask = this.value.length - 1;
        let slot = (low ^ Math.imul(high, 0x9e3779b1)) & mask;
        while (this.value[slot] !== 0 && (this.high[slot] !== high || this.low[slot] !== low))
            slot = (slot + 1) & mask;
        return slot;
    }
    grow() {
        const { high, low, value } = this;
        this.high = new Uint32Array(value.length * 2);
        this.low = new Uint32Array(value.length * 2);
        this.value = new Uint8Array(value.length * 2);
        for (let slot = 0; slot < value.length; slot++) {
            if (value[slot] === 0)
                continue;
            const target = this.find(high[slot], low[slot]);
            this.high[target] = high[slot];
            this.low[target] = low[slot];
            this.value[target] = value[slot];
        }
    }
}

;// CONCATENATED MODULE: ./src/collect/reports/tally.ts

const PASSED = 1;
const FAILED = 2;
const ERRORED = 4;
const SKIPPED = 8;
const FLAKY = 16;
const BIT = { passed: PASSED, failed: FAILED, errored: ERRORED, skipped: SKIPPED };
/** Failed tests kept with their details per file; the counts stay exact beyond it. */
const MAX_FAILURE_DETAILS = 1000;
class Tally {
    /** The latest instance of each test: its outcome bits, keyed by a hash of suite, class and name. */
    latest = new TestKeyTable();
    /** Details of failed tests, by the same key as a string, in report order. */
    failures = new Map();
    counts = { tests: 0, failures: 0, errors: 0, skipped: 0, flaky: 0 };
    add(record) {
        const bits = BIT[record.outcome] | (record.flaky ? FLAKY : 0);
        // A case with no name cannot be told from another: each one is a test of its own.
        if (record.name === '') {
            this.settle(bits);
            if (bits & (FAILED | ERRORED))
                this.keepFailure(`#${this.counts.tests}`, record);
            return;
        }
        hash64(record.suite ?? '', record.classname, record.name);
        const high = hashHigh;
        const low = hashLow;
        // A repeat is a retry when the runs so far failed and none passed: it joins them. After a
        // pass or a skip, the same name is another test (jest's test.each, parameterised TestNG
        // methods, a data provider): a failure there is never hidden by an earlier pass.
        const slot = this.latest.slotOf(high, low);
        const previous = this.latest.valueAt(slot);
        const retry = previous !== 0 && isRetry(previous);
        if (previous !== 0 && !retry)
            this.settle(previous, high, low);
        this.latest.put(slot, high, low, retry ? previous | bits : bits);
        if (bits & (FAILED | ERRORED))
            this.keepFailure(failureKey(high, low), record);
    }
    result() {
        this.latest.drain((high, low, bits) => this.settle(bits, high, low));
        return { counts: { ...this.counts }, failed: [...this.failures.values()] };
    }
    keepFailure(key, record) {
        if (!this.failures.has(key) && this.failures.size < MAX_FAILURE_DETAILS)
            this.failures.set(key, tally_failedTest(record));
    }
    /** Counts one finished test; forgets the details of a failure that a later run made good. */
    settle(bits, high = 0, low = 0) {
        this.counts.tests++;
        if (bits & PASSED) {
            if (bits & (FAILED | ERRORED | FLAKY)) {
                this.counts.flaky++;
                this.failures.delete(failureKey(high, low));
            }
        }
        else if (bits & ERRORED)
            this.counts.errors++;
        else if (bits & FAILED)
            this.counts.failures++;
        else
            this.counts.skipped++;
    }
}
function tally_failedTest(record) {
    const test = { name: record.name, kind: record.outcome === 'errored' ? 'error' : 'failure' };
    const suite = record.classname || record.suite;
    if (suite)
        test.suite = suite;
    if (record.message)
        test.message = record.message;
    if (record.details)
        test.details = record.details;
    if (record.file)
        test.file = record.file;
    if (record.line !== undefined)
        test.line = record.line;
    return test;
}
/** Earlier runs that failed and never passed: the next run with this name retries them. */
function isRetry(previous) {
    return (previous & (FAILED | ERRORED)) !== 0 && (previous & PASSED) === 0;
}
function failureKey(high, low) {
    return `${high}:${low}`;
}
// The last hash64 result: two numbers without an array per test.
let hashHigh = 0;
let hashLow = 0;
// Consecutive cases share their suite and class: their hash state is kept, not recomputed.
let lastSuite;
let lastClass;
let prefixA = 0;
let prefixB = 0;
/**
 * Two 32-bit FNV-1a lanes with different multipliers over suite, class and name (each ended by
 * a NUL): 64 bits, collisions negligible below billions of tests.
 */
function hash64(suite, classname, name) {
    if (suite !== lastSuite || classname !== lastClass) {
        fnv(suite, 0x811c9dc5, 0x01000193 ^ 0x5bd1e995);
        fnv(classname, hashLow, hashHigh);
        prefixA = hashLow;
        prefixB = hashHigh;
        lastSuite = suite;
        lastClass = classname;
    }
    fnv(name, prefixA, prefixB);
}
/** Sets hashLow and hashHigh: no array allocated per test. */
function fnv(text, a, b) {
    for (let i = 0; i <= text.length; i++) {
        const c = i < text.length ? text.charCodeAt(i) : 0; // the NUL that ends each part
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
    }
    hashLow = a >>> 0;
    hashHigh = b >>> 0;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(9800);
;// CONCATENATED MODULE: ./src/collect/reports/xml-stream.ts
/**
 * Streams an XML file through saxes, a strict SAX parser: constant memory whatever the size,
 * and the first well-formedness error (truncation, a stray `<`, a NUL, an undefined entity)
 * stops the read with its line and column. saxes reads no DTD and expands no entity but the
 * five predefined ones and character references, so nothing outside the file is ever fetched.
 */



/** A file that is not well-formed XML, or that ended early. */
class XmlError extends Error {
    name = 'XmlError';
}
const CHUNK_BYTES = 1 << 16;
/** Feeds `path` to `handler` (chosen from the root element by `pick`). Throws XmlError when the file is not well-formed. */
async function streamXml(path, pick) {
    const parser = new saxes/* SaxesParser */.wT({ position: true });
    let handler;
    // Errors thrown by `pick` or the handler pass through as they are; saxes' own become XmlErrors.
    let handlerError;
    // Text handlers are set only while the handler wants text: most of a report is whitespace
    // and system-out that saxes then does not even slice out.
    let listening = false;
    const text = (t) => handler?.text(t);
    const listen = () => {
        const wanted = handler?.wantsText ?? false;
        if (wanted === listening)
            return;
        listening = wanted;
        if (wanted) {
            parser.on('text', text);
            parser.on('cdata', text);
        }
        else {
            parser.off('text');
            parser.off('cdata');
        }
    };
    parser.on('opentag', (tag) => {
        try {
            const attributes = tag.attributes;
            handler ??= pick(tag.name, attributes);
            handler.open(tag.name, attributes);
            listen();
        }
        catch (error) {
            handlerError = error;
            throw error;
        }
    });
    parser.on('closetag', (tag) => {
        handler?.close(tag.name);
        listen();
    });
    let decoder;
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: CHUNK_BYTES })) {
            // The byte order mark tells UTF-16 from UTF-8 (the XML default); the decoder drops it.
            decoder ??= new external_node_util_.TextDecoder(chunk[0] === 0xff && chunk[1] === 0xfe ? 'utf-16le' : chunk[0] === 0xfe && chunk[1] === 0xff ? 'utf-16be' : 'utf-8', { fatal: true });
            parser.write(decoder.decode(chunk, { stream: true }));
        }
        if (decoder)
            parser.write(decoder.decode());
        parser.close();
    }
    catch (error) {
        if (error === handlerError)
            throw error;
        const message = error.message;
        if (error.code === 'ERR_ENCODING_INVALID_ENCODED_DATA')
            throw new XmlError(`${where(parser)}: not valid UTF-8 text`);
        if (error.syscall)
            throw error; // a read error, not a malformed file
        // saxes prefixes "line:column: "; say it in words.
        const positioned = /^(\d+):(\d+): (.*)$/s.exec(message);
        throw new XmlError(positioned ? `line ${positioned[1]}, column ${positioned[2]}: ${positioned[3]}` : `${where(parser)}: ${message}`);
    }
}
function where(parser) {
    return `line ${parser.line}, column ${parser.column}`;
}

;// CONCATENATED MODULE: ./src/collect/reports/parse-report.ts
/**
 * Reads one report file, whatever its format, into counts and failed tests. The format comes
 * from the root element, never from the file name. A file that is not well-formed, is cut
 * short, or is not a test report is said to be so; it is never counted as passing.
 */








const FORMATS = [junit, trx, nunit, xunit];
class NotAReport extends Error {
}
async function parseReport(path) {
    // A JSON file can only be a results file of another leg; everything else is read as XML.
    const start = await firstBytes(path);
    if (start.kind === 'error')
        return { kind: 'unreadable', reason: start.reason };
    if (/^(\uFEFF)?\s*\{/.test(start.text))
        return parseResultsJson(path, start.size);
    const tally = new Tally();
    let reader;
    let format;
    try {
        await streamXml(path, (root, attributes) => {
            const match = FORMATS.find((f) => f.accepts(root, attributes));
            if (!match)
                throw new NotAReport(`not a test report: the root element <${root}> is not JUnit, TRX, NUnit or xUnit.net XML`);
            format = match.name;
            reader = match.reader(tally);
            return reader;
        });
    }
    catch (error) {
        if (error instanceof NotAReport)
            return { kind: 'unreadable', reason: error.message };
        if (error instanceof XmlError)
            return { kind: 'unreadable', reason: `not well-formed XML (${error.message})` };
        const e = error;
        return { kind: 'unreadable', reason: e.code ? `cannot read the file (${e.code})` : e.message };
    }
    if (!reader || !format)
        return { kind: 'unreadable', reason: 'empty: no XML element' };
    if (reader.incomplete)
        return { kind: 'unreadable', reason: `incomplete: ${reader.incomplete}` };
    return { kind: 'tests', format, title: reader.title, ...tally.result() };
}
async function firstBytes(path) {
    let file;
    try {
        file = await (0,promises_.open)(path, 'r');
        const { size } = await file.stat();
        const buffer = Buffer.alloc(Math.min(size, 256));
        await file.read(buffer, 0, buffer.length, 0);
        return { kind: 'ok', text: buffer.toString('utf8'), size };
    }
    catch (error) {
        const code = error.code;
        return { kind: 'error', reason: code ? `cannot read the file (${code})` : error.message };
    }
    finally {
        await file?.close();
    }
}

;// CONCATENATED MODULE: ./src/collect/reports/collect.ts
/**
 * The `reports` input -> one result per component. The edge that touches the file system:
 * globs (via @actions/glob, relative to the workspace), then each file through parseReport.
 */







/** Files read at once: enough to keep the disk busy, few enough for a 1024 open-file limit. */
const PARALLEL_FILES = 16;
async function collectReports(lines, options) {
    keepYoungGenerationSmall();
    const components = [];
    for (const line of lines) {
        const files = await findFiles(line.patterns, options.workspace);
        if (files.length === 0) {
            if (options.ifNoReports !== 'ignore') {
                const folder = await namesFolder(line.patterns, options.workspace);
                const hint = folder ? ` "${folder}" is a folder: write ${folder}/**/*.xml to take the reports in it.` : '';
                options.warn(`reports: no file matched "${line.text}" (relative to ${options.workspace}).${hint}`);
                components.push({ kind: 'missing', label: line.label ?? line.patterns.join(', '), patterns: line.patterns, fatal: options.ifNoReports === 'error' });
            }
            continue;
        }
        const parsed = await mapLimited(files, PARALLEL_FILES, async (file) => ({ file: (0,external_node_path_.relative)(options.workspace, file) || file, report: await parseReport(file) }));
        if (line.label !== undefined) {
            components.push(combine(line.label, parsed));
            continue;
        }
        // A bare glob: one row per folder when the files sit in several (one per downloaded
        // artifact), else one row named by the report itself.
        const byFolder = Map.groupBy(parsed, (p) => (0,external_node_path_.dirname)(p.file));
        if (byFolder.size > 1) {
            for (const [folder, group] of byFolder)
                components.push(combine(folder, group));
        }
        else {
            const first = parsed.find((p) => p.report.kind === 'tests');
            const title = first?.report.kind === 'tests' ? first.report.title : undefined;
            components.push(combine(title ?? line.patterns.join(', '), parsed));
        }
    }
    return components;
}
/**
 * Streaming a big report allocates fast and briefly; left alone, V8 grows its young generation to
 * match, and a 100 MB report peaked at 170 MB of memory. Not growing it keeps the peak near
 * 125 MB for about 3% more time (measured, npm run bench). The runner starts node without flags,
 * hence the runtime setting; it is only a sizing heuristic, and failing to set it changes nothing.
 */
function keepYoungGenerationSmall() {
    try {
        (0,external_node_v8_.setFlagsFromString)('--semi-space-growth-factor=1');
    }
    catch {
        // An older or stricter V8: parse with its defaults.
    }
}
/** `fn` over `items`, at most `limit` at a time, results in order. */
async function mapLimited(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
/** The first pattern that names an existing folder, if any (a common slip: a folder instead of a glob). */
async function namesFolder(patterns, workspace) {
    for (const pattern of patterns) {
        if (pattern.startsWith('!'))
            continue;
        const info = await (0,promises_.stat)(resolveIn(workspace, pattern)).catch(() => undefined);
        if (info?.isDirectory())
            return pattern.replace(/\/+$/, '');
    }
    return undefined;
}
async function findFiles(patterns, workspace) {
    const absolute = patterns.map((p) => (p.startsWith('!') ? `!${resolveIn(workspace, p.slice(1))}` : resolveIn(workspace, p)));
    const globber = await (0,glob/* create */.v)(absolute.join('\n'), { matchDirectories: false, implicitDescendants: false });
    return (await globber.glob()).sort();
}
function resolveIn(workspace, pattern) {
    return (0,external_node_path_.isAbsolute)(pattern) ? pattern : (0,external_node_path_.resolve)(workspace, pattern);
}
/** Several files of one component. One unreadable file makes the component unreadable: partial counts are never shown as complete. */
function combine(label, parsed) {
    const broken = parsed.find((p) => p.report.kind === 'unreadable');
    if (broken && broken.report.kind === 'unreadable') {
        const others = parsed.filter((p) => p.report.kind === 'unreadable').length - 1;
        return { kind: 'unreadable', label, file: broken.file, reason: others > 0 ? `${broken.report.reason} (and ${others} more unreadable)` : broken.report.reason };
    }
    const reports = parsed.flatMap((p) => (p.report.kind === 'tests' ? [p.report] : []));
    const failed = reports.flatMap((r) => r.failed).slice(0, MAX_FAILURE_DETAILS);
    const component = { kind: 'tested', label, counts: (0,model/* sumCounts */.W_)(reports.map((r) => r.counts)), failed };
    // Results files of matrix legs name the run attempt that produced them: link it when they agree.
    const links = new Set(reports.map((r) => r.detailsUrl));
    const [link] = links;
    if (links.size === 1 && link)
        component.detailsUrl = link;
    return component;
}


/***/ })

};
