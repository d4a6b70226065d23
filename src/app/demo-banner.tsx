import { workspaceHref } from './workspace';

/** Always visible in the demo workspace so nobody mistakes sample figures for real ones. */
export function DemoBanner() {
  return (
    <div className="demo-banner" role="status">
      <strong>演示数据：与正式数据分开保存，可随意修改</strong>
      <a href={workspaceHref('main')}>离开演示</a>
    </div>
  );
}
