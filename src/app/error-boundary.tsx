import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Catches a rendering failure so the clerk sees what to do instead of a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('页面出错', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="error-screen" role="alert">
        <h2>页面出错了</h2>
        <p>已经保存的数据仍在本机浏览器中，不会因此丢失。请点击“重新加载”后继续填报。</p>
        <p>如果反复出现，请把下面的错误信息截图发给技术支持。</p>
        <button type="button" onClick={() => window.location.reload()}>
          重新加载
        </button>
        <pre className="error-detail">{error.message}</pre>
      </div>
    );
  }
}
