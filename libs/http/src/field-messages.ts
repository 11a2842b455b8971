/**
 * Field error messages in both languages. `code` is the stable key the UI can translate itself;
 * `message` (English) and `messageZh` (中文) are ready to show.
 */
export interface FieldError {
  field: string;
  code: string;
  message: string;
  messageZh: string;
}

const zh: Record<string, string> = {
  isNotEmpty: '不能为空',
  isDefined: '必填',
  isString: '必须是文本',
  isInt: '必须是整数',
  isNumber: '必须是数字',
  isPositive: '必须大于 0',
  min: '数值太小',
  max: '数值太大',
  minLength: '太短',
  maxLength: '太长',
  isIn: '不是允许的取值',
  isEnum: '不是允许的取值',
  isBoolean: '必须是是/否',
  isDateString: '必须是日期时间（ISO 8601）',
  isDate: '必须是日期',
  isISO8601: '必须是日期时间（ISO 8601）',
  isIso8601: '必须是日期时间（ISO 8601）',
  isDateTime: '必须是有效的日期时间（如 2026-03-02 或 2026-03-02T09:30:00+08:00）',
  isEmail: '必须是有效的邮箱地址',
  isUrl: '必须是有效的网址',
  isArray: '必须是列表',
  arrayMaxSize: '条目太多',
  matches: '格式不正确',
  whitelistValidation: '不允许的字段',
  isObject: '必须是对象',
  isJson: '必须是有效的 JSON',
  unique: '已存在，不能重复',
  notFound: '不存在',
  invalid: '无效',
  required: '必填',
  rule: '不符合业务规则',
};

export function fieldError(field: string, code: string, message: string, messageZh?: string): FieldError {
  return { field, code, message, messageZh: messageZh ?? `${field}：${zh[code] ?? zh.invalid}` };
}
