/** Choose or drop one or many files; every file goes to the list (the importer itself judges what it is). */
import { useState, type DragEvent } from 'react';

export const ACCEPTED = '.xlsx,.xls,.csv,.ods,.et,.html,.htm,.docx,.pdf';

interface Props {
  onFiles: (files: { file: Blob; name: string }[]) => void;
}

export function FilePicker({ onFiles }: Props) {
  const [over, setOver] = useState(false);
  const take = (list: FileList | null) => {
    const files = Array.from(list ?? []).map((file) => ({
      file,
      name: file.name,
    }));
    if (files.length > 0) onFiles(files);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files);
  };
  return (
    <div
      className={`im-drop ${over ? 'im-drop-over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label className="im-choose">
        <span className="im-primary">选择文件…</span>
        <input
          type="file"
          multiple
          accept={ACCEPTED}
          aria-label="选择要导入的统计表文件"
          onChange={(event) => {
            take(event.currentTarget.files);
            event.currentTarget.value = ''; // the same file can be chosen again
          }}
        />
      </label>
      <span>
        或把文件拖到这里。可一次选择多个文件：统计表（.xlsx、.xls、.csv、.ods、.et），或已发布的年度报告（网页
        .html、Word .docx、PDF）。
      </span>
      <p className="im-hint">
        也可以在浏览器中打开已发布的年度报告网页，全选并复制（Ctrl+A、Ctrl+C），再回到本页按 Ctrl+V 粘贴。
      </p>
      <p className="im-hint">
        导入前会先显示预览：识别出的年度、单位和数值，以及与已有数据的差异。点“确认导入”之前不会保存任何数据。
      </p>
    </div>
  );
}
