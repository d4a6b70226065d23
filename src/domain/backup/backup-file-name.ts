/** `政府信息公开年报_备份_20260126-0930.json`, in the clerk's local time so it sorts and reads naturally. */
export function backupFileName(at: Date, workspace: 'main' | 'demo' = 'main'): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const date = `${at.getFullYear()}${two(at.getMonth() + 1)}${two(at.getDate())}`;
  const stamp = `${date}-${two(at.getHours())}${two(at.getMinutes())}`;
  return `政府信息公开年报_备份_${workspace === 'demo' ? '演示数据_' : ''}${stamp}.json`;
}
