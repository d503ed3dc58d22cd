import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/render/labels.ts';
import { renderMessage } from '../../src/render/message.ts';
import { parseMarkdown } from '../support/markdown.ts';
import { mentionsIn } from '../support/mentions.ts';
import { CONTEXT, report, settings, tested } from '../support/reports.ts';

const FR_REFERENCE = [
  tested('Serveur', 948),
  tested('Client Web', 123, [{ name: 'login rejects a bad password', message: 'expected 401' }, { name: 'logout' }]),
  tested('Client iOS', 78, [{ name: 'a' }, { name: 'b' }, { name: 'c' }]),
];

describe('the results table', () => {
  it("reproduces the reference message's French words, columns and alignment", () => {
    const text = renderMessage(report('failure', FR_REFERENCE, { context: { ...CONTEXT, runUrl: 'https://linktologs' } }), settings({ language: 'fr' }));
    const lines = text.split('\n');
    expect(lines[0]).toBe('#### Résultats des tests pour le 27 juillet 2023');
    expect(lines[1]).toBe('@channel veuillez vérifier les tests échoués.');
    expect(lines).toContain('| Composant | Tests effectués | Tests échoués |');
    expect(lines).toContain('|:-----------|:-----------:|:-----------------------------------------------|');
    expect(lines).toContain('| Serveur | 948 | 0 |');
    expect(lines).toContain('| Client Web | 123 | 2 [(voir détails)](https://linktologs) |');
    expect(lines).toContain('| Client iOS | 78 | 3 [(voir détails)](https://linktologs) |');
  });

  it('renders as a three-column table, left, centre, left, with a details link only on failing rows', () => {
    const parsed = parseMarkdown(renderMessage(report('failure', FR_REFERENCE), settings()));
    expect(parsed.tables).toHaveLength(1);
    const table = parsed.tables[0]!;
    expect(table.align).toEqual(['left', 'center', 'left']);
    expect(table.rows).toEqual([
      ['Component', 'Tests run', 'Tests failed'],
      ['Serveur', '948', '0'],
      ['Client Web', '123', '2 (see details)'],
      ['Client iOS', '78', '3 (see details)'],
      ['Total', '1149', '5'],
    ]);
    expect(parsed.links.filter((l) => l === CONTEXT.runUrl).length).toBeGreaterThanOrEqual(2);
  });

  it("links a component's own details page when it is on the GitHub server, else the run", () => {
    const own = 'https://github.com/acme/rocket/actions/runs/4242/job/7';
    expect(renderMessage(report('failure', [tested('Web', 3, [{ name: 'x' }], { detailsUrl: own })]), settings())).toContain(`| Web | 3 | 1 [(see details)](${own}) |`);
    for (const foreign of ['https://ci.example/web', 'https://github.com/x|y', 'https://github.com/a)(b']) {
      const text = renderMessage(report('failure', [tested('Web', 3, [{ name: 'x' }], { detailsUrl: foreign })]), settings());
      expect(text).toContain(`| Web | 3 | 1 [(see details)](${CONTEXT.runUrl}) |`);
    }
  });

  it('shows an unreadable report as such, never as passing', () => {
    const text = renderMessage(report('success', [tested('API', 4), { kind: 'unreadable', label: 'iOS', file: 'ios/junit.xml', reason: 'line 3, column 9: unclosed tag' }]), settings());
    expect(text).toContain('| iOS | ? | ⚠️ unreadable report: `ios/junit.xml: line 3, column 9: unclosed tag` [(see details)]');
    expect(text).toMatch(/\*\*❌ Failed\*\*/);
  });

  it('lists the first failed tests with their messages, in code', () => {
    const failed = Array.from({ length: 12 }, (_, i) => ({ name: `test ${i}`, suite: 'LoginSpec', message: `expected ${i}\nstack...` }));
    const text = renderMessage(report('failure', [tested('Web', 50, failed)]), settings());
    expect(text).toContain('**Failed tests**\n- `LoginSpec › test 0` — `expected 0 stack...`');
    expect(text).toContain('- `LoginSpec › test 9` — `expected 9 stack...`');
    expect(text).not.toContain('test 10');
    expect(text).toContain('- and 2 more failed tests');
  });
});

