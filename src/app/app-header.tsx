import type { ReactNode } from 'react';
import { homeHref, pageHref } from './route';
import { workspaceHref, type Workspace } from './workspace';

const NAV = [
  { href: homeHref, label: '填报' },
  { href: pageHref('office'), label: '汇总审核' },
  { href: pageHref('import'), label: '导入文件' },
  { href: pageHref('units'), label: '单位管理' },
  { href: pageHref('backup'), label: '备份恢复' },
];

export function AppHeader({ workspace, children }: { workspace: Workspace; children?: ReactNode }) {
  return (
    <header className="app-header">
      <h1>
        <a href={homeHref}>政府信息公开工作年度报告 统计表填报</a>
      </h1>
      <nav className="app-nav" aria-label="主要页面">
        {NAV.map((item) => (
          <a key={item.href} href={item.href}>
            {item.label}
          </a>
        ))}
      </nav>
      {children}
      {workspace === 'main' && (
        <a className="app-header-link" href={workspaceHref('demo')}>
          进入演示
        </a>
      )}
    </header>
  );
}
