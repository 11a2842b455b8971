import { AppError, fieldError } from '@crm/http';

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export const fileTooLarge = (maxBytes: number) => {
  const en = `The file is larger than ${mb(maxBytes)}`;
  const zh = `文件超过 ${mb(maxBytes)} 上限`;
  return new AppError(413, 'file_too_large', en, zh, [fieldError('file', 'maxSize', en, zh)]);
};

export const fileTypeRefused = () => {
  const en =
    'Only PDF, images (JPEG, PNG, WebP, GIF, HEIC), Word, Excel, PowerPoint and plain text files can be attached; the type is read from the content, not the name';
  const zh = '只能上传 PDF、图片（JPEG/PNG/WebP/GIF/HEIC）、Word、Excel、PowerPoint 或纯文本文件（按文件内容识别，而非文件名）';
  return new AppError(415, 'unsupported_file_type', en, zh, [fieldError('file', 'type', en, zh)]);
};

export const fileMissing = () => {
  const en = 'Attach one file in the multipart field "file"';
  const zh = '请选择一个文件（表单字段 file）';
  return new AppError(400, 'validation_failed', en, zh, [fieldError('file', 'required', en, zh)]);
};