describe('heading, mention line and facts', () => {
  it('has a heading per status without test results', () => {
    const headings = (['success', 'failure', 'cancelled', 'skipped'] as const).map((s) => renderMessage(report(s), settings()).split('\n')[0]);
    expect(headings).toEqual(['#### ✅ Build succeeded: acme/rocket', '#### ❌ Build failed: acme/rocket', '#### 🚫 Build cancelled: acme/rocket', '#### ⏭️ Build skipped: acme/rocket']);
  });

  it('takes the title input as plain text, and the text input as Markdown under the heading', () => {
    const text = renderMessage(report('success'), settings({ title: 'Nightly *build* @here', text: 'See **the dashboard**' }));
    expect(text.split('\n').slice(0, 2)).toEqual(['#### Nightly \\*build\\* @\u2060here', 'See **the dashboard**']);
    expect(mentionsIn(text)).toEqual([]);
  });

  it('mentions only for the statuses of mention-on, and only who mention names', () => {
    const on = (status: 'success' | 'failure', who: string[], statuses: ('success' | 'failure' | 'cancelled' | 'skipped')[]) =>
      mentionsIn(renderMessage(report(status), settings({ mention: { who, on: new Set(statuses) } })));
    expect(on('failure', ['@channel'], ['failure'])).toEqual(['@channel']);
    expect(on('success', ['@channel'], ['failure'])).toEqual([]);
    expect(on('success', ['@here', '@alice'], ['success'])).toEqual(['@alice', '@here']);
    expect(on('failure', [], ['failure'])).toEqual([]);
  });

  it('says what the mention is about', () => {
    expect(renderMessage(report('failure', [tested('W', 1, [{ name: 'x' }])]), settings()).split('\n')[1]).toBe('@channel please check the failed tests.');
    expect(renderMessage(report('failure'), settings()).split('\n')[1]).toBe('@channel please check the failed build.');
  });

  it('gives the branch or PR, commit, actor, workflow, job, event, duration and run link', () => {
    const context = { ...CONTEXT, pullRequest: { number: 42, title: 'Faster login', url: 'https://github.com/acme/rocket/pull/42' }, triggeringActor: 'hubot', eventName: 'pull_request', runAttempt: 2 };
    const text = renderMessage(report('success', [], { context, durationMs: 192_000 }), settings());
    expect(text.split('\n\n')[1]).toBe(
      'branch main · [PR #42](https://github.com/acme/rocket/pull/42) Faster login · commit [9f8e7d6](https://github.com/acme/rocket/commit/9f8e7d6c5b4a39281706f5e4d3c2b1a098765432) Speed up the login page · by octocat (re-run by hubot) · CI / test (pull\\_request) · took 3 min 12 s · [run #17 (attempt 2)](https://github.com/acme/rocket/actions/runs/4242)',
    );
  });

  it('puts the status and where above the table, and the footer below the failures', () => {
    const blocks = renderMessage(report('failure', [tested('Web', 3, [{ name: 'x' }])]), settings()).split('\n\n');
    expect(blocks[1]).toBe('**❌ Failed** · acme/rocket · branch main');
    expect(blocks[2]).toMatch(/^\| Component/);
    expect(blocks[3]).toMatch(/^\*\*Failed tests\*\*/);
    expect(blocks[4]).toMatch(/^commit \[9f8e7d6\].* · \[run #17\]\(https:\/\/github\.com\/acme\/rocket\/actions\/runs\/4242\)$/);
  });
});

describe('languages and dates', () => {
  it.each([
    ['en', 'Test results for July 27, 2023'],
    ['fr', 'Résultats des tests pour le 27 juillet 2023'],
    ['de', 'Testergebnisse vom 27. Juli 2023'],
    ['it', 'Risultati dei test del 27 luglio 2023'],
    ['es', 'Resultados de las pruebas del 27 de julio de 2023'],
  ] as const)('%s: %s', (language, heading) => {
    expect(renderMessage(report('success', [tested('A', 1)]), settings({ language })).split('\n')[0]).toBe(`#### ${heading}`);
  });

  it('dates the message in the time zone asked for', () => {
    const late = report('success', [tested('A', 1)], { at: new Date('2023-07-27T23:30:00Z') });
    expect(renderMessage(late, settings({ language: 'fr', timeZone: 'Asia/Tokyo' })).split('\n')[0]).toBe('#### Résultats des tests pour le 28 juillet 2023');
    expect(renderMessage(late, settings({ language: 'fr', timeZone: 'America/New_York' })).split('\n')[0]).toBe('#### Résultats des tests pour le 27 juillet 2023');
  });

  it('translates every label of a failed run', () => {
    const texts = LANGUAGES.map((language) => renderMessage(report('failure', FR_REFERENCE), settings({ language })));
    expect(new Set(texts.map((t) => t.split('\n')[1])).size).toBe(LANGUAGES.length);
    expect(new Set(texts.map((t) => t.split('\n').find((l) => l.startsWith('| ') && !l.includes('Serveur'))))).toHaveProperty('size', LANGUAGES.length);
  });
});

describe('every real event', () => {
  it('renders a heading and a run link for each @octokit/webhooks-examples payload', async () => {
    const { allEventExamples } = await import('../support/github-events.ts');
    const { readRunContext } = await import('../../src/context/run-context.ts');
    const examples = allEventExamples();
    expect(examples.length).toBeGreaterThan(300);
    const runner = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '99', GITHUB_RUN_NUMBER: '7', GITHUB_ACTOR: 'octocat' };
    for (const { event, payload } of examples) {
      const context = readRunContext({ ...runner, GITHUB_EVENT_NAME: event }, payload);
      const text = renderMessage(report('failure', [], { context }), settings());
      expect(text, event).toMatch(/^#### ❌ Build failed/);
      expect(parseMarkdown(text).headings, event).toHaveLength(1);
      if (context.repository) expect(text, event).toContain(`/${context.repository}/actions/runs/99)`);
    }
  });
});
