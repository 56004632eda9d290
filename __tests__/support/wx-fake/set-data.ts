/** setData's size rules (set-data-limit, set-data-warning), for the built-weapp harness. */
import { SET_DATA_MAX_CHARS, SET_DATA_WARN_BYTES } from './rules';

export interface SetDataVerdict {
  /** Characters of the JSON payload (what WeChat measures). */
  length: number;
  warning: string | null;
}

/** Throws as WeChat does over 1,048,576 characters; returns a warning over 256 KB. */
export function checkSetData(data: unknown): SetDataVerdict {
  const length = JSON.stringify(data ?? {}).length;
  if (length > SET_DATA_MAX_CHARS) {
    throw new Error(`invokeWebviewMethod 数据传输长度为 ${length} 已经超过最大长度 ${SET_DATA_MAX_CHARS}`);
  }
  const warning =
    length > SET_DATA_WARN_BYTES ? `setData 数据传输长度为 ${Math.round(length / 1024)} KB，存在有性能问题！` : null;
  return { length, warning };
}
