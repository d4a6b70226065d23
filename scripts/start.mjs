// `npm start`: builds the production app and serves it the way a static host would, service worker included.
import { build, preview } from 'vite';

const PORT = 4173;

await build({ logLevel: 'warn' });
const server = await preview({ preview: { port: PORT, strictPort: true, open: false } });
const base = `http://localhost:${PORT}/`;

console.log(`
政府信息公开工作年度报告 统计表填报 已启动 / the app is running:

  演示数据 (demo workspace):  ${base}?workspace=demo
  正式数据 (real workspace):  ${base}

按 Ctrl+C 停止 / press Ctrl+C to stop.
`);

const stop = () => {
  server.httpServer.close(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
