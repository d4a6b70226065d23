import { homeHref } from './route';
import { workspaceHref, type Workspace } from './workspace';

export function AppHeader({ workspace }: { workspace: Workspace }) {
  return (
    <header className="app-header">
      <h1>
        <a href={homeHref}>政府信息公开工作年度报告 统计表填报</a>
      </h1>
      {workspace === 'main' && (
        <a className="app-header-link" href={workspaceHref('demo')}>
          进入演示
        </a>
      )}
    </header>
  );
}
