/**
 * Stands in for a CLI ingest in the middle of its run: takes the data lock exactly as scripts/ingest.ts does
 * (same function, same command label) and holds it until killed.
 */
import { acquireDataLock } from '../../src/lib/data/dataLock';

const dir = process.argv[2] ?? 'data';
acquireDataLock(dir, { command: 'ingest other-article.txt' });
console.log('holding');
setInterval(() => {}, 1000);
