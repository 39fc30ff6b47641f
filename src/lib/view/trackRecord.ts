// The view side of each unit's own track record (model/trackRecord.ts): the same plain data.
export { trackRecordFor, type TrackPoint, type TrackRecord } from '../model/trackRecord';
