import { run } from './main.ts';
import { actionsRunner } from './runner/actions-runner.ts';

await run(actionsRunner, process.env);
