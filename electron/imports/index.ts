export { ImportFileError } from './importFileError';
export { readRecords, type ReadOptions } from './readRecords';
export { PREVIEW_ROWS, SAMPLE_BYTES, sniffFile } from './sniffFile';
