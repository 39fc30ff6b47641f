// Thresholds shared by several model files.

/** Counts below this are too noisy to learn from and get no forecast (the seeds' rule). */
export const MIN_CLIENTS = 10;
