/**
 * The message's words in each language. French follows the reference message in the kChat FAQ
 * word for word ("Résultats des tests pour le …", "veuillez vérifier les tests échoués.").
 */
import type { JobStatus } from '../config/inputs.ts';

export const LANGUAGES = ['en', 'fr', 'de', 'it', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Labels {
  /** The heading of a message with test results; `date` is already formatted. */
  testResultsFor: (date: string) => string;
  /** The heading of a message without test results. */
  statusHeading: Record<JobStatus, string>;
  /** The status in the line under a test-results heading. */
  status: Record<JobStatus, string>;
  /** After the mention: what the people mentioned should do. */
  pleaseCheck: { failedTests: string } & Record<JobStatus, string>;
  component: string;
  testsRun: string;
  testsFailed: string;
  seeDetails: string;
  total: string;
  unreadable: string;
  noReport: string;
  failedTests: string;
  branch: string;
  tag: string;
  pullRequest: string;
  commit: string;
  by: string;
  rerunBy: string;
  run: string;
  attempt: string;
  duration: string;
  durationColumn: string;
  morePassed: (n: number) => string;
  moreComponents: (n: number) => string;
  moreFailed: (n: number) => string;
  shortened: string;
  jobs: string;
  job: string;
  result: string;
  jobOutcome: Record<'success' | 'failure' | 'cancelled' | 'skipped' | 'running', string>;
  moreJobs: (n: number, outcome: string) => string;
  jobsUnavailable: string;
  released: string;
  prerelease: string;
  newRelease: string;
  assets: string;
  moreAssets: (n: number) => string;
  fullNotes: string;
  omittedMessages: string;
  fullReport: string;
}

export const LABELS: Record<Language, Labels> = {
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
export function formatDate(date: Date, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(date);
}

/** "3 min 12 s", "45 s", "1 h 02 min": short and the same in every language. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
