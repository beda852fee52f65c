/**
 * What became of every file staff dropped, told back to them: a receipt table (回执) per year listing each
 * file received, its status and its main problem ({@link cn.justice.yearbook.receipt.Receipts}), and an untouched
 * copy of every rejected file in the quarantine folder ({@link cn.justice.yearbook.receipt.Quarantine}), so
 * a bad file is never lost and never silently dropped. Both are rebuilt from the store on every run.
 */
package cn.justice.yearbook.receipt;
