import { useBusyStore } from '@/state/busy-store';

describe('busy store', () => {
  afterEach(() => useBusyStore.setState({ reasons: {} }));

  it('marks and clears work that a reload would cut off', () => {
    const { mark } = useBusyStore.getState();
    mark('import', '正在导入文件');
    expect(useBusyStore.getState().reasons).toEqual({ import: '正在导入文件' });
    const before = useBusyStore.getState();
    mark('import', '正在导入文件');
    expect(useBusyStore.getState()).toBe(before); // no re-render for the same reason
    mark('import', null);
    expect(useBusyStore.getState().reasons).toEqual({});
  });
});
