// SheetJS reading alone over the same .xlsx files, for comparison with the pipeline (BENCHMARKS.md, twenty-second round).
// cd scripts/sheetjs && npm ci && node read.js ../../target/bench/data-100-20-5-7/input 2 3 read
// node read.js DIR THREADS ROUNDS MODE: each worker thread reads its share ROUNDS times (warm after the first);
// MODE "read" = XLSX.readFile only, "values" = readFile + sheet_to_json of every sheet. A round's rate is all files
// over the slowest worker's time for that round.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
const fs = require('fs'), path = require('path');
if (isMainThread) {
  const [dir, threads = 2, rounds = 3, mode = 'read'] = [process.argv[2], +process.argv[3] || 2, +process.argv[4] || 3, process.argv[5] || 'read'];
  const files = [];
  (function walk(d) { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p); else if (e.name.endsWith('.xlsx') && !e.name.startsWith('~$')) files.push(p); } })(dir);
  files.sort();
  const parts = Array.from({ length: threads }, (_, i) => files.filter((_, j) => j % threads === i));
  Promise.all(parts.map(part => new Promise((res, rej) => {
    const w = new Worker(__filename, { workerData: { part, rounds, mode } }); w.on('message', res); w.on('error', rej); })))
    .then(results => {
      let best = 0;
      for (let r = 0; r < rounds; r++) {
        const sec = Math.max(...results.map(x => x.seconds[r]));
        const rate = files.length / sec; best = Math.max(best, rate);
        console.log(`round ${r + 1}: ${Math.round(rate)} files/s, ${results.reduce((a, x) => a + x.failed, 0)} failed`);
      }
      console.log(`SheetJS ${require('xlsx').version} (${mode}), ${threads} thread(s): ${Math.round(best)} files/s over ${files.length} .xlsx files (best of ${rounds})`);
    });
} else {
  const XLSX = require('xlsx'); const { part, rounds, mode } = workerData; const seconds = []; let failed = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (const f of part) {
      try { const wb = XLSX.readFile(f);
        if (mode === 'values') for (const n of wb.SheetNames) XLSX.utils.sheet_to_json(wb.Sheets[n], { header: 1 });
      } catch (e) { if (r === 0) failed++; }
    }
    seconds.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  parentPort.postMessage({ seconds, failed });
}
